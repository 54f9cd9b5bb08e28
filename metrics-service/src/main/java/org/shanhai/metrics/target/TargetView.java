package org.shanhai.metrics.target;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.metrics.observation.ValueRules;

@Schema(name = "Target", description = "项目目标 One indicator's baseline and target at one recipient")
public record TargetView(UUID id, UUID institutionId,
        @Schema(description = "指标代码", examples = "COUNTY_RETENTION_RATE") String indicator,
        @Schema(examples = "2021") String baselinePeriod,
        @Schema(type = SchemaType.STRING, format = "decimal", examples = "88.1") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baselineValue,
        @Schema(description = "the baseline value was taken from the institution's data") boolean baselineFromData,
        @Schema(examples = "2025") String targetPeriod,
        @Schema(type = SchemaType.STRING, format = "decimal", examples = "90") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal targetValue,
        long version, OffsetDateTime updatedAt) {

    static TargetView of(Target t) {
        return new TargetView(t.id, t.institutionId, t.indicatorCode, t.baselinePeriod, ValueRules.plain(t.baselineValue),
                t.baselineFromData, t.targetPeriod, ValueRules.plain(t.targetValue), t.version, t.updatedAt);
    }

    @Schema(name = "TargetList", description = "项目目标 The programme's targets")
    public record Set(UUID programmeId, List<TargetView> targets) {
    }
}
