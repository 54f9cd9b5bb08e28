package org.shanhai.metrics.observation;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Observation", description = "指标值")
public record ObservationView(UUID id, UUID institutionId, String indicatorCode, long indicatorVersion,
        @Schema(description = "期间 2025, 2025Q3, 2025-07, or a span 2022..2024") String period,
        LocalDate periodStart, LocalDate periodEnd, String department,
        @Schema(type = SchemaType.STRING, format = "decimal", description = "exact decimal as a string", examples = "1250")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
        ObservationBasis basis, String note, String dataSource, boolean voided, String voidReason, long version,
        OffsetDateTime updatedAt) {

    public static ObservationView of(Observation o) {
        return new ObservationView(o.id, o.institutionId, o.indicatorCode, o.indicatorVersion, o.period, o.periodStart,
                o.periodEnd, o.department, ValueRules.plain(o.value), o.basis, o.note, o.dataSource, o.voided, o.voidReason, o.version,
                o.updatedAt);
    }
}
