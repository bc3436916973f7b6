package uk.dap.shared.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A non-blank text matching {@code regexp}. See the package notes for why this is not the plain constraint. */
@NotBlank
@Pattern(regexp = "")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Matches {
    String message();

    @OverridesAttribute(constraint = Pattern.class, name = "regexp")
    String regexp();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
