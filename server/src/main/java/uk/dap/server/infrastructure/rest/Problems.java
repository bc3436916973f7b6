package uk.dap.server.infrastructure.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.dap.shared.api.Problem;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.text.RefusedValue;

/**
 * Builds problem+json answers: the one place where an error becomes a type, a status and a sentence, shared by the
 * JAX-RS exception mappers, the access filter and the servlet error page.
 */
public final class Problems {
    private static final Logger LOG = Logger.getLogger(Problems.class.getName());

    private Problems() {
    }

    public static Problem problem(ProblemType type, String detail) {
        return problem(type, detail, List.of());
    }

    public static Problem problem(ProblemType type, String detail, List<Problem.FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, errors, null);
    }

    public static Response response(ProblemType type, String detail) {
        return response(problem(type, detail));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The answer for a bare HTTP status, whether JAX-RS or the servlet container refused the request. */
    public static Problem forStatus(int status) {
        Problem problem = switch (status) {
            case 401 -> problem(ProblemType.UNAUTHENTICATED, "Sign in first, or again if your session has ended, "
                    + "and send the token as 'Authorization: Bearer <token>'.");
            case 403 -> problem(ProblemType.FORBIDDEN, "Your role does not allow this.");
            case 404 -> problem(ProblemType.NOT_FOUND, "There is nothing at this address. The API is under /api; see docs/api.md.");
            case 405 -> problem(ProblemType.METHOD_NOT_ALLOWED, "This address does not take that HTTP method. See docs/api.md.");
            case 406 -> problem(ProblemType.NOT_ACCEPTABLE, "This address answers in application/json.");
            case 413 -> problem(ProblemType.PAYLOAD_TOO_LARGE, BodySizeLimit.SENTENCE);
            case 415 -> problem(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
            case 400 -> problem(ProblemType.HTTP_ERROR, "The request could not be understood. Check the URL, the query parameters and the body.");
            default -> status >= 500
                    ? problem(ProblemType.INTERNAL_ERROR, "Something went wrong on the server and nothing was saved. Try again in a moment.")
                    : problem(ProblemType.HTTP_ERROR, "The request was not handled (HTTP " + status + ").");
        };
        // The answer's status is always the one sent, even where the type's usual status differs (503, 422...).
        return problem.status() == status ? problem
                : new Problem(problem.type(), problem.title(), status, problem.detail(), problem.errors(), problem.allowed());
    }

    /**
     * A request body the runtime could not read: malformed JSON or a value of the wrong type (400 malformed-json), or
     * no body at all (400 validation-failed on the field "body"). Empty when the failure is something else.
     */
    public static Optional<Response> unreadableBody(Throwable e) {
        if (hasCause(e, BodySizeLimit.TooLarge.class)) {
            return Optional.of(BodySizeLimit.tooLarge());
        }
        Optional<String> unknown = unknownField(e);
        if (unknown.isPresent()) {
            return Optional.of(response(problem(ProblemType.VALIDATION_FAILED, "This request does not take a field called '"
                    + unknown.get() + "'. Nothing was saved. Check the field names against docs/api.md.",
                    List.of(new Problem.FieldError(unknown.get(), "This request does not take this field.")))));
        }
        Optional<String[]> wrongValue = wrongValue(e);
        if (wrongValue.isPresent()) {
            String field = wrongValue.get()[0];
            String sentence = wrongValue.get()[1];
            return Optional.of(response(problem(ProblemType.VALIDATION_FAILED, "'" + field + "': " + sentence + " Nothing was saved.",
                    List.of(new Problem.FieldError(field, sentence)))));
        }
        if (hasCause(e, JsonbException.class, JsonException.class)) {
            return Optional.of(response(ProblemType.MALFORMED_JSON,
                    "The body is not valid JSON, or a value has the wrong type. Check the body against the example in docs/api.md."));
        }
        if (hasCause(e, NoContentException.class)) {
            return Optional.of(response(problem(ProblemType.VALIDATION_FAILED, "Send a JSON body: this request needs one.",
                    List.of(new Problem.FieldError("body", "Send a JSON body.")))));
        }
        return Optional.empty();
    }

    /** Yasson's words for a field the target type does not have (StrictJson): "Json property x can not be mapped to a class ...". */
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("Json property ([A-Za-z0-9_.-]{1,64}) can not be mapped to a class");

    /** Yasson's words for a value it could not read into its field: "Unable to deserialize property 'x' because of: ...". */
    private static final Pattern WRONG_VALUE = Pattern.compile("Unable to deserialize property '([A-Za-z0-9_.-]{1,64})' because of: (.*)",
            Pattern.DOTALL);

    /**
     * The field whose value could not be read, and a sentence about it: ours where {@link StrictValues} refused it,
     * otherwise a general one (Yasson's own words can quote the value or name a Java class).
     */
    static Optional<String[]> wrongValue(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException && t.getMessage() != null) {
                Matcher m = WRONG_VALUE.matcher(t.getMessage());
                if (m.find()) {
                    // A value inside an object inside the body: "property 'contact' because of: ... property 'confidential' ...".
                    StringBuilder path = new StringBuilder(m.group(1));
                    String why = m.group(2).strip();
                    for (Matcher inner = WRONG_VALUE.matcher(why); inner.find(); inner = WRONG_VALUE.matcher(why)) {
                        path.append('.').append(inner.group(1));
                        why = inner.group(2).strip();
                    }
                    boolean ours = hasCause(e, RefusedValue.class);
                    return Optional.of(new String[] {path.toString(), ours ? why
                            : "This value has the wrong type or form. Check it against the example in docs/api.md."});
                }
            }
        }
        return Optional.empty();
    }

    /** The name of a body field the endpoint does not take, when that is why the body could not be read. */
    static Optional<String> unknownField(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException && t.getMessage() != null) {
                Matcher m = UNKNOWN_FIELD.matcher(t.getMessage());
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * 500 with a reference the person can quote, logged at SEVERE with the same reference and the whole stack trace,
     * so that the administrator they give it to can find what went wrong. Nothing of the request (its body, its
     * parameters) is logged on purpose, but an exception's message can still quote a value (Derby's truncation error
     * shows the start of the text), so the server log is treated as personal data (docs/security.md).
     */
    public static Response internalError(Throwable e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, e, () -> "Unexpected " + e.getClass().getName() + ", reference " + reference);
        return response(ProblemType.INTERNAL_ERROR, "Something went wrong on the server and nothing was saved. Try again; "
                + "if it keeps happening, give your administrator the reference " + reference + ".");
    }

    /** Seconds a client is asked to wait before sending a request that gave way to another (503) again. */
    public static final int RETRY_AFTER_SECONDS = 2;

    /**
     * 503 with Retry-After, for a request that gave way to another over a lock (a deadlock's victim, or a lock not
     * granted in time): Derby rolled it back whole, and the same request a moment later goes through.
     */
    public static Response busy() {
        LOG.warning("A request gave way to another over a database lock and was answered 503");
        return Response.fromResponse(response(ProblemType.BUSY, "The service was busy with the same records and kept nothing of this "
                + "request. Send it again in a moment.")).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    @SafeVarargs
    static boolean hasCause(Throwable e, Class<? extends Throwable>... types) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<? extends Throwable> type : types) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }
}
