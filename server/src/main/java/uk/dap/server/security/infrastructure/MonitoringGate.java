package uk.dap.server.security.infrastructure;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.dap.server.infrastructure.rest.Problems;
import uk.dap.shared.api.Problem;
import uk.dap.shared.api.ProblemType;

/**
 * Payara's {@code /metrics} and {@code /health} (issue 18, item 14). Payara serves them inside the application at the
 * root context, so this filter stands in front of both. {@code /metrics} (heap, threads, pool names) answers only the
 * monitoring credential {@code dap.metrics.token}, sent with HTTP Basic as the user {@code monitoring} (every monitoring
 * system can; a bearer token there would be taken for a staff token and refused by MicroProfile JWT before this
 * filter); anyone else, staff included, gets 401 problem+json. {@code /health} tells anyone else UP or DOWN and nothing more
 * ({@code {"status":"UP"}} with 200, {@code {"status":"DOWN"}} with 503): which checks ran and what they found is for
 * the credential's holder.
 * Declared in web.xml, after the method gate.
 */
public class MonitoringGate extends HttpFilter {
    @Inject
    @ConfigProperty(name = "dap.metrics.token")
    Optional<String> monitoringToken;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (mayMonitor(request)) {
            chain.doFilter(request, response);
        } else if (request.getServletPath().startsWith("/metrics")) {
            Problem problem = Problems.problem(ProblemType.UNAUTHENTICATED, "The metrics are for the monitoring credential only: send it"
                    + " with HTTP Basic as the user 'monitoring' (docs/operations.md, \"Health\").");
            response.setStatus(401);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JsonbBuilder.create().toJson(problem));
        } else {
            Captured captured = new Captured(response);
            chain.doFilter(request, captured);
            int status = captured.getStatus();
            response.reset();
            response.setStatus(status);
            response.setContentType("application/json");
            response.getWriter().write(status == 200 ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
        }
    }

    private boolean mayMonitor(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (monitoringToken.isEmpty() || authorization == null || !authorization.startsWith("Basic ")) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.substring("Basic ".length()).strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(("monitoring:" + monitoringToken.get()).getBytes(StandardCharsets.UTF_8), given);
    }
    /** Keeps what the health servlet writes, so that only its status reaches the caller. */
    private static final class Captured extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    kept.write(b);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    // Written in full before the filter goes on: nothing to listen for.
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            return new PrintWriter(new OutputStreamWriter(kept, StandardCharsets.UTF_8));
        }

        @Override
        public void setContentLength(int length) {
            // The caller gets a body of its own.
        }

        @Override
        public void setContentLengthLong(long length) {
            // The caller gets a body of its own.
        }

        @Override
        public void flushBuffer() {
            // Nothing reaches the caller from here.
        }
    }
}
