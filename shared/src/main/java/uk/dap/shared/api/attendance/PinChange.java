package uk.dap.shared.api.attendance;

import uk.dap.shared.validation.Matches;

/** A member of staff setting the PIN they use on kiosks: 4 to 8 digits. */
public record PinChange(@Matches(regexp = "\\d{4,8}", message = "Choose a PIN of 4 to 8 digits.") String pin) {

    @Override
    public String toString() {
        return "PinChange[pin=(hidden)]";
    }
}
