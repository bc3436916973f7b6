package uk.dap.shared.api;

import java.util.List;

/**
 * An error as RFC 9457 {@code application/problem+json}. {@code type} is stable per kind of error (see docs/api.md);
 * {@code detail} is a sentence a person can act on; {@code errors} names the fields that failed validation;
 * {@code allowed}, on an illegal state change, lists the states that are allowed from where the record is.
 */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors, List<String> allowed) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        allowed = allowed == null || allowed.isEmpty() ? null : List.copyOf(allowed);
    }


    /** One invalid field: its name as the client sent it, and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
