package uk.dap.shared.api;

/** What a kiosk knows about itself: which device it is and where it stands. */
public record KioskIdentity(long kioskId, String label, long venueId, String venueName) {
}
