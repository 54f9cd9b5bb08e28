package org.shanhai.metrics.scorecard;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.metrics.indicator.Direction;
import org.shanhai.metrics.indicator.Unit;
import org.shanhai.metrics.milestone.MilestoneView;
import org.shanhai.metrics.series.Basis;

@Schema(name = "Scorecard", description = "项目评价表 A programme's scorecard for one recipient and period: inputs and outcomes "
        + "side by side, each with 同比 and 环比, baseline, target and trend; milestones listed")
public record ScorecardView(UUID programmeId,
        @Schema(examples = "GZ-LUODIAN-2022-GMU") String programmeCode,
        @Schema(examples = "贵医附院“组团式”帮扶罗甸县人民医院") String programmeName,
        UUID institutionId,
        @Schema(examples = "罗甸县人民医院") String institutionName,
        @Schema(description = "期间", examples = "2022") String period,
        @Schema(description = "同比期间 the same period a year earlier", examples = "2021") String previousPeriod,
        @Schema(description = "环比期间 the preceding period (quarters and months)", examples = "2022Q2") String priorPeriod,
        @Schema(description = "投入 inputs: what the programme brought (counted from its records)") List<Row> inputs,
        @Schema(description = "产出 outcomes: what the hospital now does") List<Row> outcomes,
        @Schema(description = "跨期报告数 figures reports give for spans that overlap the period, never split into it")
        List<SpanRow> reportedForSpans,
        @Schema(description = "里程碑") List<MilestoneView> milestones,
        OffsetDateTime generatedAt) {

    @Schema(name = "ScorecardRow", description = "one indicator: exact decimals as strings, rounded only in the files")
    public record Row(
            @Schema(description = "指标代码", examples = "COUNTY_RETENTION_RATE") String indicator,
            @Schema(examples = "县域内就诊率") String nameZh,
            @Schema(examples = "County retention rate") String nameEn,
            Unit unit, Direction direction, String category,
            @Schema(type = SchemaType.STRING, format = "decimal", examples = "92.53") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
            Basis basis,
            @Schema(description = "some parts of the period are not reported") boolean partial,
            @Schema(description = "说明") String note,
            @Schema(type = SchemaType.STRING, format = "decimal", description = "同比: the same period a year earlier")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal previousValue,
            @Schema(type = SchemaType.STRING, format = "decimal", description = "环比: the preceding period (quarters and months only)")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal priorPeriodValue,
            @Schema(type = SchemaType.STRING, format = "decimal", description = "同比变化率 % (relative to the previous value)")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal changePercent,
            @Schema(type = SchemaType.STRING, format = "decimal", description = "同比变化 in percentage points (PERCENT indicators)")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal changePoints,
            @Schema(examples = "2021") String baselinePeriod,
            @Schema(type = SchemaType.STRING, format = "decimal") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baselineValue,
            @Schema(examples = "2025") String targetPeriod,
            @Schema(type = SchemaType.STRING, format = "decimal") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal targetValue,
            @Schema(type = SchemaType.STRING, format = "decimal", description = "目标完成进度 % from baseline to target")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal progressPercent,
            Trend trend,
            @Schema(description = "the value's year is APPROVED (数据已审核); absent for values counted from records, "
                    + "which are not reported by the hospital") Boolean approved) {
    }

    @Schema(name = "ScorecardSpanRow")
    public record SpanRow(String indicator, String nameZh,
            @Schema(examples = "2022-01..2025-05") String period,
            @Schema(type = SchemaType.STRING, format = "decimal") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
            Basis basis, String note) {
    }
}
