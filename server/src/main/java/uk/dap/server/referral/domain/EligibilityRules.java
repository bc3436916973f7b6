package uk.dap.server.referral.domain;

import static uk.dap.server.referral.domain.RuleResult.fail;
import static uk.dap.server.referral.domain.RuleResult.pass;
import static uk.dap.server.referral.domain.RuleResult.unknown;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.dap.server.referral.domain.EligibilityFacts.ChildFact;
import uk.dap.server.referral.domain.EligibilityFacts.ConsentState;
import uk.dap.shared.api.participant.Gender;
import uk.dap.shared.api.participant.SocialCareStatus;
import uk.dap.shared.api.referral.AgencyType;
import uk.dap.shared.api.referral.RiskLevel;

/**
 * One rule set per programme (shared/domain.md). Each rule answers pass, fail or unknown with a sentence for the
 * programme lead; a missing fact is "unknown", never a pass. Values marked configurable in domain.md (ages, risk
 * level) come from the programme's {@code ProgrammeRules}, not from here.
 */
public final class EligibilityRules {
    private EligibilityRules() {
    }

    public static List<RuleResult> check(EligibilityFacts facts) {
        return switch (facts.programme()) {
            case "CARING_DADS" -> caringDads(facts);
            case "NEW_BEGINNINGS" -> newBeginnings(facts);
            case "FREEDOM" -> womensProgramme(facts, false);
            case "GATEWAY" -> womensProgramme(facts, true);
            case "DART" -> dart(facts);
            default -> throw new IllegalArgumentException("No eligibility rules for " + facts.programme());
        };
    }

    private static List<RuleResult> caringDads(EligibilityFacts f) {
        int minAge = orZero(f.rules().childMinAge());
        int maxAge = f.rules().childMaxAge() == null ? 17 : f.rules().childMaxAge();
        String ages = "aged " + minAge + "-" + maxAge;
        List<RuleResult> results = new ArrayList<>();
        results.add(f.gender() == Gender.FEMALE
                ? fail("CD_FATHER_FIGURE", "Caring Dads is for fathers and father figures; she is recorded as a woman.")
                : yesNo("CD_FATHER_FIGURE", f.answers().fatherFigure(),
                "He is a father or father figure to the children (stepfathers count).",
                "He is not a father or father figure to the children.",
                "It is not recorded whether he is a father or father figure to the children."));
        Boolean abusive = f.answers().abusiveToMother();
        Boolean hostile = f.answers().hostileAfterSeparation();
        if (Boolean.TRUE.equals(abusive) || Boolean.TRUE.equals(hostile)) {
            results.add(pass("CD_ABUSE_OR_HOSTILITY", Boolean.TRUE.equals(abusive)
                    ? "He has been physically or emotionally abusive towards the children's mother."
                    : "He has separated from the children's mother and keeps a hostile relationship with her."));
        } else if (Boolean.FALSE.equals(abusive) && Boolean.FALSE.equals(hostile)) {
            results.add(fail("CD_ABUSE_OR_HOSTILITY", "He has not been abusive towards the children's mother and "
                    + "does not keep a hostile relationship with her: Caring Dads is not the right programme."));
        } else {
            results.add(unknown("CD_ABUSE_OR_HOSTILITY", "It is not recorded whether he has been abusive towards the "
                    + "children's mother, or keeps a hostile relationship with her after separating."));
        }
        RiskLevel minimum = f.rules().minRiskLevel() == null ? RiskLevel.MEDIUM : f.rules().minRiskLevel();
        if (f.riskLevel() == null) {
            results.add(unknown("CD_RISK_LEVEL", "No risk assessment is recorded: add the DASH score."));
        } else if (f.riskLevel().compareTo(minimum) >= 0) {
            results.add(pass("CD_RISK_LEVEL", "His risk level is " + f.riskLevel().label().toLowerCase() + "."));
        } else {
            results.add(fail("CD_RISK_LEVEL", "His risk level is " + f.riskLevel().label().toLowerCase()
                    + "; Caring Dads is for " + minimum.label().toLowerCase() + " risk or higher."));
        }
        List<ChildFact> inAge = f.children().stream().filter(c -> c.age() >= minAge && c.age() <= maxAge).toList();
        if (f.children().isEmpty()) {
            results.add(unknown("CD_REGULAR_CONTACT", "No children are recorded: add the children he is in contact with."));
        } else if (inAge.isEmpty()) {
            results.add(fail("CD_REGULAR_CONTACT", "None of the recorded children is " + ages + "."));
        } else if (inAge.stream().anyMatch(c -> c.livesWithParticipant() || Boolean.TRUE.equals(c.regularContact()))) {
            results.add(pass("CD_REGULAR_CONTACT", "He has regular contact with at least one child " + ages + "."));
        } else if (inAge.stream().allMatch(c -> Boolean.FALSE.equals(c.regularContact()))) {
            results.add(fail("CD_REGULAR_CONTACT", "He has no regular contact with any child " + ages + "."));
        } else {
            results.add(unknown("CD_REGULAR_CONTACT", "It is not recorded whether he has regular contact with the children " + ages + "."));
        }
        results.add(consent("CD_CONSENT", f.referralConsent(),
                "He is willing and his consent to the referral is recorded.",
                "He has withdrawn his consent to the referral.",
                "His consent to the referral is not recorded: the referring social worker must obtain it."));
        if (f.children().isEmpty()) {
            results.add(unknown("CD_CASE_OPEN", "No children are recorded, so it is not known whether their case is open to children's social care."));
        } else if (inAge.stream().anyMatch(ChildFact::openToSocialCare)) {
            results.add(pass("CD_CASE_OPEN", "The case of a child " + ages + " is open to children's social care."));
        } else {
            results.add(fail("CD_CASE_OPEN", "No case of a child " + ages + " is open to children's social care (child in need, "
                    + "child protection plan or looked after); Caring Dads needs an open case."));
        }
        results.add(consent("CD_MOTHER_AGREEMENT", f.partnerContactConsent(),
                "The mother's agreement has been sought and recorded (partner contact).",
                "The mother has withdrawn her agreement to partner contact.",
                "The mother's agreement (partner contact) has not been recorded."));
        Boolean csa = f.answers().mainConcernChildSexualAbuse();
        results.add(csa == null
                ? unknown("CD_NOT_CHILD_SEXUAL_ABUSE", "It is not recorded whether the main concern is child sexual abuse.")
                : csa ? fail("CD_NOT_CHILD_SEXUAL_ABUSE", "The main concern is child sexual abuse, which Caring Dads excludes.")
                      : pass("CD_NOT_CHILD_SEXUAL_ABUSE", "The main concern is not child sexual abuse."));
        return results;
    }

