package uk.dap.server.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.dap.server.cohort.domain.Schedule;
import uk.dap.server.cohort.domain.Slot;

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

    @Test
    void sessionsClashOnlyAtTheSameVenueWhenTheirTimesOverlap() {
        Slot evening = new Slot(1L, MONDAY, LocalTime.of(18, 0), 120);
        assertThat(evening.clashesWith(new Slot(1L, MONDAY, LocalTime.of(19, 59), 60))).isTrue();
        assertThat(evening.clashesWith(new Slot(1L, MONDAY, LocalTime.of(20, 0), 60))).as("back to back").isFalse();
        assertThat(evening.clashesWith(new Slot(2L, MONDAY, LocalTime.of(18, 0), 120))).as("another venue").isFalse();
        assertThat(evening.clashesWith(new Slot(1L, MONDAY.plusDays(1), LocalTime.of(18, 0), 120))).isFalse();
        assertThat(evening.clashesWith(new Slot(1L, MONDAY, LocalTime.of(17, 0), 61))).isTrue();
    }
}
