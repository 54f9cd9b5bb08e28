package org.shanhai.training.registry;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.shanhai.common.readmodel.Projection;

/** A team batch as programme-service announced it. */
@Entity
@Table(name = "known_batch")
public class KnownBatch extends Projection {

    public UUID programmeId;

    public int sequence;

    public LocalDate startDate;

    public LocalDate endDate;

    public UUID leaderExpertId;
}
