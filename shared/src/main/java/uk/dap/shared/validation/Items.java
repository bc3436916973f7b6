package uk.dap.shared.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Collection;
import java.util.Objects;

/**
 * A list of at most {@code max} items, none of them null (each item is checked by its own constraints through
 * {@code @Valid} beside this). See the package notes for why this is not {@code @Size} with {@code List<@NotNull ...>}.
 */
@Size
@ReportAsSingleViolation
@Constraint(validatedBy = Items.NoneMissing.class)
@Documented
@Target({FIELD, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface Items {
    String message();

    @OverridesAttribute(constraint = Size.class, name = "max")
    int max();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** No null among the items: Bean Validation's cascade passes over them, and they would reach the service. */
    class NoneMissing implements ConstraintValidator<Items, Collection<?>> {
        @Override
        public boolean isValid(Collection<?> items, ConstraintValidatorContext context) {
            return items == null || items.stream().noneMatch(Objects::isNull);
        }
    }
}
