package uk.dap.shared.api.onetoone;

import java.util.List;
import uk.dap.shared.api.referral.EnrolmentState;

/** A New Beginnings enrolment's one-to-one records, oldest first within each kind, and the strategies to choose from. */
public record NewBeginningsRecords(
        Long enrolmentId,
        Long participantId,
        String participantReference,
        EnrolmentState state,
        List<OneToOneEntry> entries,
        List<AttachmentStrategyView> strategies) {
}
