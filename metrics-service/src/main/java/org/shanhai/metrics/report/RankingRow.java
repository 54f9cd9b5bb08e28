package org.shanhai.metrics.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.metrics.scorecard.Trend;
import org.shanhai.metrics.series.Basis;

@Schema(name = "ProgrammeRankingRow", description = "one programme: its primary recipient's value and year-on-year change")
public record RankingRow(
        @Schema(description = "名次 (equal values share a rank; programmes without a value are unranked)") Integer rank,
        UUID programmeId,
        @Schema(examples = "YN-YANJIN-2022-XINHUA") String programmeCode,
        @Schema(examples = "新华医院“组团式”帮扶盐津县人民医院") String programmeName,
        String programmeStatus,
        UUID institutionId,
        @Schema(examples = "盐津县人民医院") String institutionName,
        @Schema(examples = "530623") String divisionCode,
        @Schema(type = SchemaType.STRING, format = "decimal") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
        Basis basis,
        boolean partial,
        @Schema(type = SchemaType.STRING, format = "decimal", description = "同比: the same period a year earlier")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal previousValue,
        @Schema(type = SchemaType.STRING, format = "decimal") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal changePercent,
        @Schema(type = SchemaType.STRING, format = "decimal", description = "in percentage points (PERCENT indicators)")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal changePoints,
        Trend trend) {
}
