package org.shanhai.training.total;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.shanhai.common.entity.VersionedEntity;

/** A figure a report gives for a span of days, with its source; data of its own kind, never split into records. */
@Entity
@Table(name = "reported_total")
public class ReportedTotal extends VersionedEntity {

    public UUID programmeId;

    public UUID institutionId;

    @Enumerated(EnumType.STRING)
    public TotalType type;

    /** First day of the span (from_date, to_date: FROM and TO are words of the query language). */
    public LocalDate fromDate;

    public LocalDate toDate;

    public long count;

    public Long attendances;

    public String sourceReport;

    public LocalDate sourceDate;

    public String sourceQuote;

    @Override
    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", count);
        m.put("attendances", attendances);
        return m;
    }
}
