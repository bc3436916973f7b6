package uk.dap.shared.api.referral;

import java.time.LocalDate;
import java.util.List;
import uk.dap.shared.api.participant.ParticipantSummary;

/** A referral with its consent records, risk history, eligibility checks, decisions and enrolment. */
public record ReferralView(
        Long id,
        ParticipantSummary participant,
        String programme,
        String referrer,
        AgencyType agencyType,
        String externalAgency,
        String externalContact,
        LocalDate referredOn,
        String reason,
        ReferralAnswers answers,
        List<Long> familyChildIds,
        RiskView risk,
        List<RiskView> riskHistory,
        List<ConsentView> consents,
        EligibilityCheckView latestCheck,
        List<DecisionView> decisions,
        EnrolmentView enrolment) {
}
