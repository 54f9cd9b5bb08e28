package org.shanhai.metrics.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.shanhai.common.readmodel.Projection;

/** A training activity as training-service announced it (read model, kept by {@link ActivityProjection}). */
@Entity
@Table(name = "known_training_activity")
public class KnownTrainingActivity extends Projection {

    public UUID programmeId;

    public UUID institutionId;

    public String type;

    public LocalDate activityDate;

    public int attendeeCount;
}
