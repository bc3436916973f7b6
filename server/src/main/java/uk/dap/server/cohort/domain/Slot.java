package uk.dap.server.cohort.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** When and where a session meets. Two slots clash when they are at the same venue and their times overlap. */
public record Slot(Long venueId, LocalDate date, LocalTime startTime, int durationMinutes) {

    public LocalDateTime start() {
        return date.atTime(startTime);
    }

    public LocalDateTime end() {
        return start().plusMinutes(durationMinutes);
    }

    public boolean clashesWith(Slot other) {
        return venueId.equals(other.venueId) && start().isBefore(other.end()) && other.start().isBefore(end());
    }
}
