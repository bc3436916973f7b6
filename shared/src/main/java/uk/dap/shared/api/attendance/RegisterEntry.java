package uk.dap.shared.api.attendance;

import java.time.Instant;

/**
 * One person on a session's register. {@code status} is null while unmarked. A kiosk sign-in keeps both the kiosk's
 * time and the server's. {@code children}: in a family programme, the children who came with her and their marks
 * (empty otherwise).
 */
public record RegisterEntry(Long enrolmentId, Long participantId, String reference, String firstName, String lastName,
                            AttendanceStatus status, Instant kioskTime, Instant serverTime, String markedBy,
                            String correctionReason, java.util.List<ChildMark> children) {
}
