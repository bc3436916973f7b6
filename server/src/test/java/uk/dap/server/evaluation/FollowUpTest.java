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
    void theListLooksBackFarEnoughForTheLongestPlan() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        LocalDate completed = FollowUp.chasedSince(today);
        assertThat(FollowUp.toChase(EnrolmentState.COMPLETED, completed, FollowUp.LONGEST_MONTHS, today)).isTrue();
        assertThat(FollowUp.toChase(EnrolmentState.COMPLETED, completed.minusDays(1), FollowUp.LONGEST_MONTHS, today)).isFalse();
    }
}
