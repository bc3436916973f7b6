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
        Problem problem = Problems.forStatus(status);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(jsonb.toJson(problem));
    }
}
