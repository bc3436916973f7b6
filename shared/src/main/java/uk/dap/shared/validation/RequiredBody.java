package uk.dap.shared.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A request body that must be present (on a resource method parameter). See the package notes for why this is not the plain constraint. */
@NotNull
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Documented
@Target({PARAMETER, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface RequiredBody {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
