package uk.dap.shared.api.cohort;

import java.time.LocalDate;
import java.time.LocalTime;

/** One weekly session: its number in the schedule (cancelled sessions keep theirs), when, where, and whether it runs. */
public record SessionView(Long id, int number, LocalDate date, LocalTime startTime, int durationMinutes, Long venueId,
                          String venueName, SessionStatus status, String note) {
}
