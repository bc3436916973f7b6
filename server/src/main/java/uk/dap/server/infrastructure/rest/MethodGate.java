package uk.dap.server.infrastructure.rest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Only the HTTP methods the service uses reach it, on every path (issue 18, item 10). TRACE above all: a servlet's
 * default TRACE echoes the request back, its cookies and tokens included, and Payara passes TRACE to the application
 * (pre-boot-commands.txt) so that its refusal is problem+json like every other error rather than the container's empty 405.
 * Declared in web.xml, first of the filters.
 */
public class MethodGate extends HttpFilter {
    static final Set<String> USED = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (USED.contains(request.getMethod())) {
            chain.doFilter(request, response);
        } else {
            response.setHeader("Allow", String.join(", ", USED.stream().sorted().toList()));
            // The error page (web.xml) writes the problem+json, as for every other refusal outside JAX-RS.
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        }
    }
}
