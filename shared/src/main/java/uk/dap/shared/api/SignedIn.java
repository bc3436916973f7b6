package uk.dap.shared.api;

import java.time.Instant;
import uk.dap.shared.security.Role;

/** A bearer token and what it carries. {@code displayName} is the staff member's name, or the kiosk's label. */
public record SignedIn(String token, Instant expiresAt, String username, String displayName, Role role) {

    @Override
    public String toString() {
        return "SignedIn[username=" + username + ", role=" + role + ", expiresAt=" + expiresAt + ", token=(hidden)]";
    }
}
