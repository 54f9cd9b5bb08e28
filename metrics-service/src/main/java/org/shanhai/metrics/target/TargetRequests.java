package org.shanhai.metrics.target;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class TargetRequests {

    private TargetRequests() {
    }

    @Schema(name = "TargetSet", description = "项目目标: the programme's whole set of targets; a target left out is removed")
    public record TargetSet(@NotNull @Size(max = 500) List<@Valid @NotNull Entry> targets) {

        public static final String EXAMPLE = """
                {"targets": [
                  {"indicator": "COUNTY_RETENTION_RATE", "baselinePeriod": "2021", "baselineValue": 88.1,
                   "targetPeriod": "2025", "targetValue": 90},
                  {"indicator": "OUTBOUND_REFERRAL_RATE", "baselinePeriod": "2021", "targetPeriod": "2025", "targetValue": 6}
                ]}""";
    }

    @Schema(name = "TargetEntry")
    public record Entry(
            @Schema(description = "指标代码", examples = "COUNTY_RETENTION_RATE") @NotBlank @Size(max = 60) String indicator,
            @Schema(description = "机构: a recipient; the primary recipient when absent") UUID institutionId,
            @Schema(description = "基线期间", examples = "2021") @NotBlank @Size(max = 10) String baselinePeriod,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.NUMBER,
                    description = "基线值; taken from the institution's data for the baseline period when absent",
                    examples = "88.1") BigDecimal baselineValue,
            @Schema(description = "目标期间", examples = "2025") @NotBlank @Size(max = 10) String targetPeriod,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.NUMBER, description = "目标值",
                    examples = "90") @NotNull BigDecimal targetValue) {
    }
}
