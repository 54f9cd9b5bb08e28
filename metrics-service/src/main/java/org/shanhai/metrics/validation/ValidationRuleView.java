package org.shanhai.metrics.validation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ValidationRule", description = "校验规则")
public record ValidationRuleView(String code, String name, String description, List<String> left, Operator operator,
        List<String> right, @Schema(description = "内置 derived from a RATIO over counts; not stored, not retired") boolean builtIn,
        boolean retired) {

    static ValidationRuleView of(ValidationRule r) {
        return new ValidationRuleView(r.code, r.name, r.description, ValidationRule.codes(r.leftSide), r.operator,
                ValidationRule.codes(r.rightSide), false, r.retired);
    }

    static ValidationRuleView builtIn(RuleCheck.Rule r) {
        return new ValidationRuleView(r.code(), r.name(), null, r.left(), r.operator(), r.right(), true, false);
    }
}
