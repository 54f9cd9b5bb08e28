package org.shanhai.metrics.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.shanhai.common.readmodel.Projection;

/** A mentorship (师带徒) as training-service announced it: active from its start until its end date (null while active). */
@Entity
@Table(name = "known_mentorship")
public class KnownMentorship extends Projection {

    public UUID programmeId;

    public UUID institutionId;

    public LocalDate startDate;

    public LocalDate endDate;

    public String status;
}
