package uk.dap.shared.api;

import java.time.Instant;

/** A registered kiosk as an administrator sees it. {@code status} is AWAITING_ENROLMENT, ACTIVE or REVOKED. */
public record KioskView(long id, String label, long venueId, String venueName, String status, Instant enrolledAt, Instant revokedAt) {
}
