package uk.dap.server.infrastructure.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import uk.dap.shared.api.Problem;
import uk.dap.shared.api.ProblemType;

/** Bean Validation failures at the edge: 400 with one entry per field, named as the client sent it. */
@Provider
public class ValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1
                ? "Correct the field '" + errors.get(0).field() + "': " + errors.get(0).message()
                : "Correct the " + errors.size() + " fields listed in 'errors'.";
        return Problems.response(Problems.problem(ProblemType.VALIDATION_FAILED, detail, errors));
    }

    /** "create.request.username" becomes "username", an item of a list "signIns[3].id"; a missing body becomes "body". */
    static String fieldName(ConstraintViolation<?> violation) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.isInIterable() && node.getIndex() != null && name.length() > 0) {
                    name.append('[').append(node.getIndex()).append(']');
                }
                name.append(name.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return name.length() == 0 ? "body" : name.toString();
    }
}
