package org.shanhai.common.readmodel.programme;

import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.util.UUID;
import org.shanhai.common.readmodel.Projection;

/** A team batch as programme-service announced it ({@code known_batch}). */
@MappedSuperclass
public abstract class BatchReference extends Projection {

    public UUID programmeId;

    public int sequence;

    public LocalDate startDate;

    public LocalDate endDate;

    public UUID leaderExpertId;
}
