package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Moving an enrolled person to another cohort of their programme (issue 15, item 5): the attendance they had in the
 * cohort they left still counts on their progress page, in the completion rule, on both cohorts' registers and in the
 * completion report, and a move the rules do not allow is refused with nothing changed.
 */
class CohortTransferIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String REASON = "{\"cohortId\":%d,\"reason\":\"Her hours at work changed (test)\"}";

    private Cases cases;
    private String lead;
    private long venue;
    private long first;
    private long second;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
        lead = api.demo("lead");
        venue = cases.venue("Transfer Rooms");
        // Both started about five weeks ago, on different days, so neither has a session today.
        first = cases.cohort(lead, "FREEDOM", venue, TODAY.minusWeeks(5).minusDays(1), "10:00", 12, cases.account("FACILITATOR").id()).getInt("id");
        second = cases.cohort(lead, "FREEDOM", venue, TODAY.minusWeeks(5).plusDays(2), "14:00", 12, cases.account("FACILITATOR").id()).getInt("id");
    }

    private List<JsonObject> pastSessions(long cohort) {
        return api.get("api/cohorts/" + cohort, lead).json().getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("status").equals("SCHEDULED") && LocalDate.parse(s.getString("date")).isBefore(TODAY)).toList();
    }

    private Api.Answer transfer(long enrolment, long cohort, String token) {
        return api.post("api/enrolments/" + enrolment + "/transfer", REASON.formatted(cohort), token);
    }

    @Test
    void someoneMovedToAnotherCohortKeepsTheAttendanceTheyHadEverywhereItIsCounted() {
        Cases.Ready her = cases.eligibleForFreedom(lead, "Mover", TODAY.minusWeeks(6));
        Cases.expect(cases.place(lead, her.enrolment(), first), 200);
        List<JsonObject> sessions = pastSessions(first);
        String[] marks = {"PRESENT", "PRESENT", "ABSENT", "PRESENT"};
        for (int i = 0; i < marks.length; i++) {
            Cases.expect(api.put("api/sessions/" + sessions.get(i).getInt("id") + "/register/" + her.enrolment(),
                    "{\"status\":\"" + marks[i] + "\"}", lead), 200);
        }
        // Two registers closed (the report's prepared rows), two still open (its live count).
        Cases.expect(api.post("api/sessions/" + sessions.get(0).getInt("id") + "/register/closure", null, lead), 200);
        Cases.expect(api.post("api/sessions/" + sessions.get(1).getInt("id") + "/register/closure", null, lead), 200);

        Api.Answer moved = transfer(her.enrolment(), second, lead);

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().getInt("cohortId")).isEqualTo((int) second);
        JsonObject progress = api.get("api/participants/" + her.participant() + "/progress", lead).json()
                .getJsonArray("enrolments").getJsonObject(0);
        assertThat(progress.getInt("cohortId")).isEqualTo((int) second);
        JsonObject attendance = progress.getJsonObject("attendance");
        assertThat(attendance.getInt("attended")).as("attended in the cohort she left").isEqualTo(3);
        assertThat(attendance.getInt("held")).isEqualTo(4);
        JsonObject assessment = api.get("api/enrolments/" + her.enrolment() + "/completion-assessment", lead).json();
        assertThat(assessment.getInt("sessionsAttended")).as("the completion rule counts them too").isEqualTo(3);

        assertThat(api.get("api/alerts", lead).array().getValuesAs(JsonObject.class))
                .filteredOn(a -> a.getString("kind").equals("MOVED_COHORT") && a.getString("participantReference").equals(String.format("P-%06d", her.participant())))
                .singleElement().satisfies(a -> assertThat(a.getString("message")).contains("moved from cohort " + first + " to cohort " + second));

        JsonObject left = row(first, her.enrolment());
        assertThat(left.getString("movedOn")).as("the register she left keeps her row, saying when she moved").isEqualTo(TODAY.toString());
        assertThat(left.getInt("attended")).isEqualTo(3);
        assertThat(left.getInt("held")).isEqualTo(4);
        JsonObject joined = row(second, her.enrolment());
        assertThat(joined.containsKey("movedOn")).isFalse();
        assertThat(joined.getInt("held")).as("no session of the new cohort before she joined is hers").isZero();
        assertThat(api.get("api/sessions/" + sessions.get(2).getInt("id") + "/register", lead).json().getJsonArray("entries")
                .getValuesAs(JsonObject.class)).extracting(e -> e.getJsonNumber("enrolmentId").longValue() + ":" + e.getString("status"))
                .as("her mark in the cohort she left is still on its register").contains(her.enrolment() + ":ABSENT");
        Cases.expect(api.put("api/sessions/" + sessions.get(2).getInt("id") + "/register/" + her.enrolment(),
                "{\"status\":\"EXCUSED\"}", lead), 200);
        // A register of the cohort she left, closed after she moved and after her row was last rebuilt (the report
        // rebuilds stale rows first): her row must follow that week out of the live count into the prepared one.
        Cases.expect(api.get("api/reports/completion?cohort=" + second + "&suppress=false", lead), 200);
        Cases.expect(api.post("api/sessions/" + sessions.get(3).getInt("id") + "/register/closure", null, lead), 200);

        List<JsonObject> weeks = api.get("api/reports/completion?cohort=" + second + "&suppress=false", lead).json()
                .getJsonObject("attendance").getJsonArray("weeks").getValuesAs(JsonObject.class);
        assertThat(weeks).extracting(w -> w.getInt("week") + ":" + w.getJsonObject("expected").getInt("value") + "/"
                        + w.getJsonObject("attended").getInt("value"))
                .as("the report of the cohort she is in counts the weeks she attended in the one she left")
                .containsExactly("1:1/1", "2:1/1", "3:1/0", "4:1/1");
    }

    private JsonObject row(long cohort, long enrolment) {
        return api.get("api/cohorts/" + cohort + "/register", lead).json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("enrolmentId").longValue() == enrolment).findFirst().orElseThrow();
    }

    @Test
    void aMoveTheRulesDoNotAllowIsRefusedAndChangesNothing() {
        Cases.Ready her = cases.eligibleForFreedom(lead, "Stayer", TODAY.minusWeeks(6));
        Cases.Ready waiting = cases.eligibleForFreedom(lead, "Unplaced", TODAY.minusWeeks(6));
        Cases.expect(cases.place(lead, her.enrolment(), first), 200);
        long full = cases.cohort(lead, "FREEDOM", venue, TODAY.plusWeeks(1), "16:00", 1, cases.account("FACILITATOR").id()).getInt("id");
        Cases.expect(cases.place(lead, cases.eligibleForFreedom(lead, "Filler", TODAY.minusWeeks(6)).enrolment(), full), 200);
        long over = cases.cohort(lead, "FREEDOM", venue, TODAY.minusWeeks(40), "18:00", 12, cases.account("FACILITATOR").id()).getInt("id");
        long dads = cases.cohort(lead, "CARING_DADS", cases.venue("Other Rooms"), TODAY.plusWeeks(1), "18:00", 12,
                cases.account("FACILITATOR").id(), cases.account("FACILITATOR").id()).getInt("id");

        assertThat(transfer(waiting.enrolment(), second, lead).problemType()).as("not yet placed").isEqualTo("urn:dap:problem:illegal-transition");
        assertThat(detail(transfer(her.enrolment(), first, lead))).contains("already");
        assertThat(detail(transfer(her.enrolment(), dads, lead))).contains("runs CARING_DADS");
        assertThat(detail(transfer(her.enrolment(), full, lead))).contains("no free place");
        assertThat(detail(transfer(her.enrolment(), over, lead))).contains("no session left");
        Api.Answer noReason = api.post("api/enrolments/" + her.enrolment() + "/transfer", "{\"cohortId\":" + second + ",\"reason\":\" \"}", lead);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("Say why they are moving");
        assertThat(transfer(her.enrolment(), second, cases.account("KEY_WORKER").token()).status()).as("only a lead moves people").isEqualTo(403);

        assertThat(api.get("api/referrals/" + her.referral(), lead).json().getJsonObject("enrolment").getInt("cohortId"))
                .as("still where she was").isEqualTo((int) first);
    }

    private static String detail(Api.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(409);
        assertThat(answer.problemType()).isEqualTo("urn:dap:problem:cohort-rule");
        return answer.json().getString("detail");
    }
}
