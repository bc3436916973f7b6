package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Evaluations through the real API: kiosk answers scored on the server from the definition (reverse-scored and
 * skipped items), stored once however often they arrive, and only for people on the kiosk's roster; paper entry
 * marked as paper; the pre/post change; each programme's plan changed only by its lead; due follow-ups; bad input
 * refused whole.
 */
class EvaluationIT extends ServerIT {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.now(UK);
    private static final String PIN = "739164";
    private static final String PROBLEM = "application/problem+json";

    private Cases cases;
    private String lead;
    private Cases.Account facilitator;
    private Cases.Account keyWorker;
    private Cases.Account referrer;
    private long venue;
    private String kiosk;
    private long cohort;
    private long today;
    private Cases.Ready aisha;
    private Cases.Ready bronwen;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
        lead = api.demo("lead");
        facilitator = cases.account("FACILITATOR");
        keyWorker = cases.account("KEY_WORKER");
        referrer = cases.account("REFERRER");
        assertThat(api.put("api/me/pin", "{\"pin\":\"" + PIN + "\"}", facilitator.token()).status()).isEqualTo(204);
        venue = cases.venue("Evaluation Rooms");
        kiosk = cases.kiosk(venue);
        JsonObject created = cases.cohort(lead, "FREEDOM", venue, TODAY.minusWeeks(1), "10:00", 12, facilitator.id());
        cohort = created.getInt("id");
        today = created.getJsonArray("sessions").getJsonObject(1).getJsonNumber("id").longValue();
        aisha = person("Aisha", "Polish", cohort);
        bronwen = person("Bronwen", "English", cohort);
    }

    /** Referred by the referrer, with the key worker assigned, accepted and placed in the cohort. */
    private Cases.Ready person(String first, String language, long inCohort) {
        return cases.placedInFreedom(referrer.token(), lead, keyWorker.id(), inCohort, first, "Evalsurname", language);
    }

    private void open() {
        assertThat(api.post("api/kiosk/sessions/" + today + "/opening",
                "{\"username\":\"" + facilitator.username() + "\",\"pin\":\"" + PIN + "\"}", kiosk).status()).isEqualTo(200);
    }

    /** Answers as JSON: item ids to values, null for a skipped item. */
    private static String answers(Map<String, Integer> values) {
        return values.entrySet().stream().map(e -> "{\"item\":\"" + e.getKey() + "\",\"value\":" + e.getValue() + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    /** RSES answers: every item the same value, then the changes given. */
    private static Map<String, Integer> rses(int all, Object... changes) {
        Map<String, Integer> values = new java.util.LinkedHashMap<>();
        for (int i = 1; i <= 10; i++) {
            values.put("rses" + i, all);
        }
        for (int i = 0; i < changes.length; i += 2) {
            values.put((String) changes[i], (Integer) changes[i + 1]);
        }
        return values;
    }

    private String kioskResponse(String id, long enrolment, String instrument, String stage, Map<String, Integer> values) {
        return """
                {"id":"%s","sessionId":%d,"enrolmentId":%d,"instrument":"%s","version":1,"stage":"%s","answers":%s,"answeredAt":"%s"}
                """.formatted(id, today, enrolment, instrument, stage, answers(values), java.time.Instant.now());
    }

    private Api.Answer paper(String token, long enrolment, String instrument, String stage, Map<String, Integer> values) {
        return api.post("api/evaluation/responses", """
                {"enrolmentId":%d,"instrument":"%s","stage":"%s","answeredOn":"%s","answers":%s}
                """.formatted(enrolment, instrument, stage, TODAY, answers(values)), token);
    }

    private List<JsonObject> responses(String token, long participant) {
        Api.Answer summary = api.get("api/evaluation/participants/" + participant, token);
        assertThat(summary.status()).isEqualTo(200);
        return summary.json().getJsonArray("responses").getValuesAs(JsonObject.class);
    }

    @Test
    void theKioskGetsTheDueQuestionnaireInTheParticipantsLanguageAndTheServerScoresItsAnswers() {
        open();
        List<JsonObject> due = api.get("api/kiosk/questionnaires/sessions/" + today, kiosk).array().getValuesAs(JsonObject.class);
        assertThat(due).filteredOn(d -> d.getJsonNumber("enrolmentId").longValue() == aisha.enrolment())
                .extracting(d -> d.getString("stage") + " " + d.getString("instrument")).containsExactly("PRE RSES", "PRE LIFE_AREAS");

        JsonObject questionnaire = api.get("api/kiosk/questionnaires/sessions/" + today + "/people/" + aisha.enrolment() + "/RSES", kiosk).json();
        assertThat(questionnaire.getString("language")).isEqualTo("pl");
        assertThat(questionnaire.getJsonArray("questions")).hasSize(10);
        assertThat(questionnaire.getJsonArray("questions").getJsonObject(0).getString("text")).startsWith("Ogólnie rzecz biorąc");
        assertThat(questionnaire.getJsonArray("choices").getValuesAs(JsonObject.class)).extracting(c -> c.getInt("value"))
                .containsExactly(3, 2, 1, 0);
        assertThat(questionnaire.toString()).as("nothing about the person").doesNotContain("Evalsurname").doesNotContain("Aisha");

        // "Strongly agree" to everything but item 1, skipped: items 3, 4, 7, 10 give 3 each; the reversed 2, 5, 6, 8, 9
        // give 0. 12 over 9 answered items, prorated to 10 items: 13.33.
        String id = UUID.randomUUID().toString();
        Api.Answer stored = api.post("api/kiosk/questionnaires/responses",
                kioskResponse(id, aisha.enrolment(), "RSES", "PRE", rses(3, "rses1", null)), kiosk);
        assertThat(stored.status()).isEqualTo(200);
        assertThat(stored.json().getString("outcome")).isEqualTo("STORED");

        JsonObject response = responses(keyWorker.token(), aisha.participant()).get(0);
        assertThat(response.getString("source")).isEqualTo("KIOSK");
        assertThat(response.getString("stage")).isEqualTo("PRE");
        assertThat(response.getJsonNumber("score").doubleValue()).isEqualTo(13.33);
        assertThat(response.getInt("answered")).isEqualTo(9);
        assertThat(response.getBoolean("prorated")).isTrue();
        assertThat(response.getJsonArray("answers").getJsonObject(0).get("value")).as("the skipped item")
                .satisfiesAnyOf(v -> assertThat(v).isNull(), v -> assertThat(v).isEqualTo(JsonValue.NULL));
        assertThat(api.get("api/kiosk/questionnaires/sessions/" + today, kiosk).array().getValuesAs(JsonObject.class))
                .as("no longer due").noneMatch(d -> d.getJsonNumber("enrolmentId").longValue() == aisha.enrolment()
                        && d.getString("instrument").equals("RSES"));
    }

    @Test
    void aKioskResponseIsStoredOnceHoweverOftenItArrives() {
        open();
        String id = UUID.randomUUID().toString();
        String body = kioskResponse(id, aisha.enrolment(), "RSES", "PRE", rses(2));

        assertThat(api.post("api/kiosk/questionnaires/responses", body, kiosk).json().getString("outcome")).isEqualTo("STORED");
        assertThat(api.post("api/kiosk/questionnaires/responses", body, kiosk).json().getString("outcome")).isEqualTo("DUPLICATE");
        String other = UUID.randomUUID().toString();
        List<JsonObject> batch = api.post("api/kiosk/questionnaires/responses/batch", "{\"responses\":[" + body + ","
                + kioskResponse(other, bronwen.enrolment(), "RSES", "PRE", rses(1)) + "," + body + "]}", kiosk).array().getValuesAs(JsonObject.class);
        assertThat(batch).extracting(a -> a.getString("outcome")).containsExactly("DUPLICATE", "STORED", "DUPLICATE");
        Api.Answer secondCopy = api.post("api/kiosk/questionnaires/responses",
                kioskResponse(UUID.randomUUID().toString(), aisha.enrolment(), "RSES", "PRE", rses(0)), kiosk);
        assertThat(secondCopy.json().getString("outcome")).as("another answer at the same stage").isEqualTo("REJECTED");

        List<JsonObject> stored = responses(keyWorker.token(), aisha.participant());
        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.getString("id")).isEqualTo(id);
            assertThat(r.getJsonNumber("score").doubleValue()).as("5 x 2 + 5 x (3 - 2)").isEqualTo(15.0);
        });
        assertThat(responses(keyWorker.token(), bronwen.participant())).hasSize(1);
    }

    @Test
    void theKioskReachesOnlyPeopleOnItsRosterAndNoStaffEndpoint() {
        open();
        long elsewhereCohort = cases.cohort(lead, "FREEDOM", cases.venue("Other Rooms"), TODAY.minusWeeks(1), "10:00", 12, facilitator.id()).getInt("id");
        Cases.Ready outsider = person("Carys", "English", elsewhereCohort);

        assertThat(api.get("api/kiosk/questionnaires/sessions/" + today + "/people/" + outsider.enrolment() + "/RSES", kiosk).status())
                .as("not on this roster").isEqualTo(403);
        Api.Answer notOnRoster = api.post("api/kiosk/questionnaires/responses",
                kioskResponse(UUID.randomUUID().toString(), outsider.enrolment(), "RSES", "PRE", rses(2)), kiosk);
        assertThat(notOnRoster.status()).isEqualTo(403);
        assertThat(notOnRoster.contentType()).startsWith(PROBLEM);

        String otherVenue = cases.kiosk(cases.venue("Elsewhere"));
        assertThat(api.get("api/kiosk/questionnaires/sessions/" + today, otherVenue).status()).as("another venue's kiosk").isEqualTo(403);
        assertThat(api.get("api/kiosk/questionnaires/sessions/" + today + "/people/" + aisha.enrolment() + "/RSES", otherVenue).status())
                .isEqualTo(403);
        assertThat(api.post("api/kiosk/questionnaires/responses",
                kioskResponse(UUID.randomUUID().toString(), aisha.enrolment(), "RSES", "PRE", rses(2)), otherVenue).status()).isEqualTo(403);

        assertThat(api.get("api/evaluation/participants/" + aisha.participant(), kiosk).status()).as("staff endpoint").isEqualTo(403);
        assertThat(api.get("api/evaluation/follow-ups", kiosk).status()).isEqualTo(403);
        assertThat(paper(kiosk, aisha.enrolment(), "RSES", "PRE", rses(2)).status()).isEqualTo(403);
        assertThat(api.get("api/kiosk/questionnaires/sessions/" + today, facilitator.token()).status()).as("staff on a kiosk endpoint").isEqualTo(403);

        assertThat(responses(keyWorker.token(), outsider.participant())).isEmpty();
        assertThat(responses(keyWorker.token(), aisha.participant())).isEmpty();
    }

    @Test
    void paperEntryIsMarkedAsPaperAndAPrePostPairGivesTheChange() {
        // Before: every item "disagree" (1): 5 x 1 + 5 x 2 = 15 ... made lower by agreeing with the negative items.
        Api.Answer pre = paper(keyWorker.token(), aisha.enrolment(), "RSES", "PRE", rses(1, "rses2", 3, "rses5", 3, "rses6", 3, "rses8", 3, "rses9", 3));
        assertThat(pre.status()).isEqualTo(201);
        assertThat(pre.json().getString("source")).isEqualTo("PAPER");
        assertThat(pre.json().getString("enteredBy")).isEqualTo(keyWorker.username());
        assertThat(pre.json().getJsonNumber("score").doubleValue()).as("5 x 1 + 5 x 0").isEqualTo(5.0);
        Api.Answer post = paper(facilitator.token(), aisha.enrolment(), "RSES", "POST", rses(3, "rses2", 0, "rses5", 0, "rses6", 1, "rses8", 0, "rses9", 0));
        assertThat(post.status()).isEqualTo(201);
        assertThat(post.json().getString("enteredBy")).isEqualTo(facilitator.username());
        assertThat(post.json().getJsonNumber("score").doubleValue()).as("5 x 3 + 4 x 3 + 2").isEqualTo(29.0);

        JsonObject summary = api.get("api/evaluation/participants/" + aisha.participant(), keyWorker.token()).json();
        assertThat(summary.getJsonArray("responses").getValuesAs(JsonObject.class)).extracting(r -> r.getString("source"))
                .containsOnly("PAPER");
        JsonObject change = summary.getJsonArray("changes").getJsonObject(0);
        assertThat(change.getString("instrument")).isEqualTo("RSES");
        assertThat(change.getJsonNumber("pre").doubleValue()).isEqualTo(5.0);
        assertThat(change.getJsonNumber("post").doubleValue()).isEqualTo(29.0);
        assertThat(change.getJsonNumber("change").doubleValue()).isEqualTo(24.0);

        JsonObject referrersView = api.get("api/evaluation/participants/" + aisha.participant(), referrer.token()).json();
        assertThat(referrersView.getJsonArray("changes").getJsonObject(0).getJsonNumber("change").doubleValue()).isEqualTo(24.0);
        assertThat(referrersView.getJsonArray("responses").getJsonObject(0).get("answers")).as("scores, not answers")
                .satisfiesAnyOf(v -> assertThat(v).isNull(), v -> assertThat(v).isEqualTo(JsonValue.NULL));
        Cases.Account stranger = cases.account("KEY_WORKER");
        assertThat(api.get("api/evaluation/participants/" + aisha.participant(), stranger.token()).status()).isEqualTo(404);
        assertThat(paper(stranger.token(), aisha.enrolment(), "LIFE_AREAS", "PRE", Map.of("safety", 5)).status()).isEqualTo(404);
        assertThat(paper(keyWorker.token(), aisha.enrolment(), "RSES", "PRE", rses(2)).status()).as("already answered").isEqualTo(409);
    }

    @Test
    void badInputIsRefusedWithNothingWritten() {
        open();
        Api.Answer outsideScale = paper(keyWorker.token(), aisha.enrolment(), "RSES", "PRE", rses(2, "rses4", 4));
        assertThat(outsideScale.status()).isEqualTo(400);
        assertThat(outsideScale.contentType()).startsWith(PROBLEM);
        assertThat(outsideScale.problemType()).isEqualTo("urn:dap:problem:validation-failed");
        assertThat(outsideScale.json().getString("detail")).contains("rses4").contains("from 0 to 3");
        Api.Answer unknownItem = paper(keyWorker.token(), aisha.enrolment(), "RSES", "PRE", rses(2, "rses11", 1));
        assertThat(unknownItem.status()).isEqualTo(400);
        assertThat(unknownItem.json().getString("detail")).contains("rses11");
        assertThat(paper(keyWorker.token(), aisha.enrolment(), "NO_SUCH", "PRE", rses(2)).status()).isEqualTo(400);
        assertThat(paper(keyWorker.token(), aisha.enrolment(), "SESSION_FEEDBACK", "PRE", Map.of("safe", 4)).status())
                .as("not in the plan at PRE").isEqualTo(400);

        Api.Answer kioskOutside = api.post("api/kiosk/questionnaires/responses",
                kioskResponse(UUID.randomUUID().toString(), aisha.enrolment(), "RSES", "PRE", rses(2, "rses1", -1)), kiosk);
        assertThat(kioskOutside.status()).isEqualTo(400);
        assertThat(kioskOutside.contentType()).startsWith(PROBLEM);
        Api.Answer badBatch = api.post("api/kiosk/questionnaires/responses/batch", "{\"responses\":["
                + kioskResponse(UUID.randomUUID().toString(), bronwen.enrolment(), "RSES", "PRE", rses(2)) + ","
                + kioskResponse(UUID.randomUUID().toString(), aisha.enrolment(), "LIFE_AREAS", "PRE", Map.of("safety", 11)) + "]}", kiosk);
        assertThat(badBatch.status()).isEqualTo(400);
        assertThat(api.post("api/kiosk/questionnaires/responses", "{\"id\":\"not-a-uuid\"}", kiosk).status()).isEqualTo(400);

        assertThat(responses(keyWorker.token(), aisha.participant())).as("nothing written").isEmpty();
        assertThat(responses(keyWorker.token(), bronwen.participant())).as("not even the good one in the bad batch").isEmpty();
    }

    @Test
    void onlyALeadOfTheProgrammeChangesItsPlan() {
        List<JsonObject> instruments = api.get("api/evaluation/instruments", keyWorker.token()).array().getValuesAs(JsonObject.class);
        assertThat(instruments).extracting(i -> i.getString("code")).containsExactly("RSES", "LIFE_AREAS", "SESSION_FEEDBACK", "CHILD_FEELINGS");
        assertThat(instruments.get(0).getJsonArray("items")).hasSize(10);
        assertThat(instruments.get(0).getJsonObject("scoring").getString("rule")).isEqualTo("SUM");
        JsonObject plan = api.get("api/evaluation/plans/DART", keyWorker.token()).json();
        assertThat(plan.getInt("followUpMonths")).isEqualTo(6);
        assertThat(plan.getJsonArray("entries").getValuesAs(JsonObject.class)).extracting(e -> e.getString("stage") + " " + e.getString("instrument"))
                .contains("PRE RSES", "POST SESSION_FEEDBACK", "FOLLOW_UP LIFE_AREAS");
        long version = plan.getJsonNumber("version").longValue();
        String change = """
                {"followUpMonths":9,"entries":[{"stage":"PRE","instrument":"LIFE_AREAS"},{"stage":"POST","instrument":"LIFE_AREAS"},
                 {"stage":"FOLLOW_UP","instrument":"LIFE_AREAS"}],"version":%d}
                """.formatted(version);

        assertThat(api.put("api/evaluation/plans/DART", change, keyWorker.token()).status()).as("a key worker").isEqualTo(403);
        Cases.Account gatewayLead = cases.account("PROGRAMME_LEAD", "GATEWAY");
        assertThat(api.put("api/evaluation/plans/DART", change, gatewayLead.token()).status()).as("a lead of another programme").isEqualTo(403);
        Cases.Account dartLead = cases.account("PROGRAMME_LEAD", "DART");
        assertThat(api.put("api/evaluation/plans/DART", change.replace("LIFE_AREAS\"}", "NO_SUCH\"}"), dartLead.token()).status())
                .as("an unknown instrument").isEqualTo(400);
        assertThat(api.get("api/evaluation/plans/DART", keyWorker.token()).json().getInt("followUpMonths")).as("nothing changed").isEqualTo(6);

        Api.Answer changed = api.put("api/evaluation/plans/DART", change, dartLead.token());
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().getInt("followUpMonths")).isEqualTo(9);
        assertThat(changed.json().getJsonArray("entries")).hasSize(3);
        assertThat(api.put("api/evaluation/plans/DART", change, dartLead.token()).status()).as("a stale version").isEqualTo(409);

        // Put the defaults back for the other tests sharing this database.
        assertThat(api.put("api/evaluation/plans/DART", Cases.planChange(plan, plan.getInt("followUpMonths"),
                changed.json().getJsonNumber("version").longValue()), dartLead.token()).status()).isEqualTo(200);
    }

    /**
     * One rule (FollowUp): due the plan's months after the day the person completed, for those who completed. Referrals
     * may be dated at most 90 days back, so Freedom follows up at one month for this test; its plan is put back after.
     */
    @Test
    void followUpsFallDueMonthsAfterTheDayTheyCompletedForThoseWhoCompletedAndNotBefore() {
        JsonObject plan = api.get("api/evaluation/plans/FREEDOM", lead).json();
        Api.Answer oneMonth = api.put("api/evaluation/plans/FREEDOM", Cases.planChange(plan, 1, plan.getJsonNumber("version").longValue()), lead);
        assertThat(oneMonth.status()).isEqualTo(200);
        try {
            long finished = cases.cohort(lead, "FREEDOM", venue, TODAY.minusWeeks(17), "14:00", 12, facilitator.id()).getInt("id");
            Cases.Ready dilys = cases.placedInFreedom(referrer.token(), lead, keyWorker.id(), finished, "Dilys", "Evalsurname", null, TODAY.minusDays(89));
            Cases.Ready elin = cases.placedInFreedom(referrer.token(), lead, keyWorker.id(), finished, "Elin", "Evalsurname", null, TODAY.minusDays(89));
            List<JsonObject> sessions = api.get("api/cohorts/" + finished, lead).json().getJsonArray("sessions").getValuesAs(JsonObject.class);
            for (JsonObject s : sessions) {
                for (long enrolment : List.of(dilys.enrolment(), elin.enrolment())) {
                    Cases.expect(api.put("api/sessions/" + s.getJsonNumber("id") + "/register/" + enrolment, "{\"status\":\"PRESENT\"}", lead), 200);
                }
            }
            LocalDate last = LocalDate.parse(sessions.get(sessions.size() - 1).getString("date"));
            assertThat(last).as("the cohort is over").isBefore(TODAY.minusMonths(1));
            Api.Answer completed = api.post("api/enrolments/" + dilys.enrolment() + "/completion", "{\"completedOn\":\"" + last + "\"}", lead);
            assertThat(completed.status()).isEqualTo(200);
            assertThat(completed.json().getString("endedOn")).isEqualTo(last.toString());

            List<JsonObject> due = api.get("api/evaluation/follow-ups", keyWorker.token()).array().getValuesAs(JsonObject.class);
            assertThat(due).extracting(d -> d.getJsonNumber("enrolmentId").longValue())
                    .as("Elin's group is over too, but she has not completed: not followed up").containsExactly(dilys.enrolment());
            JsonObject dilysDue = due.get(0);
            assertThat(LocalDate.parse(dilysDue.getString("endedOn"))).isEqualTo(last);
            assertThat(LocalDate.parse(dilysDue.getString("dueOn"))).isEqualTo(last.plusMonths(1));
            assertThat(dilysDue.getJsonArray("instruments").getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
                    .containsExactly("RSES", "LIFE_AREAS");
            assertThat(api.get("api/evaluation/follow-ups?limit=500", lead).array().getValuesAs(JsonObject.class))
                    .anyMatch(d -> d.getJsonNumber("enrolmentId").longValue() == dilys.enrolment());
            Api.Answer onePerPage = api.get("api/evaluation/follow-ups?limit=1", keyWorker.token());
            assertThat(onePerPage.array()).hasSize(1);
            assertThat(onePerPage.header("X-Total-Count")).isEqualTo("1");
            assertThat(api.get("api/evaluation/follow-ups?limit=1&offset=1", keyWorker.token()).array()).as("past the end").isEmpty();
            assertThat(api.get("api/evaluation/follow-ups?limit=501", keyWorker.token()).status()).isEqualTo(400);
            assertThat(api.get("api/evaluation/follow-ups", cases.account("KEY_WORKER").token()).array()).as("another caseload").isEmpty();
            assertThat(api.get("api/evaluation/follow-ups", referrer.token()).status()).isEqualTo(403);

            Api.Answer early = api.post("api/evaluation/responses", """
                    {"enrolmentId":%d,"instrument":"RSES","stage":"FOLLOW_UP","answeredOn":"%s","answers":%s}
                    """.formatted(dilys.enrolment(), last.plusMonths(1).minusDays(1), answers(rses(2))), keyWorker.token());
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.problemType()).isEqualTo("urn:dap:problem:follow-up-not-due");
            assertThat(early.json().getString("detail")).contains("due from " + uk.dap.shared.text.UkDates.date(last.plusMonths(1)));
            Api.Answer notCompleted = paper(keyWorker.token(), elin.enrolment(), "RSES", "FOLLOW_UP", rses(2));
            assertThat(notCompleted.status()).isEqualTo(409);
            assertThat(notCompleted.json().getString("detail")).contains("for someone who completed the programme");

            assertThat(paper(keyWorker.token(), dilys.enrolment(), "RSES", "FOLLOW_UP", rses(2)).status()).isEqualTo(201);
            assertThat(api.get("api/evaluation/follow-ups", keyWorker.token()).array().getJsonObject(0).getJsonArray("instruments"))
                    .hasSize(1);
        } finally {
            long version = api.get("api/evaluation/plans/FREEDOM", lead).json().getJsonNumber("version").longValue();
            assertThat(api.put("api/evaluation/plans/FREEDOM", Cases.planChange(plan, plan.getInt("followUpMonths"), version), lead).status())
                    .isEqualTo(200);
        }
    }
}
