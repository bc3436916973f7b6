package uk.dap.server.portal.interfaces;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;
import uk.dap.server.security.application.BrowserSessions;
import uk.dap.server.security.application.CredentialCheck;
import uk.dap.server.security.application.SignedInBrowser;

/**
 * What every page of the web portal and the self-referral pages passes (docs/portal.md, "Security"):
 * <ul>
 * <li>headers that keep the pages out of caches, frames and other sites' reach, and a Content-Security-Policy that
 * allows no inline script or style and nothing from elsewhere;</li>
 * <li>a CSRF token per browser, in a cookie only this site can send (SameSite=Strict, HttpOnly) and in every form: a
 * POST whose form does not carry the cookie's token is refused;</li>
 * <li>for the portal, the browser's session: found, checked as a token would be (the account still enabled, its
 * generation unchanged) and handed to {@link SignedInBrowser}, whence the use cases learn who is calling exactly as
 * for the API. A page asked for without one goes to the sign-in page.</li>
 * </ul>
 * Declared in web.xml after the method gate.
 */
public class PortalGate extends HttpFilter {
    static final String SESSION_COOKIE = "dap-portal-session";
    static final String CSRF_COOKIE = "dap-csrf";
    static final String CSRF_FIELD = "csrf-token";
    /** The request attribute the pages read the CSRF token from. */
    static final String CSRF_ATTRIBUTE = "dap.csrf";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Inject
    BrowserSessions sessions;
    @Inject
    SignedInBrowser browser;
    @Inject
    CredentialCheck credentials;
    @Inject
    Pages pages;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        String csrf = cookie(request, CSRF_COOKIE).filter(value -> value.length() >= 40).orElse(null);
        if (csrf == null) {
            csrf = sessions.randomId();
            setCookie(request, response, CSRF_COOKIE, csrf, -1);
        }
        request.setAttribute(CSRF_ATTRIBUTE, csrf);
        if ("POST".equals(request.getMethod()) && !sameToken(csrf, request.getParameter(CSRF_FIELD))) {
            // Not a form of ours (or one from before the browser's cookies were cleared): nothing is done.
            pages.refuseForgedForm(request, response);
            return;
        }
        if (request.getServletPath().startsWith("/portal")) {
            cookie(request, SESSION_COOKIE).flatMap(sessions::use)
                    .filter(session -> credentials.stillValid(session.caller(), session.generation()))
                    .ifPresent(browser::signedIn);
        }
        chain.doFilter(request, response);
    }

    private static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<String> cookie(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty()
                : Arrays.stream(cookies).filter(c -> name.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    /**
     * A cookie only this site sends back, never to a script: HttpOnly, SameSite=Strict, path /, and Secure whenever the
     * page came over TLS (here, or to the proxy in front). {@code maxAge} -1 keeps it until the browser closes, 0 removes it.
     */
    static void setCookie(HttpServletRequest request, HttpServletResponse response, String name, String value, int maxAge) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        // Behind the TLS proxy production runs, the connection to the server is plain: the proxy says https.
        cookie.setSecure(request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }
}
