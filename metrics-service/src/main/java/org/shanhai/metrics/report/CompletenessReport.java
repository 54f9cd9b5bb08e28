package org.shanhai.metrics.report;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompletenessReport", description = "填报完整性 (DHIS2's reporting rate): each recipient institution of the "
        + "division with what it has not reported, submitted or had approved for the period; one page of them")
public record CompletenessReport(@Schema(examples = "2025") String period, @Schema(examples = "53") String divisionCode,
        @Schema(description = "受援医院数 recipient institutions in the division") int institutions,
        @Schema(description = "全部指标已报的机构数") int complete,
        @Schema(description = "已上报 (SUBMITTED or APPROVED) 的机构数") int submitted,
        @Schema(description = "已审核的机构数") int approved,
        @Schema(description = "报告率 complete ÷ institutions × 100, one decimal", examples = "62.5") BigDecimal reportingRatePercent,
        List<CompletenessRow> items, int page, int size, long totalItems, long totalPages,
        @Schema(nullable = true) URI next, @Schema(nullable = true) URI previous) {
}
