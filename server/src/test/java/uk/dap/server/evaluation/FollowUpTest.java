package uk.dap.server.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.dap.server.evaluation.domain.FollowUp;
import uk.dap.shared.api.referral.EnrolmentState;

/** When a follow-up is due, and how long it is chased (issue 19: the list is bounded however long the service runs). */
class FollowUpTest {
    private static final LocalDate COMPLETED = LocalDate.of(2026, 1, 15);

    @Test
    void aFollowUpIsChasedFromTheDayItFallsDueForSixMonthsAndStaysDueAfter() {
        LocalDate due = COMPLETED.plusMonths(3);
        assertThat(FollowUp.toChase(EnrolmentState.COMPLETED, COMPLETED, 3, due.minusDays(1))).as("not yet").isFalse();
        assertThat(FollowUp.toChase(EnrolmentState.COMPLETED, COMPLETED, 3, due)).isTrue();
        assertThat(FollowUp.toChase(EnrolmentState.COMPLETED, COMPLETED, 3, due.plusMonths(6))).as("the last day").isTrue();
        assertThat(FollowUp.toChase(EnrolmentState.COMPLETED, COMPLETED, 3, due.plusMonths(6).plusDays(1))).as("late").isFalse();
        assertThat(FollowUp.due(EnrolmentState.COMPLETED, COMPLETED, 3, due.plusYears(5))).as("still due: an answer is taken").isTrue();
        assertThat(FollowUp.toChase(EnrolmentState.WITHDRAWN, COMPLETED, 3, due)).as("withdrawn: not followed up").isFalse();
    }

    @Test
    void everyFollowUpToChaseLiesInTheDaysTheListAsksFor() {
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.isBefore(LocalDate.of(2028, 1, 1)); today = today.plusDays(5)) {
            for (int months : new int[] {1, 2, 6, 12, 35, 36}) {
                LocalDate[] asked = FollowUp.chasedFromUntil(today, months, months);
                for (LocalDate completed = today.minusMonths(50); !completed.isAfter(today); completed = completed.plusDays(1)) {
                    if (FollowUp.toChase(EnrolmentState.COMPLETED, completed, months, today)) {
                        assertThat(completed).as("%s, %d months", today, months).isBetween(asked[0], asked[1]);
                    }
                }
            }
        }
    }
}
