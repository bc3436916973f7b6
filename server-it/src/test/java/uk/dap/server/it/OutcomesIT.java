package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Completion by the programme's rule over a cohort with a known attendance record, the lead's confirmation refused
 * when the rule is not met, and the outcome at the end: children's social care status at the start and the end,
 * post-programme support, and who may read and record it.
 */
class OutcomesIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private Cases cases;
    private String lead;
    private Cases.Account facilitator;
    private Cases.Account keyWorker;
    private Cases.Account referrer;
    private long cohort;
    private List<Long> sessions;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
        lead = api.demo("lead");
        facilitator = cases.account("FACILITATOR");
        keyWorker = cases.account("KEY_WORKER");
        referrer = cases.account("REFERRER");
        // Twelve weekly sessions that are all over (with room for closure days other tests add, which push sessions on).
        JsonObject created = cases.cohort(lead, "FREEDOM", cases.venue("Outcome Rooms"), TODAY.minusWeeks(18), "10:00", 12, facilitator.id());
        cohort = created.getInt("id");
    }

    /** Referred by the referrer, with the key worker assigned, accepted and placed; one child on a child protection plan. */
    private Person person(String first) {
        long participant = cases.participant(referrer.token(), """
                {"firstName":"%s","lastName":"Outcome-%s","dateOfBirth":"1991-02-03","gender":"FEMALE","keyWorkerId":%d,"confirmedDifferentPerson":true}
                """.formatted(first, first, keyWorker.id()));
        long child = cases.child(referrer.token(), participant, TODAY.minusYears(6), true, true, "CHILD_PROTECTION_PLAN", false);
        long referral = cases.referral(referrer.token(), """
                {"participantId":%d,"programme":"FREEDOM","agencyType":"IDVA_SERVICE","reason":"Fictional","answers":{"experiencedDomesticAbuse":true}}
                """.formatted(participant)).getJsonNumber("id").longValue();
        cases.check(lead, referral);
        cases.accept(lead, referral);
        long enrolment = api.get("api/referrals/" + referral, lead).json().getJsonObject("enrolment").getJsonNumber("id").longValue();
        assertThat(cases.place(lead, enrolment, cohort).json().getString("state")).isEqualTo("ENROLLED");
        return new Person(participant, child, enrolment);
    }

    record Person(long participant, long child, long enrolment) {
    }

    /** Cancels the fourth session (a replacement is added after the last) and returns the sessions held, in order. */
    private List<Long> cancelFourthSession() {
        long fourth = sessionIds().get(3);
        Cases.expect(api.post("api/cohorts/" + cohort + "/sessions/" + fourth + "/cancellation", "{\"reason\":\"Venue flooded (test)\"}", lead), 200);
        return api.get("api/cohorts/" + cohort, lead).json().getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("status").equals("SCHEDULED")).map(s -> s.getJsonNumber("id").longValue()).toList();
    }

    private List<Long> sessionIds() {
        return api.get("api/cohorts/" + cohort, lead).json().getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("id").longValue()).toList();
    }

    /** Marks the person on each held session: P present, L late, A absent, E excused, - unmarked. */
    private void marks(Person person, String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            String status = switch (pattern.charAt(i)) {
                case 'P' -> "PRESENT";
                case 'L' -> "LATE";
                case 'A' -> "ABSENT";
                case 'E' -> "EXCUSED";
                default -> null;
            };
            if (status != null) {
                Cases.expect(api.put("api/sessions/" + sessions.get(i) + "/register/" + person.enrolment(), "{\"status\":\"" + status + "\"}", lead), 200);
            }
        }
    }

    private JsonObject assessment(Person person) {
        Api.Answer answer = api.get("api/enrolments/" + person.enrolment() + "/completion-assessment", lead);
        Cases.expect(answer, 200);
        return answer.json();
    }

    private static JsonObject condition(JsonObject assessment, String code) {
        return assessment.getJsonArray("conditions").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow();
    }

    /**
     * A withdrawal recorded after the fact keeps the day it happened (it was silently ignored before issue 17, and the
     * report's weeks to withdrawal counted to the day it was typed in); a day that cannot be true is refused, naming the
     * field, and so is a field the endpoint does not take.
     */
    @Test
    void aWithdrawalKeepsTheDayItHappenedAndADayThatCannotBeTrueIsRefused() {
        LocalDate referred = TODAY.minusDays(60);
        Cases.Ready rhian = cases.placedInFreedom(referrer.token(), lead, keyWorker.id(), cohort, "Rhian", "Outcome-Rhian", null, referred);
        JsonObject attended = api.get("api/cohorts/" + cohort, lead).json().getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .filter(s -> !LocalDate.parse(s.getString("date")).isBefore(referred.plusDays(7))).findFirst().orElseThrow();
        LocalDate attendedOn = LocalDate.parse(attended.getString("date"));
        Cases.expect(api.put("api/sessions/" + attended.getJsonNumber("id") + "/register/" + rhian.enrolment(), "{\"status\":\"PRESENT\"}", lead), 200);
        String withdrawal = "api/enrolments/" + rhian.enrolment() + "/withdrawal";

        Api.Answer future = api.post(withdrawal, "{\"reason\":\"MOVED_AWAY\",\"withdrawnOn\":\"" + TODAY.plusDays(1) + "\"}", lead);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("withdrawnOn");
        assertThat(future.json().getString("detail")).isEqualTo("The day they withdrew cannot be in the future.");
        Api.Answer beforeReferral = api.post(withdrawal, "{\"reason\":\"MOVED_AWAY\",\"withdrawnOn\":\"" + referred.minusDays(1) + "\"}", lead);
        assertThat(beforeReferral.status()).isEqualTo(400);
        assertThat(beforeReferral.json().getString("detail")).contains("before the referral");
        Api.Answer beforeAttended = api.post(withdrawal, "{\"reason\":\"MOVED_AWAY\",\"withdrawnOn\":\"" + attendedOn.minusDays(1) + "\"}", lead);
        assertThat(beforeAttended.status()).isEqualTo(400);
        assertThat(beforeAttended.json().getString("detail")).contains("before a session they attended");
        Api.Answer misspelt = api.post(withdrawal, "{\"reason\":\"MOVED_AWAY\",\"withdrawnOnn\":\"" + attendedOn.plusDays(3) + "\"}", lead);
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.contentType()).startsWith("application/problem+json");
        assertThat(misspelt.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("withdrawnOnn");
        assertThat(misspelt.json().getString("detail")).contains("does not take a field called 'withdrawnOnn'");
        assertThat(api.get("api/referrals/" + rhian.referral(), lead).json().getJsonObject("enrolment").getString("state"))
                .as("nothing changed").isEqualTo("ENROLLED");

        Api.Answer withdrawn = api.post(withdrawal, "{\"reason\":\"MOVED_AWAY\",\"withdrawnOn\":\"" + attendedOn.plusDays(3) + "\"}", lead);
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().getString("state")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().getString("endedOn")).isEqualTo(attendedOn.plusDays(3).toString());
        assertThat(api.get("api/audit?limit=50", api.demo("admin")).array().getValuesAs(JsonObject.class)).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("ENROLMENT_STATE");
            assertThat(e.getString("recordId")).isEqualTo(Long.toString(rhian.enrolment()));
            assertThat(e.getString("detail")).startsWith("ENROLLED -> WITHDRAWN").endsWith(", on " + attendedOn.plusDays(3));
        });
    }

    @Test
    void completionIsNotDatedInTheFuture() {
        Person met = person("Sian");
        sessions = api.get("api/cohorts/" + cohort, lead).json().getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("id").longValue()).toList();
        marks(met, "PPPPPPPPPPPP");
        Api.Answer future = api.post("api/enrolments/" + met.enrolment() + "/completion", "{\"completedOn\":\"" + TODAY.plusDays(1) + "\"}", lead);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("completedOn");
        Api.Answer today = api.post("api/enrolments/" + met.enrolment() + "/completion", null, lead);
        assertThat(today.status()).as("no body: completed today").isEqualTo(200);
        assertThat(today.json().getString("endedOn")).isEqualTo(TODAY.toString());
    }

    /**
     * The bug of issue 17: a woman placed today in a Gateway cohort that started twelve weeks ago, marked on paper at its
     * first session only, was assessed over that one session (met, final session 1) and could be confirmed complete.
     */
    @Test
    void aLateJoinerIsMeasuredAgainstTheWholeProgrammeNotTheSessionsSheHappensToBeMarkedFor() {
        Cases.Account gwLead = cases.account("PROGRAMME_LEAD", "GATEWAY");
        long gateway = cases.cohort(gwLead.token(), "GATEWAY", cases.venue("Gateway Rooms"), TODAY.minusDays(84), "10:00", 12, facilitator.id())
                .getInt("id");
        long her = cases.participant(gwLead.token(), "Lowri", "FEMALE", LocalDate.of(1990, 1, 1));
        Cases.Ready late = cases.eligible(gwLead.token(), her, "GATEWAY", TODAY.minusDays(7));
        Cases.expect(cases.place(gwLead.token(), late.enrolment(), gateway), 200);
        List<JsonObject> all = api.get("api/cohorts/" + gateway, gwLead.token()).json().getJsonArray("sessions").getValuesAs(JsonObject.class);
        List<JsonObject> held = all.stream().filter(s -> s.getString("status").equals("SCHEDULED")).toList();
        long first = held.get(0).getJsonNumber("id").longValue();
        Cases.expect(api.put("api/sessions/" + first + "/register/" + late.enrolment(), "{\"status\":\"ATTENDED_PAPER\"}", gwLead.token()), 200);
        Cases.expect(api.post("api/sessions/" + first + "/register/closure", null, gwLead.token()), 200);

        JsonObject assessed = assessment(late.enrolment(), gwLead.token());
        assertThat(assessed.getBoolean("met")).as("one session of twelve").isFalse();
        assertThat(assessed.getInt("sessionsCounted")).as("the whole programme").isEqualTo(held.size());
        assertThat(assessed.getInt("sessionsAttended")).isEqualTo(1);
        assertThat(assessed.getInt("finalSessionNumber")).isEqualTo(held.get(held.size() - 1).getInt("number"));
        Api.Answer refused = api.post("api/enrolments/" + late.enrolment() + "/completion", null, gwLead.token());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).contains("Attended 1 of " + held.size());
    }

    @Test
    void caringDadsAlsoNeedsThePostQuestionnaireAnsweredAtTheKioskOrOnPaper() {
        Cases.Account cdLead = cases.account("PROGRAMME_LEAD", "CARING_DADS");
        JsonObject created = cases.cohort(cdLead.token(), "CARING_DADS", cases.venue("Dads Hall"), TODAY.minusWeeks(26), "18:00", 12,
                facilitator.id(), cases.account("FACILITATOR").id());
        long dadsCohort = created.getInt("id");
        long him = cases.participant(cdLead.token(), "Gethin", "MALE", LocalDate.of(1985, 5, 5));
        Cases.Ready dad = cases.eligible(cdLead.token(), him, "CARING_DADS", TODAY.minusWeeks(8));
        Cases.expect(cases.place(cdLead.token(), dad.enrolment(), dadsCohort), 200);
        List<Long> held = api.get("api/cohorts/" + dadsCohort, cdLead.token()).json().getJsonArray("sessions").getValuesAs(JsonObject.class)
                .stream().map(x -> x.getJsonNumber("id").longValue()).toList();
        assertThat(held).hasSize(17);
        for (long session : held) {
            Cases.expect(api.put("api/sessions/" + session + "/register/" + dad.enrolment(), "{\"status\":\"PRESENT\"}", cdLead.token()), 200);
        }

        Api.Answer noQuestionnaire = api.get("api/enrolments/" + dad.enrolment() + "/completion-assessment", cdLead.token());
        assertThat(noQuestionnaire.json().getBoolean("met")).as("every session attended, but no post questionnaire").isFalse();
        assertThat(condition(noQuestionnaire.json(), "POST_QUESTIONNAIRE").getBoolean("met")).isFalse();
        assertThat(api.post("api/enrolments/" + dad.enrolment() + "/completion", null, cdLead.token()).status()).isEqualTo(409);

        String answers = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(i -> "{\"item\":\"rses" + i + "\",\"value\":2}")
                .collect(java.util.stream.Collectors.joining(","));
        Cases.expect(api.post("api/evaluation/responses", """
                {"enrolmentId":%d,"instrument":"RSES","stage":"POST","answeredOn":"%s","answers":[%s]}
                """.formatted(dad.enrolment(), TODAY, answers), cdLead.token()), 201);

        assertThat(assessment(dad.enrolment(), cdLead.token()).getBoolean("met")).isTrue();
        Api.Answer confirmed = api.post("api/enrolments/" + dad.enrolment() + "/completion", null, cdLead.token());
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().getString("state")).isEqualTo("COMPLETED");
    }

    private JsonObject assessment(long enrolment, String token) {
        Api.Answer answer = api.get("api/enrolments/" + enrolment + "/completion-assessment", token);
        Cases.expect(answer, 200);
        return answer.json();
    }

    @Test
    void completionFollowsTheRuleOverTheAttendanceRecordAndTheLeadCannotConfirmItWhenNotMet() {
        Person met = person("Meera");
        Person missedFinal = person("Nadia");
        Person below = person("Olwen");
        sessions = cancelFourthSession();
        assertThat(sessions).hasSize(12);
        // Nine of the twelve held (75%), with the final one: met. Were the cancelled session counted it would be 9 of 13.
        marks(met, "PLPAPPAPAPPP");
        marks(missedFinal, "PPPPPPPPPPPA");
        marks(below, "PPAPAPEPEPPP");

        JsonObject ok = assessment(met);
        assertThat(ok.getBoolean("met")).isTrue();
        assertThat(ok.getInt("sessionsCounted")).isEqualTo(12);
        assertThat(ok.getInt("sessionsCancelled")).isEqualTo(1);
        assertThat(ok.getInt("sessionsAttended")).isEqualTo(9);
        assertThat(ok.getInt("attendancePercent")).isEqualTo(75);
        assertThat(ok.getInt("finalSessionNumber")).as("the replacement session is the final one").isEqualTo(13);
        assertThat(condition(ok, "MIN_ATTENDANCE").getString("detail")).isEqualTo("Attended 9 of 12 sessions (75%); 1 cancelled session does not count.");

        JsonObject noFinal = assessment(missedFinal);
        assertThat(noFinal.getBoolean("met")).isFalse();
        assertThat(condition(noFinal, "MIN_ATTENDANCE").getBoolean("met")).isTrue();
        assertThat(condition(noFinal, "FINAL_SESSION").getBoolean("met")).isFalse();
        assertThat(condition(noFinal, "FINAL_SESSION").getString("detail")).contains("session 13").endsWith("was missed (absent).");

        JsonObject tooFew = assessment(below);
        assertThat(tooFew.getBoolean("met")).isFalse();
        assertThat(tooFew.getInt("sessionsExcused")).isEqualTo(2);
        assertThat(tooFew.getInt("attendancePercent")).isEqualTo(66);
        assertThat(condition(tooFew, "MIN_ATTENDANCE").getBoolean("met")).isFalse();

        Api.Answer refusedFinal = api.post("api/enrolments/" + missedFinal.enrolment() + "/completion", null, lead);
        assertThat(refusedFinal.status()).isEqualTo(409);
        assertThat(refusedFinal.contentType()).startsWith("application/problem+json");
        assertThat(refusedFinal.problemType()).isEqualTo("urn:dap:problem:completion-rule");
        assertThat(refusedFinal.json().getString("detail")).contains("Final session attended").doesNotContain("At least 75%");
        Api.Answer refusedBelow = api.post("api/enrolments/" + below.enrolment() + "/completion", null, lead);
        assertThat(refusedBelow.status()).isEqualTo(409);
        assertThat(refusedBelow.json().getString("detail")).contains("At least 75% of sessions attended").contains("Attended 8 of 12");
        assertThat(assessment(below).getString("state")).as("nothing changed").isEqualTo("ENROLLED");

        Api.Answer confirmed = api.post("api/enrolments/" + met.enrolment() + "/completion", null, lead);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json().getString("state")).isEqualTo("COMPLETED");

        List<JsonObject> audit = api.get("api/audit?limit=100", api.demo("admin")).array().getValuesAs(JsonObject.class);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("COMPLETE");
            assertThat(e.getString("outcome")).isEqualTo("DENIED");
            assertThat(e.getString("recordId")).isEqualTo(Long.toString(below.enrolment()));
            assertThat(e.getString("detail")).isEqualTo("rule not met: MIN_ATTENDANCE");
        });
    }

    @Test
    void onlyTheLeadAndTheKeyWorkerSeeTheAssessmentAndOnlyTheLeadConfirms() {
        Person person = person("Petra");
        assertThat(api.get("api/enrolments/" + person.enrolment() + "/completion-assessment", keyWorker.token()).status()).isEqualTo(200);
        assertThat(api.get("api/enrolments/" + person.enrolment() + "/completion-assessment", referrer.token()).status()).isEqualTo(403);
        assertThat(api.get("api/enrolments/" + person.enrolment() + "/completion-assessment", facilitator.token()).status()).isEqualTo(403);
        assertThat(api.get("api/enrolments/" + person.enrolment() + "/completion-assessment", cases.account("KEY_WORKER").token()).status())
                .as("another key worker").isEqualTo(404);
        assertThat(api.post("api/enrolments/" + person.enrolment() + "/completion", null, keyWorker.token()).status()).isEqualTo(403);
    }

    @Test
    void theOutcomeComparesEachChildsStatusAtTheEndWithTheStartAndTracksSupport() {
        Person person = person("Rhian");
        sessions = sessionIds();
        marks(person, "PPPPPPPPPPPP");
        long bornLater = cases.child(keyWorker.token(), person.participant(), TODAY.minusMonths(3), true, null, "CHILD_IN_NEED", false);
        // During the programme the plan stepped down to child in need.
        Cases.expect(api.put("api/participants/" + person.participant() + "/children/" + person.child() + "/status",
                "{\"status\":\"CHILD_IN_NEED\"}", keyWorker.token()), 200);
        String outcome = """
                {"summary":"Engaged well; the plan stepped down to child in need (fictional).",
                 "support":{"offered":true,"what":"Weekly drop-in group","offeredOn":"%s","response":"ACCEPTED"}}
                """.formatted(TODAY);

        Api.Answer tooEarly = api.put("api/enrolments/" + person.enrolment() + "/outcome", outcome, keyWorker.token());
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().getString("detail")).contains("placed in a group");

        Cases.expect(api.post("api/enrolments/" + person.enrolment() + "/completion", null, lead), 200);
        Api.Answer vague = api.put("api/enrolments/" + person.enrolment() + "/outcome",
                "{\"summary\":\"Fine\",\"support\":{\"offered\":true}}", keyWorker.token());
        assertThat(vague.status()).isEqualTo(400);
        assertThat(vague.contentType()).startsWith("application/problem+json");
        assertThat(vague.json().getString("detail")).contains("what post-programme support was offered");
        Api.Answer noSummary = api.put("api/enrolments/" + person.enrolment() + "/outcome", "{\"support\":{\"offered\":false}}", keyWorker.token());
        assertThat(noSummary.status()).isEqualTo(400);
        assertThat(noSummary.json().getJsonArray("errors").getJsonObject(0).getString("field")).contains("summary");
        assertThat(api.get("api/enrolments/" + person.enrolment() + "/outcome", keyWorker.token()).json().getBoolean("recorded"))
                .as("nothing written").isFalse();

        Api.Answer recorded = api.put("api/enrolments/" + person.enrolment() + "/outcome", outcome, keyWorker.token());
        assertThat(recorded.status()).isEqualTo(200);
        JsonObject view = recorded.json();
        assertThat(view.getBoolean("recorded")).isTrue();
        assertThat(view.getString("state")).isEqualTo("COMPLETED");
        List<JsonObject> children = view.getJsonArray("children").getValuesAs(JsonObject.class);
        JsonObject first = children.stream().filter(c -> c.getJsonNumber("childId").longValue() == person.child()).findFirst().orElseThrow();
        assertThat(first.getString("statusAtStart")).isEqualTo("CHILD_PROTECTION_PLAN");
        assertThat(first.getString("statusAtEnd")).isEqualTo("CHILD_IN_NEED");
        assertThat(first.getBoolean("statusChanged")).isTrue();
        assertThat(first.containsKey("remainsAtHome")).as("New Beginnings only").isFalse();
        JsonObject later = children.stream().filter(c -> c.getJsonNumber("childId").longValue() == bornLater).findFirst().orElseThrow();
        assertThat(later.containsKey("statusAtStart")).as("added after the start").isFalse();
        assertThat(view.getJsonObject("support").getString("response")).isEqualTo("ACCEPTED");
        assertThat(view.getJsonObject("support").getString("what")).isEqualTo("Weekly drop-in group");

        // The referrer follows their referral's outcome, without the worker's summary.
        JsonObject forReferrer = api.get("api/enrolments/" + person.enrolment() + "/outcome", referrer.token()).json();
        assertThat(forReferrer.getBoolean("recorded")).isTrue();
        assertThat(forReferrer.containsKey("summary")).isFalse();
        assertThat(forReferrer.getJsonArray("children")).hasSize(2);
        assertThat(api.get("api/enrolments/" + person.enrolment() + "/outcome", facilitator.token()).status()).isEqualTo(403);
        assertThat(api.get("api/enrolments/" + person.enrolment() + "/outcome", cases.account("REFERRER").token()).status())
                .as("another referrer").isEqualTo(404);
        assertThat(api.put("api/enrolments/" + person.enrolment() + "/outcome", outcome, cases.account("KEY_WORKER").token()).status())
                .as("another key worker").isEqualTo(404);

        // Support declined later: recorded again, and audited as a change.
        JsonObject declined = api.put("api/enrolments/" + person.enrolment() + "/outcome", outcome.replace("ACCEPTED", "DECLINED"), lead).json();
        assertThat(declined.getJsonObject("support").getString("response")).isEqualTo("DECLINED");
        List<JsonObject> audit = api.get("api/audit?limit=100", api.demo("admin")).array().getValuesAs(JsonObject.class);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("CHANGE_OUTCOME");
            assertThat(e.getString("recordId")).isEqualTo(Long.toString(person.enrolment()));
            assertThat(e.getString("detail")).contains("support response DECLINED").doesNotContain("drop-in");
        });
    }

    @Test
    void aWithdrawalForAnotherReasonNeedsANoteAndTheOutcomeCanThenBeRecorded() {
        Person person = person("Sian");
        Api.Answer bare = api.post("api/enrolments/" + person.enrolment() + "/withdrawal", "{\"reason\":\"OTHER\"}", keyWorker.token());
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.json().getString("detail")).contains("write a note");
        Cases.expect(api.post("api/enrolments/" + person.enrolment() + "/withdrawal",
                "{\"reason\":\"OTHER\",\"note\":\"Started a course on group evenings (fictional)\"}", keyWorker.token()), 200);

        JsonObject view = api.put("api/enrolments/" + person.enrolment() + "/outcome",
                "{\"summary\":\"Withdrew in week 3.\",\"support\":{\"offered\":false}}", keyWorker.token()).json();
        assertThat(view.getString("withdrawalReason")).isEqualTo("OTHER");
        assertThat(view.getJsonArray("children").getJsonObject(0).getString("statusAtStart")).isEqualTo("CHILD_PROTECTION_PLAN");
        assertThat(view.getJsonObject("support").getBoolean("offered")).isFalse();
    }
}
