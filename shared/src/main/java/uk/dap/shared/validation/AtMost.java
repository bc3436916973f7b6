package uk.dap.shared.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** An optional text of at most {@code max} characters. See the package notes for why this is not the plain constraint. */
@Size
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface AtMost {
    String message();

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
