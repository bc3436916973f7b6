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

/** A date within its field's {@link DayRange} (a birth date, a day that has happened, a group's date). Null is left to {@code @Required}. */
@Constraint(validatedBy = DayIn.Check.class)
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface DayIn {
    DayRange value();

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check, in {@link DayRange}. */
    class Check implements ConstraintValidator<DayIn, LocalDate> {
        private DayRange range;

        @Override
        public void initialize(DayIn annotation) {
            range = annotation.value();
        }

        @Override
        public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
            return range.holds(day, context);
        }
    }
}
