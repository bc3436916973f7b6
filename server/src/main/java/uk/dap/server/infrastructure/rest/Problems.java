package uk.dap.server.infrastructure.rest;

import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.dap.shared.api.Problem;
import uk.dap.shared.api.ProblemType;

/** Builds problem+json responses; the only place that turns an error into HTTP. */
public final class Problems {
    private Problems() {
    }

    public static Problem problem(ProblemType type, String detail) {
        return problem(type, detail, List.of());
    }

    public static Problem problem(ProblemType type, String detail, List<Problem.FieldError> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, errors);
    }

    public static Response response(ProblemType type, String detail) {
        return response(problem(type, detail));
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
