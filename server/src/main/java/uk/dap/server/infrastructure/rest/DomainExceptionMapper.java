package uk.dap.server.infrastructure.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.Problem;

@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
        Problem problem = e.field() == null ? Problems.problem(e.type(), e.getMessage())
                : Problems.problem(e.type(), e.getMessage(), List.of(new Problem.FieldError(e.field(), e.getMessage())));
        return Problems.response(new Problem(problem.type(), problem.title(), problem.status(), problem.detail(),
                problem.errors(), e.allowed()));
    }
}
