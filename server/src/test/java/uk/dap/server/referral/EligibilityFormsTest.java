package uk.dap.server.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.dap.server.programme.domain.ReferralForms;
import uk.dap.server.referral.domain.EligibilityFacts;
import uk.dap.server.referral.domain.EligibilityFacts.ChildFact;
import uk.dap.server.referral.domain.EligibilityFacts.ConsentState;
import uk.dap.server.referral.domain.EligibilityRules;
import uk.dap.server.referral.domain.RuleResult;
import uk.dap.shared.api.ProgrammeRules;
import uk.dap.shared.api.participant.Gender;
import uk.dap.shared.api.participant.SocialCareStatus;
import uk.dap.shared.api.referral.AgencyType;
import uk.dap.shared.api.referral.ReferralAnswers;
import uk.dap.shared.api.referral.RiskLevel;
import uk.dap.shared.api.referral.RuleOutcome;

/**
 * A referral form asks what the programme's rules read and offers the programme to whom its rules do not refuse
 * (ReferralForms): held against the rules themselves, so that the two cannot drift apart.
 */
class EligibilityFormsTest {
    private static final List<String> PROGRAMMES = List.of("CARING_DADS", "NEW_BEGINNINGS", "FREEDOM", "GATEWAY", "DART");
    private static final Set<String> GENDER_RULES = Set.of("CD_FATHER_FIGURE", "WOMAN", "DART_MOTHER");
    private static final ProgrammeRules RULES = new ProgrammeRules(16, 0, 16, RiskLevel.MEDIUM, 12, 8, 15, 2, 10, 14, 10, 2);

    @Test
    void aProgrammeIsOfferedForEveryGenderItsRulesDoNotRefuse() {
        for (String programme : PROGRAMMES) {
            for (Gender gender : Gender.values()) {
                boolean refused = EligibilityRules.check(facts(programme, gender, yesToAll(), List.of(child()))).stream()
                        .anyMatch(r -> GENDER_RULES.contains(r.ruleId()) && r.outcome() == RuleOutcome.FAIL);
                assertThat(ReferralForms.genders(programme).contains(gender)).as("%s, %s", programme, gender).isEqualTo(!refused);
            }
        }
    }

    @Test
    void aProgrammesRulesReadNoAnswerItsFormDoesNotAsk() {
        for (String programme : PROGRAMMES) {
            List<String> asked = ReferralForms.questions(programme);
            Gender gender = ReferralForms.genders(programme).contains(Gender.FEMALE) ? Gender.FEMALE : Gender.MALE;
            List<RuleResult> base = EligibilityRules.check(facts(programme, gender, ReferralAnswers.none(), List.of()));
            for (int field = 0; field < 5; field++) {
                List<RuleResult> changed = EligibilityRules.check(facts(programme, gender, onlyYes(field), List.of()));
                boolean reads = !outcomes(changed).equals(outcomes(base));
                assertThat(reads).as("%s reads %s", programme, NAMES.get(field)).isEqualTo(asked.contains(NAMES.get(field)));
            }
            boolean readsFamily = !outcomes(EligibilityRules.check(facts(programme, gender, ReferralAnswers.none(), List.of(child()))))
                    .equals(outcomes(base));
            assertThat(readsFamily).as("%s reads the children attending", programme).isEqualTo(asked.contains(ReferralForms.FAMILY_CHILDREN));
        }
    }

    private static final List<String> NAMES = List.of(ReferralForms.FATHER_FIGURE, ReferralForms.ABUSIVE_TO_MOTHER,
            ReferralForms.HOSTILE_AFTER_SEPARATION, ReferralForms.MAIN_CONCERN_CSA, ReferralForms.EXPERIENCED_ABUSE);

    private static ReferralAnswers onlyYes(int field) {
        Boolean[] values = new Boolean[5];
        values[field] = true;
        return new ReferralAnswers(values[0], values[1], values[2], values[3], values[4]);
    }

    private static ReferralAnswers yesToAll() {
        return new ReferralAnswers(true, true, true, false, true);
    }

    private static ChildFact child() {
        return new ChildFact(9, true, true, SocialCareStatus.CHILD_PROTECTION_PLAN, false);
    }

    private static List<String> outcomes(List<RuleResult> results) {
        List<String> shown = new ArrayList<>();
        results.forEach(r -> shown.add(r.ruleId() + "=" + r.outcome()));
        return shown;
    }

    private static EligibilityFacts facts(String programme, Gender gender, ReferralAnswers answers, List<ChildFact> family) {
        return new EligibilityFacts(programme, RULES, gender, 30, List.of(child()), family, answers, RiskLevel.HIGH, ConsentState.GIVEN,
                ConsentState.GIVEN, AgencyType.PROBATION);
    }
}
