package uk.dap.shared.api;

import java.time.Instant;
import uk.dap.shared.security.Role;

/** A staff account as an administrator sees it, and whether it has a second factor set up. Never carries the password hash. */
public record StaffAccountView(long id, String username, String displayName, Role role, boolean enabled, Instant lockedUntil, Instant createdAt,
                               boolean secondFactor) {
}
