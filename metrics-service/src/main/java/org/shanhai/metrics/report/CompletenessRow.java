package org.shanhai.metrics.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.shanhai.metrics.approval.ApprovalState;

@Schema(name = "CompletenessRow", description = "一家受援医院的填报完整性 One recipient institution: what it has not reported, "
        + "and whether the year's data is submitted or approved")
public record CompletenessRow(UUID institutionId, @Schema(examples = "盐津县人民医院") String institutionName,
        @Schema(examples = "530623") String divisionCode,
        @Schema(description = "审核状态 of the period's year") ApprovalState state,
        @Schema(description = "应报指标数 reported indicators expected") int expected,
        @Schema(description = "已报指标数 reported in full") int reported,
        @Schema(description = "完整率 reported ÷ expected × 100, one decimal", examples = "87.5") BigDecimal completenessPercent,
        @Schema(description = "未报或未报全的指标") List<Missing> missing) {

    @Schema(name = "CompletenessMissing", description = "未报或未报全的指标")
    public record Missing(@Schema(examples = "SURGERIES") String indicator, @Schema(examples = "手术台次") String nameZh,
            @Schema(description = "NONE 未报, PARTIAL 部分") Coverage.Status status,
            @Schema(examples = "7 of 12 months") String detail) {
    }
}
