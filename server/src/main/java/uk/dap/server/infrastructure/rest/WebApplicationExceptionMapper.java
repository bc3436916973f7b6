package uk.dap.server.infrastructure.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.dap.shared.api.ProblemType;

/**
 * JAX-RS's own refusals (no such path, wrong method, wrong media type, unreadable body) as problem+json with a
 * sentence of our own: the runtime's messages can name internal classes.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        if (UnreadableBody.isCause(e)) {
            return UnreadableBody.response();
        }
        if (hasCause(e, jakarta.ws.rs.core.NoContentException.class)) {
            return Problems.response(Problems.problem(ProblemType.VALIDATION_FAILED, "Send a JSON body: this request needs one.",
                    java.util.List.of(new uk.dap.shared.api.Problem.FieldError("body", "Send a JSON body."))));
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return switch (status) {
            case 400 -> Problems.response(ProblemType.HTTP_ERROR, "The request could not be understood. Check the URL, the query parameters and the body.");
            case 401 -> Problems.response(ProblemType.UNAUTHENTICATED, "Sign in first, then send the token as 'Authorization: Bearer <token>'.");
            case 403 -> Problems.response(ProblemType.FORBIDDEN, "Your role does not allow this.");
            case 404 -> Problems.response(ProblemType.NOT_FOUND, "There is nothing at this address. Check the URL against docs/api.md.");
            case 405 -> Problems.response(ProblemType.METHOD_NOT_ALLOWED, "This address does not take that HTTP method. See docs/api.md.");
            case 406 -> Problems.response(ProblemType.NOT_ACCEPTABLE, "This address answers in application/json.");
            case 415 -> Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
            default -> status >= 500
                    ? UnexpectedExceptionMapper.internalError(e)
                    : Problems.response(new uk.dap.shared.api.Problem(ProblemType.HTTP_ERROR.uri(), ProblemType.HTTP_ERROR.title(),
                            status, "The request was not handled (HTTP " + status + ").", null));
        };
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** Bodies that are not JSON, or JSON of the wrong shape, however the runtime wraps the parser's complaint. */
    static final class UnreadableBody {
        private UnreadableBody() {
        }

        static boolean isCause(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof JsonbException || t instanceof JsonException
                        || t instanceof jakarta.json.stream.JsonParsingException) {
                    return true;
                }
                if (t.getCause() == t) {
                    break;
                }
            }
            return false;
        }

        static Response response() {
            return Problems.response(ProblemType.MALFORMED_JSON,
                    "The body is not valid JSON, or a value has the wrong type. Check the body against the example in docs/api.md.");
        }
    }
}
