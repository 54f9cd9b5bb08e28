package org.shanhai.metrics.indicator;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Indicator", description = "指标")
public record IndicatorView(String code, String nameZh, String nameEn, Unit unit, Direction direction,
        Aggregation aggregation, String numeratorCode, String denominatorCode, String category, Source source,
        @Schema(description = "added by NATIONAL_ADMIN, not part of the national set") boolean custom,
        @Schema(description = "定义版本: observations record the version they were reported under") long version,
        @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                description = "持平阈值 %: a relative change below this is STABLE on a scorecard (1 when absent)")
        java.math.BigDecimal stableThreshold,
        OffsetDateTime updatedAt) {

    public static IndicatorView of(Indicator i) {
        return new IndicatorView(i.code, i.nameZh, i.nameEn, i.unit, i.direction, i.aggregation, i.numeratorCode,
                i.denominatorCode, i.category, i.source, i.custom, i.version, i.stableThreshold, i.updatedAt);
    }
}