    private static List<RuleResult> newBeginnings(EligibilityFacts f) {
        List<RuleResult> results = new ArrayList<>();
        if (f.children().isEmpty()) {
            results.add(unknown("NB_CHILD_PROTECTION_PLAN", "No children are recorded: add the children and their status with children's social care."));
        } else if (f.children().stream().anyMatch(c -> c.status() == SocialCareStatus.CHILD_PROTECTION_PLAN)) {
            results.add(pass("NB_CHILD_PROTECTION_PLAN", "At least one of the children is on a child protection plan."));
        } else {
            results.add(fail("NB_CHILD_PROTECTION_PLAN", "None of the children is on a child protection plan; New Beginnings is for parents whose children are."));
        }
        results.add(referralConsent(f));
        return results;
    }

    private static List<RuleResult> womensProgramme(EligibilityFacts f, boolean gateway) {
        List<RuleResult> results = new ArrayList<>();
        results.add(woman("WOMAN", f.gender(), "She is a woman.", "The programme is for women."));
        results.add(yesNo("EXPERIENCED_ABUSE", f.answers().experiencedDomesticAbuse(),
                "She has experienced domestic abuse.",
                "She has not experienced domestic abuse; the programme is for women who have.",
                "It is not recorded whether she has experienced domestic abuse."));
        int minAge = f.rules().minAgeYears() == null ? 16 : f.rules().minAgeYears();
        results.add(f.age() >= minAge
                ? pass("MIN_AGE", "She is " + f.age() + ", at least " + minAge + ".")
                : fail("MIN_AGE", "She is " + f.age() + "; the programme is for women aged " + minAge + " or over."));
        results.add(referralConsent(f));
        if (gateway) {
            List<Integer> creche = f.children().stream().filter(ChildFact::needsCreche).map(ChildFact::age).sorted().toList();
            results.add(pass("GW_CRECHE", creche.isEmpty() ? "No children need a crèche place."
                    : creche.size() + (creche.size() == 1 ? " child needs" : " children need") + " a crèche place (aged "
                      + creche.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")."));
        }
        return results;
    }

    private static List<RuleResult> dart(EligibilityFacts f) {
        int minAge = f.rules().childMinAge() == null ? 7 : f.rules().childMinAge();
        int maxAge = f.rules().childMaxAge() == null ? 14 : f.rules().childMaxAge();
        List<RuleResult> results = new ArrayList<>();
        results.add(woman("DART_MOTHER", f.gender(), "She is the children's mother.", "DART is for mothers with their children."));
        results.add(yesNo("EXPERIENCED_ABUSE", f.answers().experiencedDomesticAbuse(),
                "She and her children have experienced domestic abuse.",
                "She has not experienced domestic abuse; DART is for families who have.",
                "It is not recorded whether she and her children have experienced domestic abuse."));
        if (f.familyChildren().isEmpty()) {
            results.add(unknown("DART_CHILD_AGE", "Choose the children who will attend with her (aged " + minAge + "-" + maxAge + ")."));
        } else if (f.familyChildren().stream().anyMatch(c -> c.age() >= minAge && c.age() <= maxAge)) {
            results.add(pass("DART_CHILD_AGE", "At least one of the children attending with her is aged " + minAge + "-" + maxAge + "."));
        } else {
            results.add(fail("DART_CHILD_AGE", "None of the children attending with her is aged " + minAge + "-" + maxAge + "."));
        }
        results.add(referralConsent(f));
        return results;
    }

    private static RuleResult referralConsent(EligibilityFacts f) {
        if (f.agencyType() == AgencyType.SELF_REFERRAL && f.referralConsent() != ConsentState.WITHDRAWN) {
            return pass("CONSENT", "She referred herself.");
        }
        return consent("CONSENT", f.referralConsent(), "Consent to the referral is recorded.",
                "Consent to the referral has been withdrawn.", "Consent to the referral is not recorded.");
    }

    private static RuleResult woman(String id, Gender gender, String yes, String no) {
        if (gender == Gender.FEMALE) {
            return pass(id, yes);
        }
        return gender == null || gender == Gender.NOT_SAID
                ? unknown(id, "Her gender is not recorded.") : fail(id, no);
    }

    private static RuleResult yesNo(String id, Boolean answer, String yes, String no, String notKnown) {
        return answer == null ? unknown(id, notKnown) : answer ? pass(id, yes) : fail(id, no);
    }

    private static RuleResult consent(String id, ConsentState state, String given, String withdrawn, String none) {
        return switch (state) {
            case GIVEN -> pass(id, given);
            case WITHDRAWN -> fail(id, withdrawn);
            case NONE -> unknown(id, none);
        };
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
