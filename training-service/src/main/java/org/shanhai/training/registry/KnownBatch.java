package org.shanhai.training.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.shanhai.common.readmodel.Projection;

/** A team batch as programme-service announced it. */
@Entity
@Table(name = "known_batch")
public class KnownBatch extends Projection {

    @Column(name = "programme_id")
    public UUID programmeId;

    public int sequence;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "leader_expert_id")
    public UUID leaderExpertId;
}
