package uk.dap.server.infrastructure.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS's own refusals (no such path, wrong method, wrong media type, unreadable body) as problem+json with a
 * sentence of our own: the runtime's messages can name internal classes.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status < 500 && e.getResponse().getEntity() instanceof uk.dap.shared.api.Problem) {
            return e.getResponse(); // a problem of our own making (a refused import's list), passed on as it is
        }
        if (status >= 500) {
            return Problems.internalError(e);
        }
        return Problems.unreadableBody(e).orElseGet(() -> Problems.response(Problems.forStatus(status)));
    }
}
