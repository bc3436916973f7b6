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

/** A day a group meets or is closed: from two years ago to five years ahead. Null is left to @Required. */
@Constraint(validatedBy = ScheduleDay.Check.class)
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ScheduleDay {
    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check, in {@link DayRange}. */
    class Check implements ConstraintValidator<ScheduleDay, LocalDate> {
        @Override
        public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
            return DayRange.SCHEDULE.holds(day, context);
        }
    }
}
