package uk.dap.server.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import uk.dap.shared.api.ProblemType;

/**
 * The API's own checks of what a request may hold (its Bean Validation constraints), for a front door that builds the
 * request itself rather than receiving it as JSON (the web portal, the self-referral page): refused as the API refuses,
 * with the same sentences.
 */
@ApplicationScoped
public class ValidRequests {
    @Inject
    Validator validator;

    public <T> T require(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new DomainException(ProblemType.VALIDATION_FAILED,
                    violations.stream().map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining(" ")));
        }
        return request;
    }
}
