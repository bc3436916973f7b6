package uk.dap.server.infrastructure.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.dap.shared.api.Problem;
import uk.dap.shared.api.ProblemType;

/**
 * The error page for anything that fails before JAX-RS (an invalid or expired token is refused by the security layer;
 * a path outside the API), so that even those answers are problem+json and never an HTML page or a stack trace.
 */
@WebServlet("/error-problem")
public class ProblemErrorServlet extends HttpServlet {
    private final transient Jsonb jsonb = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Problem problem = switch (status) {
            case 401 -> Problems.problem(ProblemType.UNAUTHENTICATED,
                    "Your token is missing, invalid or expired. Sign in again and send the new token as 'Authorization: Bearer <token>'.");
            case 403 -> Problems.problem(ProblemType.FORBIDDEN, "Your role does not allow this.");
            case 404 -> Problems.problem(ProblemType.NOT_FOUND, "There is nothing at this address. The API is under /api; see docs/api.md.");
            case 405 -> Problems.problem(ProblemType.METHOD_NOT_ALLOWED, "This address does not take that HTTP method.");
            default -> Problems.problem(ProblemType.INTERNAL_ERROR,
                    "Something went wrong on the server and nothing was saved. Try again in a moment.");
        };
        if (problem.status() != status) {
            problem = new Problem(problem.type(), problem.title(), status, problem.detail(), null);
        }
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(jsonb.toJson(problem));
    }
}
