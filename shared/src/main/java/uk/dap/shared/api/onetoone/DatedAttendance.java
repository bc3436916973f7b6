package uk.dap.shared.api.onetoone;

import java.time.LocalDate;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.Required;

/** A date attended (SMART Recovery, the post-programme support group) or a Life Laundry workshop place, with an optional note. */
public record DatedAttendance(
        @Required(message = "Give the date (YYYY-MM-DD).") LocalDate date,
        @AtMost(max = 500, message = "Keep the note to 500 characters.") String note) {
}
