package uk.dap.shared.api;

import uk.dap.shared.security.Role;

/** The signed-in member of staff, as the token says and the account confirms. */
public record CurrentUser(String username, String displayName, Role role) {
}
