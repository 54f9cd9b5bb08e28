package org.shanhai.metrics.report;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.metrics.indicator.Direction;
import org.shanhai.metrics.indicator.Unit;

@Schema(name = "ProgrammeRanking", description = "全国项目排名 Programmes ranked by an indicator of their primary recipient")
public record RankingReport(
        @Schema(examples = "COUNTY_RETENTION_RATE") String indicator, String nameZh, Unit unit, Direction direction,
        @Schema(examples = "2025") String period,
        @Schema(examples = "2024") String previousPeriod,
        @Schema(description = "value or change") String by,
        @Schema(description = "行政区划代码前缀") String divisionCode,
        @Schema(description = "programmes with a value to rank by") int ranked,
        List<RankingRow> items, int page, int size, long totalItems, long totalPages, String next, String previous) {
}
