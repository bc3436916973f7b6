package uk.dap.shared.api.cohort;

import java.time.Instant;

/** Someone enrolled in a cohort. */
public record RosterEntry(Long enrolmentId, Long participantId, String reference, String firstName, String lastName,
                          Instant enrolledAt) {
}
