package org.shanhai.metrics.observation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies of the observation operations. */
public final class ObservationRequests {

    private ObservationRequests() {
    }

    @Schema(name = "ObservationRequest", description = "指标值 One value; exact decimals")
    public record Value(
            @Schema(description = "数值: a count is a whole number, a percentage 0 to 100, never negative", examples = "92.53")
            @NotNull BigDecimal value,
            @Schema(description = "备注", examples = "据院统计年报") @Size(max = 500) String note,
            @Schema(description = "数据来源", examples = "医院统计年报") @Size(max = 200) String dataSource,
            @Schema(description = "口径; RECORDED when absent") ObservationBasis basis) {

        public static final String EXAMPLE = """
                {"value": 1250, "note": "据院统计年报", "dataSource": "医院统计年报"}""";
    }

    @Schema(name = "ObservationVoiding", description = "作废 Void a mistaken value, with the reason (it stays in the history)")
    public record Voiding(@Schema(description = "原因", examples = "误填：应为上一年度数据") @NotBlank @Size(max = 500) String reason) {

        public static final String EXAMPLE = """
                {"reason": "误填：应为上一年度数据"}""";
    }
}
