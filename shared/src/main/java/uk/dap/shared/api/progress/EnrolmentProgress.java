package uk.dap.shared.api.progress;

import java.time.LocalDate;
import java.util.List;
import uk.dap.shared.api.cohort.AlertView;
import uk.dap.shared.api.evaluation.ScoreChange;
import uk.dap.shared.api.outcome.OutcomeView;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.WithdrawalReason;

/**
 * One enrolment's progress: where it stands, the attendance record week by week, the alerts raised about it, and at
 * the end its outcome.
 *
 * @param withdrawalNote null in the referrer's view: it can hold case detail
 * @param scores each instrument's score before, after (and the change) and at follow-up, as answered so far
 * @param outcome null while the enrolment runs and nothing is recorded; without its summary in the referrer's view
 */
public record EnrolmentProgress(Long enrolmentId, Long referralId, String programmeCode, String programmeName, EnrolmentState state,
                                Long cohortId, LocalDate firstSession, LocalDate lastSession, AttendanceSummary attendance,
                                List<WeekMark> weeks, List<AlertView> alerts, WithdrawalReason withdrawalReason,
                                String withdrawalNote, List<ScoreChange> scores, OutcomeView outcome) {
}
