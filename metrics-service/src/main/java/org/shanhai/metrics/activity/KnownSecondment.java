package org.shanhai.metrics.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.shanhai.common.readmodel.Projection;

/** A staff member of a recipient (institutionId) sent to a supporting institution (进修, 跟岗, 规培), as training-service announced it. */
@Entity
@Table(name = "known_secondment")
public class KnownSecondment extends Projection {

    public UUID programmeId;

    public UUID institutionId;

    public String type;

    public LocalDate startDate;

    public LocalDate endDate;

    public String status;
}
