package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each programme's eligibility rules through the real API: a referral that meets every rule is eligible, and each
 * rule failing alone makes the check ineligible with exactly that rule failed. Then the lead's decision, where going
 * against the check needs a justification and is audited.
 */
class EligibilityRulesIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    private Cases cases;
    private String lead;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
        lead = api.demo("lead");
    }

    /** A referral scenario; each "with" copy changes one fact. */
    record Spec(String programme, String gender, int age, String answers, Integer dash, List<ChildSpec> children,
                String referralConsent, String partnerConsent) {
        Spec with(String field, Object value) {
            Map<String, Object> v = new java.util.HashMap<>(Map.of("programme", programme, "gender", gender, "age", age,
                    "answers", answers, "children", children, "referralConsent", referralConsent, "partnerConsent", partnerConsent));
            v.put("dash", dash);
            v.put(field, value);
            @SuppressWarnings("unchecked")
            List<ChildSpec> kids = (List<ChildSpec>) v.get("children");
            return new Spec((String) v.get("programme"), (String) v.get("gender"), (Integer) v.get("age"), (String) v.get("answers"),
                    (Integer) v.get("dash"), kids, (String) v.get("referralConsent"), (String) v.get("partnerConsent"));
        }
    }

    record ChildSpec(int age, boolean livesWith, Boolean regularContact, String status, boolean creche, boolean family) {
    }

    static final Spec CARING_DADS = new Spec("CARING_DADS", "MALE", 35,
            "{\"fatherFigure\":true,\"abusiveToMother\":true,\"mainConcernChildSexualAbuse\":false}", 12,
            List.of(new ChildSpec(8, false, true, "CHILD_IN_NEED", false, false)), "GIVEN", "GIVEN");
    static final Spec NEW_BEGINNINGS = new Spec("NEW_BEGINNINGS", "FEMALE", 28, "{}", null,
            List.of(new ChildSpec(2, true, null, "CHILD_PROTECTION_PLAN", false, false)), "GIVEN", "NONE");
    static final Spec FREEDOM = new Spec("FREEDOM", "FEMALE", 30, "{\"experiencedDomesticAbuse\":true}", null, List.of(), "GIVEN", "NONE");
    static final Spec GATEWAY = FREEDOM.with("programme", "GATEWAY")
            .with("children", List.of(new ChildSpec(3, true, null, "NONE", true, false)));
    static final Spec DART = new Spec("DART", "FEMALE", 36, "{\"experiencedDomesticAbuse\":true}", null,
            List.of(new ChildSpec(9, true, null, "CHILD_IN_NEED", false, true)), "GIVEN", "NONE");

    static Stream<Arguments> eachRuleFailingAlone() {
        return Stream.of(
                Arguments.of(CARING_DADS.with("answers", "{\"fatherFigure\":false,\"abusiveToMother\":true,\"mainConcernChildSexualAbuse\":false}"), "CD_FATHER_FIGURE"),
                Arguments.of(CARING_DADS.with("answers", "{\"fatherFigure\":true,\"abusiveToMother\":false,\"hostileAfterSeparation\":false,\"mainConcernChildSexualAbuse\":false}"), "CD_ABUSE_OR_HOSTILITY"),
                Arguments.of(CARING_DADS.with("dash", 5), "CD_RISK_LEVEL"),
                Arguments.of(CARING_DADS.with("children", List.of(new ChildSpec(8, false, false, "CHILD_IN_NEED", false, false))), "CD_REGULAR_CONTACT"),
                Arguments.of(CARING_DADS.with("gender", "FEMALE"), "CD_FATHER_FIGURE"),
                Arguments.of(CARING_DADS.with("referralConsent", "WITHDRAWN"), "CD_CONSENT"),
                Arguments.of(CARING_DADS.with("children", List.of(new ChildSpec(8, false, true, "EARLY_HELP", false, false))), "CD_CASE_OPEN"),
                Arguments.of(CARING_DADS.with("partnerConsent", "WITHDRAWN"), "CD_MOTHER_AGREEMENT"),
                Arguments.of(CARING_DADS.with("answers", "{\"fatherFigure\":true,\"abusiveToMother\":true,\"mainConcernChildSexualAbuse\":true}"), "CD_NOT_CHILD_SEXUAL_ABUSE"),
                Arguments.of(NEW_BEGINNINGS.with("children", List.of(new ChildSpec(2, true, null, "CHILD_IN_NEED", false, false))), "NB_CHILD_PROTECTION_PLAN"),
                Arguments.of(NEW_BEGINNINGS.with("referralConsent", "WITHDRAWN"), "CONSENT"),
                Arguments.of(FREEDOM.with("gender", "MALE"), "WOMAN"),
                Arguments.of(FREEDOM.with("answers", "{\"experiencedDomesticAbuse\":false}"), "EXPERIENCED_ABUSE"),
                Arguments.of(FREEDOM.with("age", 15), "MIN_AGE"),
                Arguments.of(FREEDOM.with("referralConsent", "WITHDRAWN"), "CONSENT"),
                Arguments.of(GATEWAY.with("gender", "MALE"), "WOMAN"),
                Arguments.of(GATEWAY.with("answers", "{\"experiencedDomesticAbuse\":false}"), "EXPERIENCED_ABUSE"),
                Arguments.of(GATEWAY.with("age", 15), "MIN_AGE"),
                Arguments.of(GATEWAY.with("referralConsent", "WITHDRAWN"), "CONSENT"),
                Arguments.of(DART.with("gender", "MALE"), "DART_MOTHER"),
                Arguments.of(DART.with("answers", "{\"experiencedDomesticAbuse\":false}"), "EXPERIENCED_ABUSE"),
                Arguments.of(DART.with("children", List.of(new ChildSpec(5, true, null, "NONE", false, true))), "DART_CHILD_AGE"),
                Arguments.of(DART.with("referralConsent", "WITHDRAWN"), "CONSENT"));
    }

    @ParameterizedTest(name = "{1} fails alone")
    @MethodSource("eachRuleFailingAlone")
    void eachRuleFailingAloneMakesThePersonIneligible(Spec spec, String failingRule) {
        JsonObject check = run(spec).check();

        assertThat(check.getString("outcome")).isEqualTo("INELIGIBLE");
        Map<String, String> outcomes = outcomes(check);
        assertThat(outcomes).containsEntry(failingRule, "FAIL");
        assertThat(outcomes.entrySet()).filteredOn(e -> !e.getKey().equals(failingRule))
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isEqualTo("PASS"));
        assertThat(check.getJsonArray("rules").getValuesAs(JsonObject.class))
                .filteredOn(r -> r.getString("ruleId").equals(failingRule))
                .singleElement().satisfies(r -> assertThat(r.getString("explanation")).endsWith("."));
    }

    static Stream<Arguments> everyProgrammeWhenAllRulesPass() {
        return Stream.of(
                Arguments.of(CARING_DADS, List.of("CD_FATHER_FIGURE", "CD_ABUSE_OR_HOSTILITY", "CD_RISK_LEVEL", "CD_REGULAR_CONTACT",
                        "CD_CONSENT", "CD_CASE_OPEN", "CD_MOTHER_AGREEMENT", "CD_NOT_CHILD_SEXUAL_ABUSE")),
                Arguments.of(NEW_BEGINNINGS, List.of("NB_CHILD_PROTECTION_PLAN", "CONSENT")),
                Arguments.of(FREEDOM, List.of("WOMAN", "EXPERIENCED_ABUSE", "MIN_AGE", "CONSENT")),
                Arguments.of(GATEWAY, List.of("WOMAN", "EXPERIENCED_ABUSE", "MIN_AGE", "CONSENT", "GW_CRECHE")),
                Arguments.of(DART, List.of("DART_MOTHER", "EXPERIENCED_ABUSE", "DART_CHILD_AGE", "CONSENT")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyProgrammeWhenAllRulesPass")
    void meetingEveryRuleIsEligibleWithOneLinePerRule(Spec spec, List<String> rules) {
        JsonObject check = run(spec).check();

        assertThat(check.getString("outcome")).isEqualTo("ELIGIBLE");
        assertThat(outcomes(check)).containsOnlyKeys(rules).allSatisfy((rule, outcome) -> assertThat(outcome).isEqualTo("PASS"));
    }

    @Test
    void gatewayRecordsHowManyChildrenNeedACrechePlaceAndTheirAges() {
        Spec twoChildren = GATEWAY.with("children", List.of(new ChildSpec(3, true, null, "NONE", true, false),
                new ChildSpec(5, true, null, "NONE", true, false), new ChildSpec(12, true, null, "NONE", false, false)));

        JsonObject creche = rule(run(twoChildren).check(), "GW_CRECHE");

        assertThat(creche.getString("explanation")).isEqualTo("2 children need a crèche place (aged 3, 5).");
    }

    @Test
    void caringDadsLooksAtChildrenAgedZeroToSixteenOnly() {
        JsonObject check = run(CARING_DADS.with("children", List.of(new ChildSpec(17, false, true, "CHILD_IN_NEED", false, false)))).check();

        assertThat(check.getString("outcome")).isEqualTo("INELIGIBLE");
        assertThat(outcomes(check)).containsEntry("CD_REGULAR_CONTACT", "FAIL").containsEntry("CD_CASE_OPEN", "FAIL");
        assertThat(rule(check, "CD_REGULAR_CONTACT").getString("explanation")).isEqualTo("None of the recorded children is aged 0-16.");
    }

    @Test
    void aHostileRelationshipAfterSeparationCountsForCaringDads() {
        Spec hostile = CARING_DADS.with("answers",
                "{\"fatherFigure\":true,\"abusiveToMother\":false,\"hostileAfterSeparation\":true,\"mainConcernChildSexualAbuse\":false}");

        assertThat(rule(run(hostile).check(), "CD_ABUSE_OR_HOSTILITY").getString("outcome")).isEqualTo("PASS");
    }

    @Test
    void professionalJudgementRaisesTheRiskLevelAndBothAreKept() {
        Scenario s = run(CARING_DADS.with("dash", 4));
        Api.Answer raised = api.post("api/referrals/" + s.referral + "/risk",
                "{\"dashScore\":4,\"judgedLevel\":\"HIGH\",\"judgementReason\":\"Threats to kill (fictional)\"}", lead);
        assertThat(raised.status()).isEqualTo(201);
        assertThat(raised.json().getString("scoreLevel")).isEqualTo("STANDARD");
        assertThat(raised.json().getString("level")).isEqualTo("HIGH");

        assertThat(rule(s.check(), "CD_RISK_LEVEL").getString("outcome")).isEqualTo("PASS");
        JsonObject referral = api.get("api/referrals/" + s.referral, lead).json();
        assertThat(referral.getJsonArray("riskHistory")).hasSize(2);

        Api.Answer lowered = api.post("api/referrals/" + s.referral + "/risk",
                "{\"dashScore\":15,\"judgedLevel\":\"MEDIUM\",\"judgementReason\":\"Lower\"}", lead);
        assertThat(lowered.status()).isEqualTo(400);
        assertThat(lowered.json().getString("detail")).contains("raise the level, not lower it");
    }

    @Test
    void aMissingFactNeedsInformationRatherThanPassing() {
        JsonObject check = run(CARING_DADS.with("answers", "{\"fatherFigure\":true,\"abusiveToMother\":true}")
                .with("partnerConsent", "NONE")).check();

        assertThat(check.getString("outcome")).isEqualTo("NEEDS_INFORMATION");
        assertThat(outcomes(check)).containsEntry("CD_NOT_CHILD_SEXUAL_ABUSE", "UNKNOWN").containsEntry("CD_MOTHER_AGREEMENT", "UNKNOWN");
    }

    @Test
    void freedomTakesSelfReferralsButCaringDadsDoesNot() {
        long woman = cases.participant(lead, "Selfie", "FEMALE", TODAY.minusYears(30));
        JsonObject referral = cases.referral(lead, """
                {"participantId":%d,"programme":"FREEDOM","agencyType":"SELF_REFERRAL","reason":"Asked for a place","answers":{"experiencedDomesticAbuse":true}}
                """.formatted(woman));
        JsonObject check = cases.check(lead, referral.getJsonNumber("id").longValue());
        assertThat(rule(check, "CONSENT").getString("explanation")).isEqualTo("She referred herself.");
        assertThat(check.getString("outcome")).isEqualTo("ELIGIBLE");

        long man = cases.participant(lead, "Selfman", "MALE", TODAY.minusYears(30));
        Api.Answer refused = api.post("api/referrals", """
                {"participantId":%d,"programme":"CARING_DADS","agencyType":"SELF_REFERRAL","reason":"Asked"}
                """.formatted(man), lead);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().getString("detail")).contains("does not take self-referrals");
    }

    @Test
    void decliningAnEligiblePersonNeedsAJustificationAndIsAuditedAsAnOverride() {
        Scenario s = run(FREEDOM);
        s.check();
        Api.Answer bare = api.post("api/referrals/" + s.referral + "/decisions", "{\"decision\":\"DECLINE\",\"reason\":\"No places\"}", lead);
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.contentType()).startsWith("application/problem+json");
        assertThat(api.get("api/referrals/" + s.referral, lead).json().getJsonObject("enrolment").getString("state"))
                .as("nothing half-written").isEqualTo("ASSESSED");

        Api.Answer justified = api.post("api/referrals/" + s.referral + "/decisions",
                "{\"decision\":\"DECLINE\",\"reason\":\"No places\",\"justification\":\"She has since moved out of area (fictional).\"}", lead);
        assertThat(justified.status()).isEqualTo(201);
        assertThat(justified.json().getString("checkOutcome")).isEqualTo("ELIGIBLE");
        assertThat(api.get("api/referrals/" + s.referral, lead).json().getJsonObject("enrolment").getString("state")).isEqualTo("INELIGIBLE");
        assertThat(api.get("api/audit?limit=30", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("action")).isEqualTo("OVERRIDE_ELIGIBILITY");
                    assertThat(e.getString("recordId")).isEqualTo(String.valueOf(s.referral));
                    assertThat(e.getString("actor")).isEqualTo("demo-lead");
                });
    }

    @Test
    void acceptingSomeoneNotFoundEligibleNeedsAJustification() {
        Scenario s = run(FREEDOM.with("age", 15));
        s.check();
        Api.Answer bare = api.post("api/referrals/" + s.referral + "/decisions", "{\"decision\":\"ACCEPT\",\"reason\":\"Keen\"}", lead);
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.json().getString("detail")).contains("Write a justification to accept them anyway");

        Api.Answer deferred = api.post("api/referrals/" + s.referral + "/decisions", "{\"decision\":\"DEFER\",\"reason\":\"Ask the school\"}", lead);
        assertThat(deferred.status()).isEqualTo(201);
        assertThat(api.get("api/referrals/" + s.referral, lead).json().getJsonObject("enrolment").getString("state")).isEqualTo("ASSESSED");
    }

    @Test
    void onlyALeadOfTheProgrammeDecides() {
        Scenario s = run(CARING_DADS);
        s.check();
        String freedomLead = cases.account("PROGRAMME_LEAD", "FREEDOM").token();
        assertThat(api.post("api/referrals/" + s.referral + "/decisions", "{\"decision\":\"ACCEPT\",\"reason\":\"x\"}", freedomLead).status())
                .as("a lead of another programme does not even see it").isEqualTo(404);
        assertThat(api.post("api/referrals/" + s.referral + "/decisions", "{\"decision\":\"ACCEPT\",\"reason\":\"x\"}", api.demo("keyworker")).status())
                .isEqualTo(403);
    }

    private final class Scenario {
        final long referral;

        Scenario(long referral) {
            this.referral = referral;
        }

        JsonObject check() {
            return cases.check(lead, referral);
        }
    }

    /** Builds the scenario through the API: participant, children, referral with answers and risk, consents. */
    private Scenario run(Spec spec) {
        long participant = cases.participant(lead, "Rule", spec.gender(), TODAY.minusYears(spec.age()).minusMonths(1));
        List<Long> family = new ArrayList<>();
        for (ChildSpec child : spec.children()) {
            long id = cases.child(lead, participant, TODAY.minusYears(child.age()).minusMonths(1), child.livesWith(),
                    child.regularContact(), child.status(), child.creche());
            if (child.family()) {
                family.add(id);
            }
        }
        String risk = spec.dash() == null ? "null" : "{\"dashScore\":" + spec.dash() + "}";
        JsonObject referral = cases.referral(lead, """
                {"participantId":%d,"programme":"%s","agencyType":"CHILDRENS_SOCIAL_CARE","externalAgency":"Exampleshire Council (fictional)",
                 "externalContact":"A. Worker (fictional)","reason":"Test referral","answers":%s,"familyChildIds":%s,"risk":%s}
                """.formatted(participant, spec.programme(), spec.answers(), family.isEmpty() ? "null" : family.toString(), risk));
        long id = referral.getJsonNumber("id").longValue();
        consent(id, "REFERRAL", spec.referralConsent());
        consent(id, "PARTNER_CONTACT", spec.partnerConsent());
        return new Scenario(id);
    }

    private void consent(long referral, String purpose, String state) {
        if (state.equals("NONE")) {
            return;
        }
        long consent = cases.consent(lead, referral, purpose);
        if (state.equals("WITHDRAWN")) {
            Api.Answer withdrawn = api.post("api/referrals/" + referral + "/consents/" + consent + "/withdrawal", "{\"note\":\"Changed mind\"}", lead);
            assertThat(withdrawn.status()).isEqualTo(200);
            assertThat(withdrawn.json().getBoolean("active")).isFalse();
        }
    }

    private static Map<String, String> outcomes(JsonObject check) {
        return check.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("ruleId"), r -> r.getString("outcome")));
    }

    private static JsonObject rule(JsonObject check, String ruleId) {
        return check.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("ruleId").equals(ruleId)).findFirst().orElseThrow();
    }
}
