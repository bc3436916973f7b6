package uk.dap.shared.api.cohort;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.dap.shared.validation.AtMost;
import uk.dap.shared.validation.DayIn;
import uk.dap.shared.validation.DayRange;
import uk.dap.shared.validation.InRange;
import uk.dap.shared.validation.Required;

/**
 * A new run of a programme. The first session is on {@code startDate} and the weekday is that day's; one session per
 * week is scheduled for the programme's length, skipping closure dates. Duration and capacity default to the
 * programme's.
 */
public record NewCohort(
        @Required(message = "Choose the programme: CARING_DADS, NEW_BEGINNINGS, FREEDOM, GATEWAY or DART.") String programme,
        @Required(message = "Choose the venue (its id).") Long venueId,
        @AtMost(max = 60, message = "Keep the room's name to 60 characters.") String room,
        @Required(message = "Enter the date of the first session as YYYY-MM-DD.")
        @DayIn(value = DayRange.SCHEDULE, message = "Give a first session from two years ago to five years ahead.") LocalDate startDate,
        @Required(message = "Enter the start time as HH:MM.") LocalTime startTime,
        @InRange(min = 15, max = 480, message = "Give the session length in minutes, from 15 to 480.") Integer durationMinutes,
        @InRange(min = 1, max = 50, message = "Give the capacity as a number of places, from 1 to 50.") Integer capacity,
        List<Long> facilitatorIds) {
}
