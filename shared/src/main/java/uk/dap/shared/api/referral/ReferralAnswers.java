package uk.dap.shared.api.referral;

/**
 * What the referrer knows about the facts the eligibility rules ask about. Each is yes, no, or not known (null): an
 * unknown answer makes the rule "unknown" and the check "needs information", never a silent pass.
 */
public record ReferralAnswers(
        Boolean fatherFigure,
        Boolean abusiveToMother,
        Boolean hostileAfterSeparation,
        Boolean mainConcernChildSexualAbuse,
        Boolean experiencedDomesticAbuse) {

    public static ReferralAnswers none() {
        return new ReferralAnswers(null, null, null, null, null);
    }
}
