package uk.dap.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dap.server.attendance.domain.AttendanceTally;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.cohort.domain.Slot;
import uk.dap.shared.api.attendance.AttendanceStatus;

class AttendanceTallyTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate TODAY = START.plusWeeks(5);

    private static CohortSession week(int number) {
        return new CohortSession(1L, number, new Slot(1L, START.plusWeeks(number - 1), LocalTime.of(10, 0), 120));
    }

    @Test
    void cancelledAndFutureSessionsDoNotCountAndLateOrLeavingEarlyIsAttending() {
        CohortSession cancelled = week(3);
        cancelled.cancel("Snow (test)");
        AttendanceTally tally = AttendanceTally.of(List.of(
                new AttendanceTally.Mark(week(1), AttendanceStatus.LATE),
                new AttendanceTally.Mark(week(2), AttendanceStatus.LEFT_EARLY),
                new AttendanceTally.Mark(cancelled, null),
                new AttendanceTally.Mark(week(4), AttendanceStatus.EXCUSED),
                new AttendanceTally.Mark(week(5), AttendanceStatus.ABSENT),
                new AttendanceTally.Mark(week(7), null)), TODAY, null);

        assertThat(tally.held()).isEqualTo(4);
        assertThat(tally.attended()).isEqualTo(2);
        assertThat(tally.toCome()).isEqualTo(1);
        assertThat(tally.ratePercent()).isEqualTo(50);
    }

    @Test
    void someonePlacedInWeekFourIsNotAbsentFromTheWeeksBefore() {
        List<AttendanceTally.Mark> marks = List.of(
                new AttendanceTally.Mark(week(1), null),
                new AttendanceTally.Mark(week(2), null),
                new AttendanceTally.Mark(week(3), AttendanceStatus.ATTENDED_PAPER),
                new AttendanceTally.Mark(week(4), AttendanceStatus.PRESENT),
                new AttendanceTally.Mark(week(5), null));

        AttendanceTally late = AttendanceTally.of(marks, TODAY, START.plusWeeks(3));

        assertThat(late.held()).as("weeks 1-2 unmarked before joining drop out; week 3 was marked, so it counts").isEqualTo(3);
        assertThat(late.attended()).isEqualTo(2);
        assertThat(late.unmarked()).isEqualTo(1);
        assertThat(AttendanceTally.of(marks, TODAY, null).held()).as("without a placement date every week counts").isEqualTo(5);
    }

    @Test
    void someoneWhoLeftIsNotAbsentFromTheWeeksAfterButStaysCountedForWeeksMarked() {
        List<AttendanceTally.Mark> marks = List.of(
                new AttendanceTally.Mark(week(1), AttendanceStatus.PRESENT),
                new AttendanceTally.Mark(week(2), AttendanceStatus.ABSENT),
                new AttendanceTally.Mark(week(3), null),
                new AttendanceTally.Mark(week(4), AttendanceStatus.PRESENT),
                new AttendanceTally.Mark(week(5), null),
                new AttendanceTally.Mark(week(7), null));

        AttendanceTally left = AttendanceTally.of(marks, TODAY, null, START.plusWeeks(1));

        assertThat(left.held()).as("weeks 1-2, and week 4 because it was marked; not the unmarked weeks after leaving").isEqualTo(3);
        assertThat(left.toCome()).as("nothing is still to come for someone who left").isZero();
        assertThat(left.ratePercent()).isEqualTo(67);
        assertThat(AttendanceTally.of(marks, TODAY, null).held()).as("while enrolled every held week counts").isEqualTo(5);
    }
}
