package uk.dap.shared.api.outcome;

import java.time.Instant;
import java.util.List;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.WithdrawalReason;

/**
 * An enrolment's outcome. {@code recorded} is false until a worker records it: the children then show their status
 * today. A referrer's view has no {@code summary} (it is a worker's note). {@code supportGroupSessions} counts the
 * post-programme support group sessions attended (New Beginnings records).
 */
public record OutcomeView(
        Long enrolmentId,
        String programmeCode,
        EnrolmentState state,
        WithdrawalReason withdrawalReason,
        boolean recorded,
        String summary,
        List<OutcomeChild> children,
        PostProgrammeSupport support,
        int supportGroupSessions,
        String recordedBy,
        Instant recordedAt) {
}
