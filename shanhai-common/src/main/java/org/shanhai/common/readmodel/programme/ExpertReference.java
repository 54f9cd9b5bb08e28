package org.shanhai.common.readmodel.programme;

import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.shanhai.common.readmodel.Projection;

/** An expert of a supporting hospital as programme-service announced it ({@code known_expert}). */
@MappedSuperclass
public abstract class ExpertReference extends Projection {

    public String name;

    public UUID homeInstitutionId;

    public String department;

    public String title;

    public String titleLevel;

    public String degree;
}
