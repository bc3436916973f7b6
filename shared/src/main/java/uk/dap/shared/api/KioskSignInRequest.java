package uk.dap.shared.api;

import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/** A registered kiosk exchanging its device credential for a short-lived token. */
public record KioskSignInRequest(
        @Required(message = "Give the kiosk's id.") Long kioskId,
        @RequiredText(max = 200, message = "Give the kiosk's device secret (at most 200 characters).") String deviceSecret) {

    @Override
    public String toString() {
        return "KioskSignInRequest[kioskId=" + kioskId + ", deviceSecret=(hidden)]";
    }
}
