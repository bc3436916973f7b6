package uk.dap.shared.api.onetoone;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import java.time.LocalDate;
import java.time.LocalTime;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.InRange;
import uk.dap.shared.validation.Required;

/**
 * A group meeting outside the cohort (a SMART Recovery session, the post-programme support group) or a Life Laundry
 * workshop place: when and where it meets, so that the separation rule keeps linked people apart there as in any
 * session, and an optional note.
 */
public record DatedAttendance(
        @Required(message = "Give the date (YYYY-MM-DD).") LocalDate date,
        @Required(message = "Choose the venue where it meets (its id).") Long venueId,
        @Required(message = "Enter the start time as HH:MM.") LocalTime startTime,
        @Required(message = "Give its length in minutes, from 15 to 480.")
        @InRange(min = 15, max = 480, message = "Give its length in minutes, from 15 to 480.") Integer durationMinutes,
        @AtMost(max = 500, message = "Keep the note to 500 characters.") @JsonbTypeDeserializer(SafeText.MultiLine.class) String note) {
}
