package uk.dap.shared.api.attendance;

import uk.dap.shared.validation.RequiredText;

/** A facilitator opening a session on the kiosk with their username and their kiosk PIN (or password). */
public record SessionOpening(
        @RequiredText(max = 50, message = "Enter your username.") String username,
        @RequiredText(max = 200, message = "Enter your PIN.") String pin) {

    @Override
    public String toString() {
        return "SessionOpening[username=" + username + ", pin=(hidden)]";
    }
}
