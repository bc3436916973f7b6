package uk.dap.server.referral.domain;

import java.util.List;
import uk.dap.shared.api.ProgrammeRules;
import uk.dap.shared.api.participant.Gender;
import uk.dap.shared.api.participant.SocialCareStatus;
import uk.dap.shared.api.referral.AgencyType;
import uk.dap.shared.api.referral.ReferralAnswers;
import uk.dap.shared.api.referral.RiskLevel;

/**
 * Everything the eligibility rules look at, gathered once from the referral, the participant, their children, the
 * consent records and the current risk assessment. Ages are on the referral date. {@code riskLevel} is null when no
 * risk assessment exists.
 */
public record EligibilityFacts(
        String programme,
        ProgrammeRules rules,
        Gender gender,
        int age,
        List<ChildFact> children,
        List<ChildFact> familyChildren,
        ReferralAnswers answers,
        RiskLevel riskLevel,
        ConsentState referralConsent,
        ConsentState partnerContactConsent,
        AgencyType agencyType) {

    /** A child as the rules see them: age on the referral date, where they live, contact, social care status. */
    public record ChildFact(int age, boolean livesWithParticipant, Boolean regularContact, SocialCareStatus status,
                            boolean needsCreche) {
        boolean openToSocialCare() {
            return status == SocialCareStatus.CHILD_IN_NEED || status == SocialCareStatus.CHILD_PROTECTION_PLAN
                    || status == SocialCareStatus.LOOKED_AFTER;
        }
    }

    /** Whether a kind of consent is on record: given and not withdrawn, only withdrawn, or never recorded. */
    public enum ConsentState { GIVEN, WITHDRAWN, NONE }
}
