package uk.dap.shared.api.attendance;

import java.time.Instant;

/**
 * One person on a session's register. {@code status} is null while unmarked. A kiosk sign-in keeps both the kiosk's
 * time and the server's.
 */
public record RegisterEntry(Long enrolmentId, Long participantId, String reference, String firstName, String lastName,
                            AttendanceStatus status, Instant kioskTime, Instant serverTime, String markedBy,
                            String correctionReason) {
}
