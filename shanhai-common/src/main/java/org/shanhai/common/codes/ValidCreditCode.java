package org.shanhai.common.codes;

import org.shanhai.common.problem.Text;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Bean Validation for {@link CreditCode}; null passes (use {@code @NotNull} where required). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidCreditCode.Validator.class)
public @interface ValidCreditCode {

    String message() default "{shanhai.codes.credit-code}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidCreditCode, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext ctx) {
            if (value == null) {
                return true;
            }
            Text problem = CreditCode.problem(value);
            if (problem == null) {
                return true;
            }
            ctx.disableDefaultConstraintViolation();
            ctx.buildConstraintViolationWithTemplate(
                    Text.of("unified social credit code ", "统一社会信用代码").resolve()
                            + problem.resolve().replace("{", "(").replace("}", ")"))
                    .addConstraintViolation();
            return false;
        }
    }
}
