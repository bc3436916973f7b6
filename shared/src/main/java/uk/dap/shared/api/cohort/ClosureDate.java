package uk.dap.shared.api.cohort;

import java.time.LocalDate;
import uk.dap.shared.validation.DayIn;
import uk.dap.shared.validation.DayRange;
import uk.dap.shared.validation.Required;
import uk.dap.shared.validation.RequiredText;

/** A day no group meets (a bank holiday, a building closure): schedules skip it. */
public record ClosureDate(
        @Required(message = "Enter the date as YYYY-MM-DD.")
        @DayIn(value = DayRange.SCHEDULE, message = "Give a closure date from two years ago to five years ahead.") LocalDate date,
        @RequiredText(max = 100, message = "Describe the closure (at most 100 characters).") String description) {
}
