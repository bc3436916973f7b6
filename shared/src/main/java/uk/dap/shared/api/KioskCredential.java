package uk.dap.shared.api;

/** The device credential a kiosk keeps (in a file only its owner can read) and exchanges for short-lived tokens. */
public record KioskCredential(long kioskId, String deviceSecret, long venueId, String venueName, String label) {

    @Override
    public String toString() {
        return "KioskCredential[kioskId=" + kioskId + ", venueName=" + venueName + ", deviceSecret=(hidden)]";
    }
}
