package uk.dap.server.infrastructure.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.dap.shared.api.ProblemType;

/**
 * Anything else: the client gets a reference it can quote, never a stack trace; the log gets the exception type and
 * the reference. The message and stack are logged only at FINE, because a message can carry personal data.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return Problems.response(ProblemType.STALE_VERSION, "Someone else changed this record at the same time. Reload it and try again.");
            }
            if (t.getCause() == t) {
                break;
            }
        }
        if (WebApplicationExceptionMapper.UnreadableBody.isCause(e)) {
            return WebApplicationExceptionMapper.UnreadableBody.response();
        }
        return internalError(e);
    }

    static Response internalError(Throwable e) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.severe(() -> "Unexpected " + e.getClass().getName() + ", reference " + reference);
        LOG.log(Level.FINE, "Reference " + reference, e);
        return Problems.response(ProblemType.INTERNAL_ERROR,
                "Something went wrong on the server and nothing was saved. Try again; if it keeps happening, "
                        + "give your administrator the reference " + reference + ".");
    }
}
