package uk.dap.shared.api.cohort;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDate;
import java.time.LocalTime;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.DayIn;
import uk.dap.shared.validation.DayRange;
import uk.dap.shared.validation.Required;

/** Moves one session to another day, time or venue (venue unchanged when absent). */
public record SessionChange(
        @Required(message = "Enter the new date as YYYY-MM-DD.")
        @DayIn(value = DayRange.SCHEDULE, message = "Give a new date from two years ago to five years ahead.") LocalDate date,
        @Required(message = "Enter the new start time as HH:MM.") LocalTime startTime,
        Long venueId,
        @AtMost(max = 200, message = "Keep the note to 200 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String note) {
}
