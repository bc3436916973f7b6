package uk.dap.shared.api;

import uk.dap.shared.validation.RequiredText;

/** A member of staff signing in with username and password. */
public record StaffSignInRequest(
        @RequiredText(max = 100, message = "Enter your username (at most 100 characters).") String username,
        @RequiredText(max = 200, message = "Enter your password (at most 200 characters).") String password) {

    @Override
    public String toString() {
        return "StaffSignInRequest[username=" + username + ", password=(hidden)]";
    }
}
