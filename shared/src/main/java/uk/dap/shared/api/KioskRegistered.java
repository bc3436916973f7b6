package uk.dap.shared.api;

import java.time.Instant;

/** The answer to registering a kiosk: the one-time enrolment code to type into the device, and until when it works. */
public record KioskRegistered(long kioskId, String label, String venueName, String enrolmentCode, Instant codeExpiresAt) {
}
