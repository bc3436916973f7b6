package uk.dap.shared.api.casework;

import java.time.Instant;

/** A booked appointment and, once it has happened and been marked, its outcome. */
public record AppointmentView(
        long id,
        long participantId,
        AppointmentType type,
        Instant startsAt,
        String withWhom,
        String scheduledBy,
        AppointmentOutcome outcome,
        String markedBy,
        Instant markedAt,
        String changeReason) {
}
