package uk.dap.server.cohort.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * When and where a session meets. Two slots clash when they are at the same venue and their times overlap, or come
 * within a buffer of each other: one group leaving as the other arrives still meets in the corridor and the car park.
 */
public record Slot(Long venueId, LocalDate date, LocalTime startTime, int durationMinutes) {

    public LocalDateTime start() {
        return date.atTime(startTime);
    }

    public LocalDateTime end() {
        return start().plusMinutes(durationMinutes);
    }

    /**
     * Whether the two are at one venue with less than {@code buffer} between them (or overlapping): with 30 minutes,
     * 09:00-11:00 clashes with 11:00 and 11:29, not with 11:30.
     */
    public boolean clashesWith(Slot other, Duration buffer) {
        return venueId.equals(other.venueId) && start().minus(buffer).isBefore(other.end()) && other.start().isBefore(end().plus(buffer));
    }
}
