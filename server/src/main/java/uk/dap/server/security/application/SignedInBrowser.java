package uk.dap.server.security.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The browser session a request of the web portal came with, once the portal's gate has found it valid; empty for
 * every other request (the REST API never reads a session cookie, so a cookie can never make an API call).
 */
@RequestScoped
public class SignedInBrowser {
    private BrowserSessions.Session session;

    public Optional<BrowserSessions.Session> session() {
        return Optional.ofNullable(session);
    }

    public void signedIn(BrowserSessions.Session session) {
        this.session = session;
    }
}
