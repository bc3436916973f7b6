package uk.dap.server.security.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import uk.dap.shared.security.Role;

/**
 * The caller of the current request, read from the verified MicroProfile JWT, or for a page of the web portal from its
 * browser session ({@link BrowserSessions}); empty when nobody is signed in.
 */
@RequestScoped
public class CurrentCaller {
    @Inject
    SecurityContext securityContext;
    @Inject
    SignedInBrowser browser;
    /** Worked out once per request: the token does not change within one. */
    private Optional<Caller> caller;

    public Optional<Caller> get() {
        if (caller == null) {
            caller = read();
        }
        return caller;
    }

    private Optional<Caller> read() {
        if (browser.session().isPresent()) {
            return Optional.of(browser.session().get().caller());
        }
        Principal principal = securityContext.getCallerPrincipal();
        if (!(principal instanceof JsonWebToken token) || token.getName() == null) {
            return Optional.empty();
        }
        Set<String> groups = token.getGroups();
        if (groups == null || groups.size() != 1) {
            return Optional.empty();
        }
        Role role;
        try {
            role = Role.valueOf(groups.iterator().next());
        } catch (IllegalArgumentException unknownRole) {
            return Optional.empty();
        }
        return Optional.of(new Caller(token.getName(), role, longClaim(token, Caller.ACCOUNT_CLAIM),
                longClaim(token, Caller.KIOSK_CLAIM), longClaim(token, Caller.VENUE_CLAIM)));
    }

    /** The generation a staff token was issued in; -1 when it carries none, which no account is in. */
    public long tokenGeneration() {
        if (browser.session().isPresent()) {
            return browser.session().get().generation();
        }
        Long generation = securityContext.getCallerPrincipal() instanceof JsonWebToken token
                ? longClaim(token, Caller.GENERATION_CLAIM) : null;
        return generation == null ? -1 : generation;
    }

    /** The caller, for code that only runs behind an access rule. */
    public Caller require() {
        return get().orElseThrow(() -> new IllegalStateException("No signed-in caller on a protected path"));
    }

    private static Long longClaim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof jakarta.json.JsonNumber number) {
            return number.longValue();
        }
        return null;
    }
}
