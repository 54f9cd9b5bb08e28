package org.shanhai.training.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.shanhai.common.readmodel.Projection;

/** An expert of a supporting hospital, as programme-service announced it. */
@Entity
@Table(name = "known_expert")
public class KnownExpert extends Projection {

    public String name;

    public UUID homeInstitutionId;

    public String department;

    public String title;

    public String titleLevel;

    public String degree;
}
