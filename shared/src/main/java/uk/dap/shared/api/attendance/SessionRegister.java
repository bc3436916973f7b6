package uk.dap.shared.api.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.dap.shared.api.cohort.SessionStatus;

/** A session's register for its facilitators: who signed in, who is marked what, whether it is closed. */
public record SessionRegister(Long sessionId, Long cohortId, int number, LocalDate date, LocalTime startTime,
                              SessionStatus sessionStatus, boolean closed, Instant closedAt, String closedBy,
                              List<RegisterEntry> entries) {
}
