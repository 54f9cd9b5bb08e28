package org.shanhai.metrics.validation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class ValidationRequests {

    private ValidationRequests() {
    }

    @Schema(name = "ValidationRuleRequest", description = "校验规则 The sum of the left indicators compared with the sum of "
            + "the right ones, for each period and department where all their values exist")
    public record Rule(
            @Schema(examples = "EMERGENCY_WITHIN_OUTPATIENT") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}",
                    message = "{shanhai.code.upper-underscore}") String code,
            @Schema(examples = "急诊人次不大于门急诊人次") @NotBlank @Size(max = 200) String name,
            @Size(max = 1000) String description,
            @Schema(examples = "[\"EMERGENCY_VISITS\"]") @NotEmpty @Size(max = 20) List<@NotBlank String> left,
            @NotNull Operator operator,
            @Schema(examples = "[\"OUTPATIENT_EMERGENCY_VISITS\"]") @NotEmpty @Size(max = 20) List<@NotBlank String> right) {

        public static final String EXAMPLE = """
                {"code": "EMERGENCY_WITHIN_OUTPATIENT", "name": "急诊人次不大于门急诊人次",
                 "left": ["EMERGENCY_VISITS"], "operator": "LESS_OR_EQUAL", "right": ["OUTPATIENT_EMERGENCY_VISITS"]}""";
    }
}
