package org.shanhai.metrics.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.metrics.indicator.Aggregation;
import org.shanhai.metrics.indicator.Unit;

@Schema(name = "RegionsReport", description = "区域汇总 An indicator over the recipient institutions of a division, by "
        + "sub-division: a rate is the ratio of the summed parts, never an average of hospitals' rates")
public record RegionsReport(
        @Schema(examples = "COUNTY_RETENTION_RATE") String indicator, String nameZh, Unit unit, Aggregation aggregation,
        @Schema(examples = "2025") String period,
        @Schema(description = "行政区划代码前缀; absent: the whole country") String divisionCode,
        @Schema(examples = "云南省") String divisionName,
        @Schema(description = "合计 the whole division") RegionRow total,
        @Schema(description = "by sub-division (inside a county: by institution)") List<RegionRow> rows) {
}
