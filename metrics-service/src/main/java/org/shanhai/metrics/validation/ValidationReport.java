package org.shanhai.metrics.validation;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ValidationReport", description = "校验结果 The rules an institution's values break in a period and the periods within it")
public record ValidationReport(UUID institutionId, @Schema(examples = "2025") String period,
        @Schema(description = "规则数 rules checked") int rulesChecked, List<Violation> violations) {
}
