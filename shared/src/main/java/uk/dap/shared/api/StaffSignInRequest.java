package uk.dap.shared.api;

import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.RequiredText;

/**
 * A member of staff signing in with username and password, and the {@code code} of their second factor once they have
 * one: six digits from their authenticator app, or one of their recovery codes.
 */
public record StaffSignInRequest(
        @RequiredText(max = 100, message = "Enter your username (at most 100 characters).") String username,
        @RequiredText(max = 200, message = "Enter your password (at most 200 characters).") String password,
        @AtMost(max = 20, message = "Enter the six-digit code from your authenticator app, or a recovery code.") String code) {

    @Override
    public String toString() {
        return "StaffSignInRequest[username=" + username + ", password=(hidden), code=(hidden)]";
    }
}
