package org.shanhai.training.total;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReportedTotal", description = "报告汇总数 (basis REPORTED: not a sum of records)")
public record ReportedTotalView(UUID id, UUID programmeId, UUID institutionId, TotalType type, LocalDate from, LocalDate to,
        long count, Long attendances, ReportedTotalRequest.Source source, long version, OffsetDateTime createdAt) {

    public static ReportedTotalView of(ReportedTotal t) {
        return new ReportedTotalView(t.id, t.programmeId, t.institutionId, t.type, t.fromDate, t.toDate, t.count, t.attendances,
                new ReportedTotalRequest.Source(t.sourceReport, t.sourceDate, t.sourceQuote), t.version, t.createdAt);
    }
}
