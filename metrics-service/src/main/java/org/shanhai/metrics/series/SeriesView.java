package org.shanhai.metrics.series;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.metrics.indicator.Aggregation;
import org.shanhai.metrics.indicator.Unit;

@Schema(name = "Series", description = "指标时间序列: one value per period, each with its basis; missing periods are missing, never zero")
public record SeriesView(UUID institutionId, String indicator, Unit unit, Aggregation aggregation, String granularity,
        String from, String to, List<PointView> points,
        @Schema(description = "values given for a span of several periods inside or across the window (a report's "
                + "figure since 2022, a reported total): shown as given, never split into the points")
        List<SpanView> spans) {

    @Schema(name = "SeriesSpanValue")
    public record SpanView(
            @Schema(description = "期间跨度", examples = "2022..2024") String period,
            @Schema(type = SchemaType.STRING, format = "decimal", description = "exact decimal as a string", examples = "1500")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
            Basis basis,
            @Schema(description = "说明 (the report and its words, for a reported total)") String note) {
    }

    @Schema(name = "SeriesPoint")
    public record PointView(
            @Schema(description = "期间", examples = "2025Q3") String period,
            @Schema(type = SchemaType.STRING, format = "decimal", description = "exact decimal as a string; absent when missing", examples = "1250")
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal value,
            Basis basis,
            @Schema(description = "some parts of the period are not reported") boolean partial,
            @Schema(description = "the periods not reported") List<String> missing,
            @Schema(description = "finer periods present (also when a value recorded for the period itself was used)")
            int finerPeriods,
            @Schema(description = "说明") String note) {
    }
}
