package uk.dap.shared.api.cohort;

import java.time.LocalDate;
import java.time.LocalTime;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;

/** Moves one session to another day, time or venue (venue unchanged when absent). */
public record SessionChange(
        @Required(message = "Enter the new date as YYYY-MM-DD.") LocalDate date,
        @Required(message = "Enter the new start time as HH:MM.") LocalTime startTime,
        Long venueId,
        @AtMost(max = 200, message = "Keep the note to 200 characters.") String note) {
}
