package uk.dap.shared.api.cohort;

import java.time.Instant;

/** Something a programme lead or key worker must look at. The message never holds contact details. */
public record AlertView(Long id, AlertKind kind, String programme, String participantReference, Long cohortId,
                        String message, Instant raisedAt, Instant acknowledgedAt, String acknowledgedBy,
                        String acknowledgementNote) {
}
