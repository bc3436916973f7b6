package uk.dap.shared.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A day that has happened: today or before (and after 1900, as every date). Null is left to @Required. */
@Constraint(validatedBy = PastDay.Check.class)
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface PastDay {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check, in {@link DayRange}. */
    class Check implements ConstraintValidator<PastDay, LocalDate> {
        @Override
        public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
            return DayRange.PAST.holds(day, context);
        }
    }
}
