package uk.dap.shared.api;

/**
 * Every kind of error the API answers with. The {@link #uri()} is the problem's stable {@code type}: clients branch on
 * it, never on the wording. docs/api.md lists them with examples.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "Some values are not valid"),
    MALFORMED_JSON(400, "The request body is not valid JSON"),
    INVALID_ENROLMENT_CODE(400, "The enrolment code is not valid"),
    SIGN_IN_FAILED(401, "Sign-in failed"),
    UNAUTHENTICATED(401, "Sign-in needed"),
    /** The password was right and the account has a second factor: send the same sign-in again with its code. */
    SECOND_FACTOR_REQUIRED(401, "Enter the code from your authenticator app"),
    /** The password was right, but the role needs a second factor and the account has none yet: set one up first. */
    SECOND_FACTOR_SETUP_REQUIRED(401, "Set up your second factor first"),
    FORBIDDEN(403, "Not allowed"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    CONFLICT(409, "Conflict"),
    STALE_VERSION(409, "Changed by someone else"),
    ILLEGAL_TRANSITION(409, "Not allowed from the current state"),
    SEPARATION_RULE(409, "Refused by the safety rule that keeps linked people apart"),
    POSSIBLE_DUPLICATE(409, "A record for this person may exist already"),
    COHORT_RULE(409, "The cohort does not allow this"),
    COMPLETION_RULE(409, "The programme's completion rule is not met"),
    NOT_COMPLETED(409, "Only for someone who completed the programme"),
    FOLLOW_UP_NOT_DUE(409, "The follow-up is not due yet"),
    /** An import's commit found problems in the file (listed in {@code errors}, by row and column): nothing was written. */
    IMPORT_REFUSED(422, "The file has problems, so nothing was imported"),
    /** A request body over the documented limit (docs/security.md): nothing of it was read or kept. */
    PAYLOAD_TOO_LARGE(413, "The request is too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    INTERNAL_ERROR(500, "Something went wrong on the server"),
    /** Another request held what this one needed (the database picked it to give way): nothing was kept; send it again. */
    BUSY(503, "Busy for a moment"),
    HTTP_ERROR(400, "Request not handled");

    private static final String PREFIX = "urn:dap:problem:";

    private final int status;
    private final String title;

    ProblemType(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** For example {@code urn:dap:problem:validation-failed}. */
    public String uri() {
        return PREFIX + name().toLowerCase().replace('_', '-');
    }
}
