package org.shanhai.metrics.activity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.shanhai.common.readmodel.Projection;

/** A total a report gave for a span of days (教学查房1500余次), as training-service announced it: shown for that span, never spread over its months. */
@Entity
@Table(name = "known_reported_total")
public class KnownReportedTotal extends Projection {

    public UUID programmeId;

    public UUID institutionId;

    public String type;

    public LocalDate fromDate;

    public LocalDate toDate;

    public long count;

    public Long attendances;

    public String report;

    public LocalDate reportDate;

    public String quote;
}
