package uk.dap.shared.api.outcome;

import java.time.LocalDate;
import java.util.List;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.referral.EnrolmentState;

/**
 * Whether an enrolment meets its programme's completion rule, with each condition and the figures behind it.
 * {@code sessionsCounted} are the cohort's sessions that were not cancelled; {@code attendancePercent} is
 * {@code sessionsAttended} out of them, rounded down (null when there are none). The final session is the last one
 * not cancelled.
 */
public record CompletionAssessment(
        Long enrolmentId,
        String programmeCode,
        EnrolmentState state,
        boolean met,
        int sessionsCounted,
        int sessionsCancelled,
        int sessionsAttended,
        int sessionsExcused,
        Integer attendancePercent,
        int minAttendancePercent,
        Integer finalSessionNumber,
        LocalDate finalSessionDate,
        AttendanceStatus finalSessionStatus,
        boolean postQuestionnaireRequired,
        boolean postQuestionnaireDone,
        List<CompletionCondition> conditions) {
}
