package uk.dap.server.infrastructure.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The JSON-B reader's failures on a malformed body, which the runtime reports as a processing error. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
        if (WebApplicationExceptionMapper.UnreadableBody.isCause(e)) {
            return WebApplicationExceptionMapper.UnreadableBody.response();
        }
        return UnexpectedExceptionMapper.internalError(e);
    }
}
