package uk.dap.shared.api.attendance;

import uk.dap.shared.validation.RequiredText;

/** A kiosk asking whether a facilitator's PIN is right, to unlock kiosk mode (close it or switch away). */
public record StaffCheck(
        @RequiredText(max = 50, message = "Enter your username.") String username,
        @RequiredText(max = 200, message = "Enter your PIN.") String pin) {

    @Override
    public String toString() {
        return "StaffCheck[username=" + username + ", pin=(hidden)]";
    }
}
