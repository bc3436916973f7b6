package uk.dap.server.infrastructure.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.dap.server.infrastructure.database.LockConflicts;
import uk.dap.shared.api.ProblemType;

/**
 * Everything no other mapper takes, including the runtime's processing errors for unreadable bodies: the client gets
 * a problem, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
        if (Problems.hasCause(e, OptimisticLockException.class)) {
            return Problems.response(ProblemType.STALE_VERSION, "Someone else changed this record at the same time. Reload it and try again.");
        }
        // Two requests writing the same thing at once: the database's unique indexes stop the second, and nothing of it
        // is kept. Saying so beats a 500.
        if (Problems.hasCause(e, java.sql.SQLIntegrityConstraintViolationException.class)) {
            return Problems.response(ProblemType.CONFLICT, "This was saved by someone else at the same moment. Reload and check before trying again.");
        }
        if (LockConflicts.isLockConflict(e)) {
            return Problems.busy();
        }
        return Problems.unreadableBody(e).orElseGet(() -> Problems.internalError(e));
    }
}
