package uk.dap.shared.api.cohort;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import uk.dap.shared.api.StaffRef;

/** A cohort with its schedule. {@code weekday} is in English ("Tuesday"). */
public record CohortView(Long id, String programme, String programmeName, Long venueId, String venueName, String room,
                         LocalDate startDate, String weekday, LocalTime startTime, int durationMinutes, int capacity,
                         List<StaffRef> facilitators, int enrolled, int waiting, List<SessionView> sessions) {
}
