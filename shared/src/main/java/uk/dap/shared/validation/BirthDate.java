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

/** A date of birth from 1 Jan 1900 up to today. Null is left to @Required. */
@Constraint(validatedBy = BirthDate.Check.class)
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface BirthDate {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check, in {@link DayRange}. */
    class Check implements ConstraintValidator<BirthDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
            return DayRange.BIRTH.holds(day, context);
        }
    }
}
