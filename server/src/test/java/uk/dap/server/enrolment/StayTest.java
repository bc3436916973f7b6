package uk.dap.server.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dap.server.enrolment.domain.Stay;

class StayTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Test
    void aLateJoinersFirstStayReachesBackToTheStartOfTheCohortForCompletion() {
        List<Stay> late = List.of(new Stay(1L, START.plusWeeks(11), null));

        assertThat(Stay.within(late, 1L, START)).as("for attendance: not theirs").isFalse();
        assertThat(Stay.within(Stay.fromTheStart(late), 1L, START)).as("for completion: missed").isTrue();
    }

    @Test
    void aMovedPersonsSessionsOfTheNewCohortBeforeTheMoveStayOut() {
        List<Stay> moved = List.of(Stay.earlier(1L, START.plusWeeks(2), START.plusWeeks(5)), new Stay(2L, START.plusWeeks(5), null));

        List<Stay> whole = Stay.fromTheStart(moved);

        assertThat(Stay.within(whole, 1L, START)).as("the first cohort from its start").isTrue();
        assertThat(Stay.within(whole, 1L, START.plusWeeks(6))).as("not after they left it").isFalse();
        assertThat(Stay.within(whole, 2L, START.plusWeeks(4))).as("the new cohort before the move").isFalse();
        assertThat(Stay.within(whole, 2L, START.plusWeeks(6))).isTrue();
    }
}
