package uk.dap.shared.api.progress;

import java.time.LocalDate;
import java.util.List;
import uk.dap.shared.api.cohort.AlertView;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.WithdrawalReason;

/**
 * One enrolment's progress: where it stands, the attendance record week by week, and the alerts raised about it.
 *
 * @param withdrawalNote null in the referrer's view: it can hold case detail
 */
public record EnrolmentProgress(Long enrolmentId, Long referralId, String programmeCode, String programmeName, EnrolmentState state,
                                Long cohortId, LocalDate firstSession, LocalDate lastSession, AttendanceSummary attendance,
                                List<WeekMark> weeks, List<AlertView> alerts, WithdrawalReason withdrawalReason,
                                String withdrawalNote) {
}
