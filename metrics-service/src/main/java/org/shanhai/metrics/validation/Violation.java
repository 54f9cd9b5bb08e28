package org.shanhai.metrics.validation;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ValidationViolation", description = "违反校验规则 One rule broken by one period's values")
public record Violation(
        @Schema(examples = "RATIO_SURGERY_L34_SHARE") String rule,
        @Schema(examples = "三四级手术占比：分子不大于分母") String ruleName,
        @Schema(examples = "2025-03") String period,
        @Schema(description = "科室; absent for the institution as a whole") String department,
        @Schema(type = SchemaType.STRING, format = "decimal", examples = "130") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal left,
        Operator operator,
        @Schema(type = SchemaType.STRING, format = "decimal", examples = "120") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal right,
        @Schema(examples = "2025-03: SURGERIES_L34 (130) ≤ SURGERIES (120) does not hold") String message) {
}
