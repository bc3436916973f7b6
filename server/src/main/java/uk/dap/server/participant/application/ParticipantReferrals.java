package uk.dap.server.participant.application;

import java.util.List;
import uk.dap.server.security.application.Caller;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.api.referral.RiskLevel;

/**
 * What a participant's record shows of their referrals: declared here and implemented by
 * {@code referral.application.ReferralsOfParticipant}, so that participants need not depend on referrals (which are
 * made for participants).
 */
public interface ParticipantReferrals {
    /** The participant's referrals that the caller may see (ParticipantAccess.referralScope), newest first. */
    List<ReferralSummary> visibleTo(Caller caller, Long participantId);

    /** The level of the newest risk assessment on any of the person's referrals; null when none. */
    RiskLevel latestRisk(Long participantId);
}
