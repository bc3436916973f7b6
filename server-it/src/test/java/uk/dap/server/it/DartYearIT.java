package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A DART group built through the API as a service would record it after the fact (issue 17): eight families with their
 * children, mothers and children marked at sessions, questionnaires before, after and at follow-up answered on paper by
 * mothers and by children in different numbers, six completing and two leaving with the real day they left. Every
 * figure of the report's evaluation section is checked by construction, for mothers and for children apart, with and
 * without suppression.
 *
 * <p>Referrals may be dated at most 90 days back, so for this test DART runs for 8 weeks and follows up after one month
 * (both put back after): a group that ended five weeks ago then has its follow-ups due.
 */
class DartYearIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final LocalDate REFERRED = TODAY.minusDays(89);
    /** Children per family. */
    private static final int[] CHILDREN = {2, 1, 2, 1, 1, 2, 1, 1};
    private static final List<String> LIFE_AREAS = List.of("safety", "children", "wellbeing", "support", "anger", "housing", "health", "confidence");
    private static final List<String> CHILD_FEELINGS = List.of("safe", "happy", "talk", "myself", "friends", "calm");

    private Cases cases;
    private Cases.Account lead;
    private JsonObject settingsBefore;
    private JsonObject planBefore;
    private long cohort;
    private List<JsonObject> sessions;
    private LocalDate first;
    private LocalDate last;
    private final List<Family> families = new ArrayList<>();

    record Family(long mother, long enrolment, List<Long> children) {
    }

    @BeforeEach
    void buildTheYear() {
        cases = new Cases(api);
        lead = cases.account("PROGRAMME_LEAD", "DART");
        settingsBefore = programme();
        planBefore = api.get("api/evaluation/plans/DART", lead.token()).json();
        Cases.expect(api.put("api/programmes/DART/settings", settings(8, settingsBefore.getJsonNumber("version").longValue()), lead.token()), 200);
        Cases.expect(api.put("api/evaluation/plans/DART", Cases.planChange(planBefore, 1, planBefore.getJsonNumber("version").longValue()),
                lead.token()), 200);

        long venue = cases.venue("Family Centre");
        cohort = cases.cohort(lead.token(), "DART", venue, TODAY.minusDays(88), "16:00", 8, cases.account("FACILITATOR").id()).getInt("id");
        sessions = api.get("api/cohorts/" + cohort, lead.token()).json().getJsonArray("sessions").getValuesAs(JsonObject.class);
        assertThat(sessions).hasSize(8);
        first = date(0);
        last = date(7);
        assertThat(last.plusMonths(1)).as("the follow-ups of those who completed on the last session are due").isBeforeOrEqualTo(TODAY);

        for (int i = 0; i < CHILDREN.length; i++) {
            families.add(family(i, CHILDREN[i]));
        }
        // Mothers 0-5 come to every session and complete on the day of the last one; mother 6 never comes and withdraws
        // a month ago; mother 7 comes to the first three and withdraws two days after the third.
        for (int m = 0; m <= 5; m++) {
            for (int s = 0; s < 8; s++) {
                mark(families.get(m), s, "PRESENT");
            }
        }
        for (int s = 0; s < 3; s++) {
            mark(families.get(7), s, "PRESENT");
        }
        // Every child of families 0-5 and 7 comes to the first session with their mother; family 6's child never comes.
        for (int f : new int[] {0, 1, 2, 3, 4, 5, 7}) {
            for (long child : families.get(f).children()) {
                Cases.expect(api.put("api/sessions/" + sessionId(0) + "/register/" + families.get(f).enrolment() + "/children/" + child,
                        "{\"status\":\"PRESENT\"}", lead.token()), 200);
            }
        }
        for (int m = 0; m <= 5; m++) {
            Cases.expect(api.post("api/enrolments/" + families.get(m).enrolment() + "/completion", "{\"completedOn\":\"" + last + "\"}",
                    lead.token()), 200);
        }
        withdraw(families.get(6), TODAY.minusMonths(1));
        withdraw(families.get(7), date(2).plusDays(2));

        // Mothers' life areas (the mean of eight items; every item given the value below): before, after, follow-up.
        int[] before = {3, 4, 5, 2, 6, 4, -1, 3};
        int[] after = {6, 6, 7, 5, 8, -1, -1, -1};
        int[] followUp = {7, 6, -1, -1, -1, -1, -1, -1};
        for (int m = 0; m < 8; m++) {
            answer(m, null, "LIFE_AREAS", "PRE", first, before[m], LIFE_AREAS);
            answer(m, null, "LIFE_AREAS", "POST", last, after[m], LIFE_AREAS);
            answer(m, null, "LIFE_AREAS", "FOLLOW_UP", TODAY, followUp[m], LIFE_AREAS);
        }
        // Children's "How I feel" (five faces): family, child, before, after, follow-up.
        int[][] children = {
            {0, 0, 2, 4, 5}, {0, 1, 3, 4, 4}, {1, 0, 2, 3, 3}, {2, 0, 3, 4, -1}, {2, 1, 1, 3, -1}, {3, 0, 2, 3, -1},
            {4, 0, 3, -1, -1}, {5, 0, -1, 5, -1}, {7, 0, 2, -1, -1}};
        for (int[] c : children) {
            long child = families.get(c[0]).children().get(c[1]);
            answer(c[0], child, "CHILD_FEELINGS", "PRE", first, c[2], CHILD_FEELINGS);
            answer(c[0], child, "CHILD_FEELINGS", "POST", last, c[3], CHILD_FEELINGS);
            answer(c[0], child, "CHILD_FEELINGS", "FOLLOW_UP", TODAY, c[4], CHILD_FEELINGS);
        }
    }

    @AfterEach
    void putDartBack() {
        long version = programme().getJsonNumber("version").longValue();
        Cases.expect(api.put("api/programmes/DART/settings", settings(settingsBefore.getInt("lengthWeeks"), version), lead.token()), 200);
        long planVersion = api.get("api/evaluation/plans/DART", lead.token()).json().getJsonNumber("version").longValue();
        Cases.expect(api.put("api/evaluation/plans/DART", Cases.planChange(planBefore, planBefore.getInt("followUpMonths"), planVersion),
                lead.token()), 200);
    }

    @Test
    void theReportCountsMothersAndChildrenApartAtEachStageAsBuilt() {
        JsonObject report = report(false);
        JsonObject flow = report.getJsonObject("flow");
        assertThat(count(flow, "started")).isEqualTo(7);
        assertThat(count(flow, "completed")).isEqualTo(6);
        assertThat(count(flow, "withdrawn")).isEqualTo(2);
        double weeks = Math.round(ChronoUnit.DAYS.between(first, date(2).plusDays(2)) / 7.0 * 10) / 10.0;
        assertThat(flow.getJsonNumber("medianWeeksToWithdrawal").doubleValue()).as("to the day she left, not the day it was typed in")
                .isCloseTo(weeks, within(0.001));

        JsonObject mothers = evaluation(report, "LIFE_AREAS", "MOTHERS");
        assertThat(count(mothers, "pairs")).isEqualTo(5);
        assertThat(number(mothers, "meanBefore")).isCloseTo(4.0, within(1e-9));
        assertThat(number(mothers, "meanAfter")).isCloseTo(6.4, within(1e-9));
        assertThat(number(mothers, "meanChange")).isCloseTo(2.4, within(1e-9));
        // Changes 3, 2, 2, 3, 2: sample variance 1.2 / 4.
        assertThat(number(mothers, "effectSize")).isCloseTo(2.4 / Math.sqrt(0.3), within(1e-6));
        // Started: mothers 0-5 and 7. Answered before: those seven; after: 0-4; follow-up: 0 and 1. Completed: 0-5, all due.
        stage(mothers, "PRE", 7, 7, 7, null, null, null, null);
        stage(mothers, "POST", 5, 5, 7, 5, 7, 5, 6);
        stage(mothers, "FOLLOW_UP", 2, 2, 7, 2, 7, 2, 6);

        JsonObject children = evaluation(report, "CHILD_FEELINGS", "CHILDREN");
        // Pairs: the six children with both, each with their own: before 2 3 2 3 1 2, after 4 4 3 4 3 3.
        assertThat(count(children, "pairs")).isEqualTo(6);
        assertThat(number(children, "meanBefore")).isCloseTo(13 / 6.0, within(1e-9));
        assertThat(number(children, "meanAfter")).isCloseTo(3.5, within(1e-9));
        assertThat(number(children, "meanChange")).isCloseTo(8 / 6.0, within(1e-9));
        double mean = 8 / 6.0;
        double squares = IntStream.of(2, 1, 1, 1, 2, 1).mapToDouble(c -> (c - mean) * (c - mean)).sum();
        assertThat(number(children, "effectSize")).isCloseTo(mean / Math.sqrt(squares / 5), within(1e-6));
        // Started: the ten children who came to a session (not family 6's). Answered before: 8; after: 7 (one of them,
        // family 5's, not before); follow-up: 3. Their families completed: the nine children of families 0-5.
        stage(children, "PRE", 8, 8, 10, null, null, null, null);
        stage(children, "POST", 7, 7, 10, 6, 8, 7, 9);
        stage(children, "FOLLOW_UP", 3, 3, 10, 3, 8, 3, 9);

        assertThat(report.getJsonArray("evaluation").getValuesAs(JsonObject.class))
                .as("children's answers are never counted as the mothers' nor the other way round")
                .noneMatch(e -> e.getString("instrumentId").equals("CHILD_FEELINGS") && !e.getString("group").equals("CHILDREN"))
                .noneMatch(e -> e.getString("instrumentId").equals("LIFE_AREAS") && e.getString("group").equals("CHILDREN"));
    }

    @Test
    void suppressedEverySmallCountIsHiddenAndEveryRateBehindOneWithheld() {
        JsonObject report = report(true);
        JsonObject mothers = evaluation(report, "LIFE_AREAS", "MOTHERS");
        JsonObject followUp = stageOf(mothers, "FOLLOW_UP");
        assertThat(followUp.getJsonObject("answered").getBoolean("suppressed")).as("2 answered").isTrue();
        assertThat(followUp.getJsonObject("ofCompleters").getBoolean("withheld")).isTrue();
        assertThat(stageOf(mothers, "PRE").getJsonObject("ofStarted").getJsonNumber("percent").doubleValue()).as("7 of 7").isCloseTo(100.0, within(0.01));
        assertThat(stageOf(mothers, "POST").getJsonObject("ofCompleters").getBoolean("withheld")).as("5 of 6: 1 did not answer").isTrue();
        assertThat(count(mothers, "pairs")).isEqualTo(5);
        assertThat(number(mothers, "meanChange")).isCloseTo(2.4, within(1e-9));

        JsonObject children = evaluation(report, "CHILD_FEELINGS", "CHILDREN");
        assertThat(count(children, "pairs")).isEqualTo(6);
        assertThat(stageOf(children, "FOLLOW_UP").getJsonObject("answered").getBoolean("suppressed")).as("3 answered").isTrue();
        assertThat(stageOf(children, "POST").getJsonObject("ofStarted").getBoolean("withheld")).as("7 of 10: 3 did not").isTrue();
        assertThat(count(stageOf(children, "PRE"), "answered")).isEqualTo(8);
    }

    /** A family's follow-up is done when the mother and every child have answered theirs; until then it is listed. */
    @Test
    void theFollowUpListCountsEachChildOfTheFamily() {
        List<JsonObject> due = api.get("api/evaluation/follow-ups", lead.token()).array().getValuesAs(JsonObject.class);
        assertThat(instrumentsDue(due, families.get(0))).as("both children answered theirs; the mother life areas").containsExactly("RSES");
        assertThat(instrumentsDue(due, families.get(1))).containsExactly("RSES");
        assertThat(instrumentsDue(due, families.get(2))).as("nobody in this family answered").containsExactly("RSES", "LIFE_AREAS", "CHILD_FEELINGS");
        assertThat(due).noneMatch(d -> d.getJsonNumber("enrolmentId").longValue() == families.get(7).enrolment());

        // One of family 2's two children answers: the other still owes theirs.
        answer(2, families.get(2).children().get(0), "CHILD_FEELINGS", "FOLLOW_UP", TODAY, 4, CHILD_FEELINGS);
        assertThat(instrumentsDue(api.get("api/evaluation/follow-ups", lead.token()).array().getValuesAs(JsonObject.class), families.get(2)))
                .containsExactly("RSES", "LIFE_AREAS", "CHILD_FEELINGS");

        Family family = families.get(0);
        Cases.expect(api.post("api/evaluation/responses", body(family.enrolment(), null, "RSES", "FOLLOW_UP", TODAY, 2,
                IntStream.rangeClosed(1, 10).mapToObj(i -> "rses" + i).toList()), lead.token()), 201);
        assertThat(api.get("api/evaluation/follow-ups", lead.token()).array().getValuesAs(JsonObject.class))
                .as("the whole family has answered").noneMatch(d -> d.getJsonNumber("enrolmentId").longValue() == family.enrolment());
    }

    private static List<String> instrumentsDue(List<JsonObject> due, Family family) {
        return due.stream().filter(d -> d.getJsonNumber("enrolmentId").longValue() == family.enrolment()).findFirst().orElseThrow()
                .getJsonArray("instruments").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void aChildsAnswersNameTheChildAndAreTheirsAlone() {
        Family family = families.get(0);
        String paper = "api/evaluation/responses";
        Api.Answer noChild = api.post(paper, body(family.enrolment(), null, "CHILD_FEELINGS", "PRE", first, 3, CHILD_FEELINGS), lead.token());
        assertThat(noChild.status()).isEqualTo(400);
        assertThat(noChild.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("childId");
        Api.Answer adultsWithChild = api.post(paper, body(family.enrolment(), family.children().get(0), "RSES", "PRE", first, 2,
                IntStream.rangeClosed(1, 10).mapToObj(i -> "rses" + i).toList()), lead.token());
        assertThat(adultsWithChild.status()).isEqualTo(400);
        assertThat(adultsWithChild.json().getString("detail")).contains("answered by the participant, not a child");
        long otherFamilysChild = families.get(1).children().get(0);
        Api.Answer notHers = api.post(paper, body(family.enrolment(), otherFamilysChild, "CHILD_FEELINGS", "PRE", first, 3, CHILD_FEELINGS), lead.token());
        assertThat(notHers.status()).isEqualTo(400);
        assertThat(notHers.json().getString("detail")).contains("not one of the children who came to the programme with this person");
        Api.Answer twice = api.post(paper, body(family.enrolment(), family.children().get(0), "CHILD_FEELINGS", "PRE", first, 3, CHILD_FEELINGS), lead.token());
        assertThat(twice.status()).as("that child already answered before").isEqualTo(409);

        List<JsonObject> changes = api.get("api/evaluation/participants/" + family.mother(), lead.token()).json().getJsonArray("changes")
                .getValuesAs(JsonObject.class);
        assertThat(changes).filteredOn(c -> c.getString("instrument").equals("CHILD_FEELINGS"))
                .extracting(c -> c.getString("respondent") + " " + c.getJsonNumber("pre").doubleValue() + " -> " + c.getJsonNumber("post").doubleValue())
                .containsExactlyInAnyOrder("Child0a D. 2.0 -> 4.0", "Child0b D. 3.0 -> 4.0");
        assertThat(changes).filteredOn(c -> c.getString("instrument").equals("LIFE_AREAS")).singleElement()
                .satisfies(c -> assertThat(c.containsKey("respondent")).as("the mother's own").isFalse());
    }

    private Family family(int i, int children) {
        long mother = cases.participant(lead.token(), """
                {"firstName":"Mother%d","lastName":"Dartfamily","dateOfBirth":"1987-03-0%d","gender":"FEMALE","confirmedDifferentPerson":true}
                """.formatted(i, i + 1));
        List<Long> ids = new ArrayList<>();
        for (int c = 0; c < children; c++) {
            Api.Answer child = api.post("api/participants/" + mother + "/children", """
                    {"firstName":"Child%d%s","dateOfBirth":"%s","livesWithParticipant":true,"socialCareStatus":"CHILD_IN_NEED","needsCreche":false}
                    """.formatted(i, (char) ('a' + c), TODAY.minusYears(8 + c).minusMonths(2)), lead.token());
            Cases.expect(child, 201);
            ids.add(Cases.id(child));
        }
        JsonObject referral = cases.referral(lead.token(), """
                {"participantId":%d,"programme":"DART","agencyType":"IDVA_SERVICE","externalAgency":"Example IDVA (fictional)",
                 "externalContact":"I. Advocate (fictional)","reason":"Family referral","answers":{"experiencedDomesticAbuse":true},
                 "familyChildIds":%s,"referredOn":"%s"}
                """.formatted(mother, ids, REFERRED));
        long referralId = referral.getJsonNumber("id").longValue();
        cases.consent(lead.token(), referralId, "REFERRAL");
        assertThat(cases.check(lead.token(), referralId).getString("outcome")).isEqualTo("ELIGIBLE");
        cases.accept(lead.token(), referralId);
        long enrolment = referral.getJsonObject("enrolment").getJsonNumber("id").longValue();
        assertThat(cases.place(lead.token(), enrolment, cohort).json().getString("state")).isEqualTo("ENROLLED");
        return new Family(mother, enrolment, ids);
    }

    private void mark(Family family, int session, String status) {
        Cases.expect(api.put("api/sessions/" + sessionId(session) + "/register/" + family.enrolment(), "{\"status\":\"" + status + "\"}",
                lead.token()), 200);
    }

    private void withdraw(Family family, LocalDate on) {
        Api.Answer withdrawn = api.post("api/enrolments/" + family.enrolment() + "/withdrawal",
                "{\"reason\":\"DISENGAGED\",\"withdrawnOn\":\"" + on + "\"}", lead.token());
        Cases.expect(withdrawn, 200);
        assertThat(withdrawn.json().getString("endedOn")).isEqualTo(on.toString());
    }

    /** A questionnaire on paper with every item given the same value; a negative value answers nothing. */
    private void answer(int family, Long child, String instrument, String stage, LocalDate on, int value, List<String> items) {
        if (value >= 0) {
            Cases.expect(api.post("api/evaluation/responses", body(families.get(family).enrolment(), child, instrument, stage, on, value, items),
                    lead.token()), 201);
        }
    }

    private static String body(long enrolment, Long child, String instrument, String stage, LocalDate on, int value, List<String> items) {
        String answers = items.stream().map(i -> "{\"item\":\"" + i + "\",\"value\":" + value + "}").collect(Collectors.joining(",", "[", "]"));
        return """
                {"enrolmentId":%d,"instrument":"%s","stage":"%s","answeredOn":"%s","answers":%s%s}
                """.formatted(enrolment, instrument, stage, on, answers, child == null ? "" : ",\"childId\":" + child);
    }

    private JsonObject report(boolean suppress) {
        Api.Answer answer = api.get("api/reports/completion?cohort=" + cohort + "&suppress=" + suppress, lead.token());
        Cases.expect(answer, 200);
        return answer.json();
    }

    private static JsonObject evaluation(JsonObject report, String instrument, String group) {
        return report.getJsonArray("evaluation").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("instrumentId").equals(instrument) && e.getString("group").equals(group)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + instrument + " for " + group + " in " + report.getJsonArray("evaluation")));
    }

    private static JsonObject stageOf(JsonObject change, String stage) {
        return change.getJsonArray("responses").getValuesAs(JsonObject.class).stream().filter(s -> s.getString("stage").equals(stage))
                .findFirst().orElseThrow();
    }

    /** One stage's figures, unsuppressed: answered, then each rate as numerator and denominator (null: none at this stage). */
    private static void stage(JsonObject change, String stage, int answered, int started, int ofStarted, Integer pre, Integer ofPre,
                              Integer completers, Integer ofCompleters) {
        JsonObject figures = stageOf(change, stage);
        assertThat(count(figures, "answered")).as(stage + " answered").isEqualTo(answered);
        assertThat(percent(figures, "ofStarted")).as(stage + " of those who started").isCloseTo(100.0 * started / ofStarted, within(1e-9));
        if (pre == null) {
            assertThat(figures.containsKey("ofPre")).as(stage + ": no rate over pre").isFalse();
            assertThat(figures.containsKey("ofCompleters")).isFalse();
        } else {
            assertThat(percent(figures, "ofPre")).as(stage + " of those who answered before").isCloseTo(100.0 * pre / ofPre, within(1e-9));
            assertThat(percent(figures, "ofCompleters")).as(stage + " of completers").isCloseTo(100.0 * completers / ofCompleters, within(1e-9));
        }
    }

    private static Integer count(JsonObject parent, String name) {
        JsonObject figure = parent.getJsonObject(name);
        return figure.containsKey("value") ? figure.getInt("value") : null;
    }

    private static double number(JsonObject parent, String name) {
        return parent.getJsonNumber(name).doubleValue();
    }

    private static double percent(JsonObject parent, String name) {
        return parent.getJsonObject(name).getJsonNumber("percent").doubleValue();
    }

    private LocalDate date(int session) {
        return LocalDate.parse(sessions.get(session).getString("date"));
    }

    private long sessionId(int session) {
        return sessions.get(session).getJsonNumber("id").longValue();
    }

    private JsonObject programme() {
        return api.get("api/programmes", lead.token()).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals("DART")).findFirst().orElseThrow();
    }

    private String settings(int lengthWeeks, long version) {
        JsonObject rule = settingsBefore.getJsonObject("completionRule");
        return "{\"lengthWeeks\":" + lengthWeeks + ",\"sessionMinutes\":" + settingsBefore.getInt("sessionMinutes") + ",\"minAttendancePercent\":"
                + rule.getInt("minAttendancePercent") + ",\"requiresFinalSession\":" + rule.getBoolean("requiresFinalSession")
                + ",\"requiresPostQuestionnaire\":" + rule.getBoolean("requiresPostQuestionnaire") + ",\"version\":" + version + "}";
    }
}
