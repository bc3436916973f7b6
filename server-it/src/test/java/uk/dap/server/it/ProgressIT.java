package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The participant's progress page through the real API: the attendance record week by week and its rate, scores
 * before and after, alerts, the outcome, and who may see it — the key worker and the lead in full, the referrer restricted to their own referrals, nobody
 * else.
 */
class ProgressIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private Cases cases;
    private String lead;
    private Cases.Account facilitator;
    private Cases.Account keyWorker;
    private Cases.Account referrer;
    private long cohort;
    private long lastWeek;
    private long today;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
        lead = api.demo("lead");
        facilitator = cases.account("FACILITATOR");
        keyWorker = cases.account("KEY_WORKER");
        referrer = cases.account("REFERRER");
        long venue = cases.venue("Progress Rooms");
        JsonObject created = cases.cohort(lead, "FREEDOM", venue, TODAY.minusWeeks(1), "09:00", 12, facilitator.id());
        cohort = created.getInt("id");
        lastWeek = created.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        today = created.getJsonArray("sessions").getJsonObject(1).getJsonNumber("id").longValue();
    }

    /** Referred by the referrer, with the key worker assigned, accepted and placed in the cohort. */
    private Cases.Ready person(String first) {
        return cases.placedInFreedom(referrer.token(), lead, keyWorker.id(), cohort, first, "Surname-" + first, null);
    }

    private void mark(long session, Cases.Ready who, String status) {
        assertThat(api.put("api/sessions/" + session + "/register/" + who.enrolment(), "{\"status\":\"" + status + "\"}",
                facilitator.token()).status()).isEqualTo(200);
    }

    private JsonObject progress(String token, Cases.Ready who) {
        Api.Answer answer = api.get("api/participants/" + who.participant() + "/progress", token);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonObject only(JsonObject progress) {
        List<JsonObject> enrolments = progress.getJsonArray("enrolments").getValuesAs(JsonObject.class);
        assertThat(enrolments).hasSize(1);
        return enrolments.get(0);
    }

    /** Rosenberg answers on paper: the positively worded items one value, the reverse-scored items another. */
    private Api.Answer rses(Cases.Ready who, String stage, int positive, int reversed) {
        String answers = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(i -> "{\"item\":\"rses" + i + "\",\"value\":"
                + (java.util.Set.of(2, 5, 6, 8, 9).contains(i) ? reversed : positive) + "}").collect(java.util.stream.Collectors.joining(","));
        return api.post("api/evaluation/responses", """
                {"enrolmentId":%d,"instrument":"RSES","stage":"%s","answeredOn":"%s","answers":[%s]}
                """.formatted(who.enrolment(), stage, TODAY, answers), keyWorker.token());
    }

    @Test
    void theKeyWorkerSeesEachWeekTheRateAndTheAlertWhenSheMissesTwoInARow() {
        Cases.Ready dilys = person("Dilys");
        Cases.Ready efa = person("Efa");
        mark(lastWeek, dilys, "ABSENT");
        mark(lastWeek, efa, "LATE");
        api.post("api/sessions/" + lastWeek + "/register/closure", null, facilitator.token());
        mark(today, efa, "LEFT_EARLY");
        api.post("api/sessions/" + today + "/register/closure", null, facilitator.token());

        JsonObject missed = only(progress(keyWorker.token(), dilys));
        assertThat(missed.getString("programmeName")).isEqualTo("Freedom Programme");
        assertThat(missed.getString("state")).isEqualTo("ENROLLED");
        assertThat(missed.getString("firstSession")).isEqualTo(TODAY.minusWeeks(1).toString());
        JsonObject attendance = missed.getJsonObject("attendance");
        assertThat(attendance.getInt("held")).isEqualTo(2);
        assertThat(attendance.getInt("absent")).isEqualTo(2);
        assertThat(attendance.getInt("ratePercent")).isZero();
        assertThat(attendance.getInt("toCome")).isEqualTo(10);
        List<JsonObject> weeks = missed.getJsonArray("weeks").getValuesAs(JsonObject.class);
        assertThat(weeks).hasSize(12);
        assertThat(weeks.get(0).getString("mark")).isEqualTo("ABSENT");
        assertThat(weeks.get(2).get("mark")).as("not held yet").isNull();
        assertThat(missed.get("outcome")).as("nothing to show while she is still on the programme").isNull();
        assertThat(missed.getJsonArray("alerts").getValuesAs(JsonObject.class))
                .singleElement().satisfies(a -> assertThat(a.getString("kind")).isEqualTo("NON_ENGAGEMENT"));

        // Her questionnaires on paper: before low, after high (items 2, 5, 6, 8 and 9 are reverse-scored).
        assertThat(rses(efa, "PRE", 1, 2).status()).isEqualTo(201);
        assertThat(rses(efa, "POST", 3, 0).status()).isEqualTo(201);
        JsonObject score = only(progress(keyWorker.token(), efa)).getJsonArray("scores").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("instrument").equals("RSES")).findFirst().orElseThrow();
        assertThat(score.getJsonNumber("pre").doubleValue()).isEqualTo(10.0);
        assertThat(score.getJsonNumber("post").doubleValue()).isEqualTo(30.0);
        assertThat(score.getJsonNumber("change").doubleValue()).isEqualTo(20.0);
        assertThat(only(progress(referrer.token(), efa)).getJsonArray("scores")).as("the referrer sees scores, not answers").hasSize(1);

        JsonObject came = only(progress(keyWorker.token(), efa)).getJsonObject("attendance");
        assertThat(came.getInt("attended")).as("late and leaving early both count as attending").isEqualTo(2);
        assertThat(came.getInt("late")).isEqualTo(1);
        assertThat(came.getInt("leftEarly")).isEqualTo(1);
        assertThat(came.getInt("ratePercent")).isEqualTo(100);
        assertThat(only(progress(keyWorker.token(), efa)).getJsonArray("alerts")).isEmpty();
    }

    @Test
    void theReferrerSeesTheirOwnReferralRestrictedAndNobodyElseSeesItAtAll() {
        Cases.Ready ffion = person("Ffion");
        mark(lastWeek, ffion, "PRESENT");
        assertThat(api.post("api/enrolments/" + ffion.enrolment() + "/withdrawal",
                "{\"reason\":\"MOVED_AWAY\",\"note\":\"Moved to a refuge in another county (test).\"}", lead).status()).isEqualTo(200);

        assertThat(api.put("api/enrolments/" + ffion.enrolment() + "/outcome", """
                {"summary":"Left the area for her safety; the new area's service has her details (test).","support":{"offered":false}}
                """, lead).status()).isEqualTo(200);

        JsonObject full = progress(keyWorker.token(), ffion);
        assertThat(only(full).getJsonObject("outcome").getString("summary")).contains("new area's service");
        assertThat(full.getBoolean("restricted")).isFalse();
        assertThat(only(full).getString("withdrawalNote")).contains("refuge");

        JsonObject forReferrer = progress(referrer.token(), ffion);
        assertThat(forReferrer.getBoolean("restricted")).isTrue();
        JsonObject enrolment = only(forReferrer);
        assertThat(enrolment.getString("state")).isEqualTo("WITHDRAWN");
        assertThat(enrolment.getString("withdrawalReason")).isEqualTo("MOVED_AWAY");
        assertThat(enrolment.get("withdrawalNote")).as("the note can hold case detail").isNull();
        assertThat(enrolment.getJsonObject("outcome").getBoolean("recorded")).isTrue();
        assertThat(enrolment.getJsonObject("outcome").get("summary")).as("a worker's note").isNull();
        assertThat(forReferrer.toString()).doesNotContain("refuge").doesNotContain("new area's service");
        assertThat(enrolment.getJsonObject("attendance").getInt("attended")).isEqualTo(1);

        assertThat(api.get("api/participants/" + ffion.participant() + "/progress", cases.account("REFERRER").token()).status())
                .as("another referrer").isEqualTo(404);
        assertThat(api.get("api/participants/" + ffion.participant() + "/progress", cases.account("KEY_WORKER").token()).status())
                .as("another key worker").isEqualTo(404);
        assertThat(api.get("api/participants/" + ffion.participant() + "/progress", cases.account("PROGRAMME_LEAD", "CARING_DADS").token())
                .status()).as("the lead of another programme").isEqualTo(404);
        assertThat(api.get("api/participants/" + ffion.participant() + "/progress", facilitator.token()).status())
                .as("facilitators keep to the registers").isEqualTo(403);
        assertThat(api.get("api/audit?limit=40", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> {
                    assertThat(e.getString("action")).isEqualTo("READ_PROGRESS");
                    assertThat(e.getString("actor")).isEqualTo(referrer.username());
                });
    }
}
