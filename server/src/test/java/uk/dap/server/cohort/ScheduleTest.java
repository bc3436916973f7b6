package uk.dap.server.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.dap.server.cohort.domain.Schedule;

/** Weekly schedules around closure dates, and when two sessions clash. */
class ScheduleTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);

    @Test
    void christmasAndBoxingDaySubstituteAreSkippedAndTheLengthKept() {
        List<LocalDate> dates = Schedule.weekly(MONDAY, 4, Set.of(LocalDate.of(2026, 12, 28)));
        assertThat(dates).containsExactly(MONDAY, MONDAY.plusWeeks(1), MONDAY.plusWeeks(3), MONDAY.plusWeeks(4));
    }

    @Test
    void aClosedFirstDayMovesTheStartAWeek() {
        assertThat(Schedule.weekly(MONDAY, 2, Set.of(MONDAY))).containsExactly(MONDAY.plusWeeks(1), MONDAY.plusWeeks(2));
    }

    @Test
    void theReplacementForACancelledSessionGoesAfterTheLastSkippingClosures() {
        assertThat(Schedule.nextAfter(MONDAY, Set.of(MONDAY.plusWeeks(1)))).isEqualTo(MONDAY.plusWeeks(2));
    }

}
