package uk.dap.server.portal.interfaces;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders the pages (src/main/jte, compiled into classes at build time: the server holds no template compiler) and
 * answers with them. Every value a page shows is escaped for where it stands in the HTML by jte itself.
 */
@ApplicationScoped
public class Pages {
    private static final Logger LOG = Logger.getLogger(Pages.class.getName());
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, Pages.class.getClassLoader());

    /** Answers with a page: the template's {@code chrome} first, then its own parameters as name, value pairs. */
    public void show(HttpServletResponse response, int status, String template, PageChrome chrome, Object... parameters) throws IOException {
        Map<String, Object> params = new HashMap<>();
        params.put("chrome", chrome);
        for (int i = 0; i < parameters.length; i += 2) {
            params.put((String) parameters[i], parameters[i + 1]);
        }
        StringOutput output = new StringOutput();
        engine.render(template, params, output);
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(output.toString());
    }

    /** A page that says what went wrong and what to do, with nothing else on it. */
    public void problem(HttpServletResponse response, int status, PageChrome chrome, String heading, String sentence) throws IOException {
        show(response, status, "portal/problem.jte", chrome, "heading", heading, "sentence", sentence);
    }

    /**
     * A page that failed: logged for the service's staff, and answered with the Design System's "Sorry, there is a
     * problem with the service" page (the security headers already set stay), never a stack trace.
     */
    void fault(HttpServletRequest request, HttpServletResponse response, PageChrome.Service service, RuntimeException fault) throws IOException {
        LOG.log(Level.SEVERE, "Page failed: " + request.getRequestURI(), fault);
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        String heading = "Sorry, there is a problem with the service";
        problem(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, new PageChrome(heading, service,
                        (String) request.getAttribute(PortalGate.CSRF_ATTRIBUTE), null, null, List.of(), null), heading,
                "Try again later. If you were sending something, check whether it arrived before you send it again.");
    }

    /** A form that did not come from this site's own page (its CSRF token missing or wrong): nothing was done. */
    void refuseForgedForm(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PageChrome.Service service = request.getServletPath().startsWith("/self-referral") ? PageChrome.Service.SELF_REFERRAL : PageChrome.Service.PORTAL;
        problem(response, HttpServletResponse.SC_FORBIDDEN, new PageChrome("The form could not be sent", service, "", null, null, List.of(), null),
                "The form could not be sent",
                "Nothing was saved. The page may have been open for a long time, or your browser's cookies were cleared."
                        + " Go back, reload the page and send the form again.");
    }
}
