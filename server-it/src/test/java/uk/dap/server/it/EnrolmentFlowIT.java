package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Cohort schedules around closure dates, the enrolment state machine, the waiting list and DART families. */
class EnrolmentFlowIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private Cases cases;
    private String lead;
    private long facilitator;
    private long venue;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
        lead = api.demo("lead");
        facilitator = cases.account("FACILITATOR").id();
        venue = cases.venue("Flow Hall");
    }

    @Test
    void aCohortGetsOneSessionAWeekForTheProgrammesLengthSkippingClosureDates() {
        // A Monday years ahead (within the five years a group's dates may be), so that no other test's closure dates or
        // bank holidays interfere.
        LocalDate start = LocalDate.of(2028 + ThreadLocalRandom.current().nextInt(3), 2, 1).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate closed = start.plusWeeks(2);
        assertThat(api.post("api/closure-dates", "{\"date\":\"" + closed + "\",\"description\":\"Building closed (test)\"}", lead).status()).isEqualTo(201);
        try {
            JsonObject cohort = cases.cohort(lead, "FREEDOM", venue, start, "10:00", 12, facilitator);

            List<JsonObject> sessions = cohort.getJsonArray("sessions").getValuesAs(JsonObject.class);
            assertThat(sessions).hasSize(length("FREEDOM"));
            assertThat(sessions).extracting(s -> LocalDate.parse(s.getString("date"))).doesNotContain(closed)
                    .startsWith(start, start.plusWeeks(1), start.plusWeeks(3))
                    .endsWith(start.plusWeeks(length("FREEDOM")))
                    .allSatisfy(d -> assertThat(d.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
            assertThat(sessions).extracting(s -> s.getInt("number")).containsExactlyElementsOf(
                    java.util.stream.IntStream.rangeClosed(1, length("FREEDOM")).boxed().toList());
            assertThat(cohort.getString("weekday")).isEqualTo("Monday");
            assertThat(cohort.getInt("durationMinutes")).isEqualTo(120);
        } finally {
            api.send("DELETE", "api/closure-dates/" + closed, null, lead);
        }
    }

    @Test
    void cancellingASessionAddsOneAfterTheLastSoTheLengthStays() {
        LocalDate start = TODAY.plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY));
        JsonObject cohort = cases.cohort(lead, "FREEDOM", venue, start, "13:00", 12, facilitator);
        List<JsonObject> before = cohort.getJsonArray("sessions").getValuesAs(JsonObject.class);
        LocalDate lastBefore = LocalDate.parse(before.get(before.size() - 1).getString("date"));
        long third = before.get(2).getJsonNumber("id").longValue();

        Api.Answer cancelled = api.post("api/cohorts/" + cohort.getInt("id") + "/sessions/" + third
                + "/cancellation", "{\"reason\":\"Facilitator ill (test)\"}", lead);

        assertThat(cancelled.status()).isEqualTo(200);
        List<JsonObject> after = cancelled.json().getJsonArray("sessions").getValuesAs(JsonObject.class);
        assertThat(after).filteredOn(s -> s.getString("status").equals("SCHEDULED")).hasSize(before.size());
        assertThat(after).filteredOn(s -> s.getString("status").equals("CANCELLED")).singleElement()
                .satisfies(s -> assertThat(s.getString("note")).isEqualTo("Facilitator ill (test)"));
        JsonObject last = after.get(after.size() - 1);
        assertThat(LocalDate.parse(last.getString("date"))).isAfterOrEqualTo(lastBefore.plusWeeks(1));
        assertThat(last.getInt("number")).isEqualTo(before.size() + 1);
    }

    @Test
    void movingASessionOntoAClosureDateIsRefused() {
        LocalDate start = TODAY.plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        JsonObject cohort = cases.cohort(lead, "FREEDOM", venue, start, "10:00", 12, facilitator);
        long session = cohort.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        LocalDate closure = LocalDate.parse(api.get("api/closure-dates", lead).array().getJsonObject(0).getString("date"));

        Api.Answer moved = api.put("api/cohorts/" + cohort.getInt("id") + "/sessions/" + session,
                "{\"date\":\"" + closure + "\",\"startTime\":\"10:00\"}", lead);

        assertThat(moved.status()).isEqualTo(409);
        assertThat(moved.json().getString("detail")).contains("closure date");
    }

    @Test
    void caringDadsNeedsTwoFacilitatorsAndTenToFifteenPlaces() {
        long second = cases.account("FACILITATOR").id();
        String body = """
                {"programme":"CARING_DADS","venueId":%d,"startDate":"%s","startTime":"18:00","capacity":%d,"facilitatorIds":[%s]}
                """;
        LocalDate start = TODAY.plusWeeks(5);
        Api.Answer oneFacilitator = api.post("api/cohorts", body.formatted(venue, start, 12, facilitator), lead);
        assertThat(oneFacilitator.status()).isEqualTo(400);
        assertThat(oneFacilitator.json().getString("detail")).contains("needs 2 facilitators");

        Api.Answer tooSmall = api.post("api/cohorts", body.formatted(venue, start, 8, facilitator + "," + second), lead);
        assertThat(tooSmall.status()).isEqualTo(400);
        assertThat(tooSmall.json().getString("detail")).contains("10 to 15 places");

        assertThat(api.post("api/cohorts", body.formatted(venue, start, 12, facilitator + "," + second), lead).status()).isEqualTo(201);
        assertThat(api.post("api/cohorts", body.formatted(venue, start, 12, facilitator + "," + second), api.demo("keyworker")).status())
                .isEqualTo(403);
    }

    @Test
    void illegalMovesAreRefusedNamingTheAllowedOnes() {
        long participant = cases.participant(lead, "Machine", "FEMALE", LocalDate.of(1991, 5, 5));
        JsonObject referral = cases.referral(lead, """
                {"participantId":%d,"programme":"FREEDOM","agencyType":"SELF_REFERRAL","reason":"Test","answers":{"experiencedDomesticAbuse":true}}
                """.formatted(participant));
        long referralId = referral.getJsonNumber("id").longValue();
        long enrolment = referral.getJsonObject("enrolment").getJsonNumber("id").longValue();
        assertThat(referral.getJsonObject("enrolment").getString("state")).isEqualTo("REFERRED");
        long cohort = cases.cohort(lead, "FREEDOM", venue, TODAY.plusWeeks(4), "09:30", 12, facilitator).getInt("id");

        Api.Answer tooEarly = cases.place(lead, enrolment, cohort);
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.problemType()).isEqualTo("urn:dap:problem:illegal-transition");
        assertThat(tooEarly.json().getJsonArray("allowed").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactlyInAnyOrder("ASSESSED", "WITHDRAWN");

        Api.Answer decideUnchecked = api.post("api/referrals/" + referralId + "/decisions", "{\"decision\":\"ACCEPT\",\"reason\":\"x\"}", lead);
        assertThat(decideUnchecked.status()).isEqualTo(409);
        assertThat(decideUnchecked.json().getString("detail")).contains("Run the eligibility check");

        cases.check(lead, referralId);
        cases.accept(lead, referralId);
        Api.Answer completeEarly = api.post("api/enrolments/" + enrolment + "/completion", null, lead);
        assertThat(completeEarly.status()).isEqualTo(409);
        assertThat(completeEarly.json().getJsonArray("allowed").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactlyInAnyOrder("WAITING", "ENROLLED", "WITHDRAWN");
        assertThat(api.post("api/referrals/" + referralId + "/eligibility-checks", null, lead).status()).as("re-check after the decision").isEqualTo(409);

        assertThat(cases.place(lead, enrolment, cohort).json().getString("state")).isEqualTo("ENROLLED");
        Api.Answer beforeTheGroupRuns = api.post("api/enrolments/" + enrolment + "/completion", null, lead);
        assertThat(beforeTheGroupRuns.status()).isEqualTo(409);
        assertThat(beforeTheGroupRuns.problemType()).isEqualTo("urn:dap:problem:completion-rule");
        assertThat(api.post("api/enrolments/" + enrolment + "/withdrawal", "{\"reason\":\"MOVED_AWAY\"}", lead).json().getString("state"))
                .isEqualTo("WITHDRAWN");
        Api.Answer afterEnd = api.post("api/enrolments/" + enrolment + "/withdrawal", "{\"reason\":\"OTHER\"}", lead);
        assertThat(afterEnd.status()).isEqualTo(409);
        assertThat(afterEnd.json().getString("detail")).contains("finished");
        assertThat(afterEnd.json().containsKey("allowed")).isFalse();
    }

    @Test
    void aFullCohortKeepsAWaitingListInReferralOrderAndOffersAFreedPlaceToTheNext() {
        long cohort = cases.cohort(lead, "FREEDOM", venue, TODAY.plusWeeks(6), "10:00", 2, facilitator).getInt("id");
        Cases.Ready ann = cases.eligibleForFreedom(lead, "Ann", TODAY.minusDays(10));
        Cases.Ready bea = cases.eligibleForFreedom(lead, "Bea", TODAY.minusDays(5));
        Cases.Ready cat = cases.eligibleForFreedom(lead, "Cat", TODAY.minusDays(1));
        Cases.Ready dot = cases.eligibleForFreedom(lead, "Dot", TODAY.minusDays(20));

        assertThat(cases.place(lead, ann.enrolment(), cohort).json().getString("state")).isEqualTo("ENROLLED");
        assertThat(cases.place(lead, bea.enrolment(), cohort).json().getString("state")).isEqualTo("ENROLLED");
        JsonObject catWaits = cases.place(lead, cat.enrolment(), cohort).json();
        assertThat(catWaits.getString("state")).isEqualTo("WAITING");
        assertThat(catWaits.getInt("waitingPosition")).isEqualTo(1);
        assertThat(cases.place(lead, dot.enrolment(), cohort).json().getInt("waitingPosition"))
                .as("Dot was referred before Cat, so she goes ahead of her").isEqualTo(1);

        JsonObject roster = api.get("api/cohorts/" + cohort + "/roster", lead).json();
        assertThat(roster.getJsonArray("enrolled")).hasSize(2);
        assertThat(roster.getJsonArray("waiting").getValuesAs(JsonObject.class)).extracting(w -> w.getString("firstName"))
                .containsExactly("Dot", "Cat");

        Api.Answer jumpTheQueue = cases.place(lead, cat.enrolment(), cohort);
        assertThat(jumpTheQueue.status()).isEqualTo(409);
        assertThat(jumpTheQueue.json().getString("detail")).contains("number 2");

        Api.Answer withdrawn = api.post("api/enrolments/" + ann.enrolment() + "/withdrawal", "{\"reason\":\"MOVED_AWAY\",\"note\":\"Left the area\"}", lead);
        assertThat(withdrawn.json().getString("state")).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.json().getString("withdrawalReason")).isEqualTo("MOVED_AWAY");

        List<JsonObject> waiting = api.get("api/cohorts/" + cohort + "/roster", lead).json().getJsonArray("waiting").getValuesAs(JsonObject.class);
        assertThat(waiting).extracting(w -> w.getString("firstName") + ":" + w.getBoolean("offered")).containsExactly("Dot:true", "Cat:false");
        assertThat(api.get("api/alerts", lead).array().getValuesAs(JsonObject.class))
                .anySatisfy(a -> {
                    assertThat(a.getString("kind")).isEqualTo("PLACE_OFFERED");
                    assertThat(a.getInt("cohortId")).isEqualTo((int) cohort);
                });
        assertThat(cases.place(lead, cat.enrolment(), cohort).status()).isEqualTo(409);
        assertThat(cases.place(lead, dot.enrolment(), cohort).json().getString("state")).isEqualTo("ENROLLED");

        JsonObject after = api.get("api/cohorts/" + cohort + "/roster", lead).json();
        assertThat(after.getJsonArray("enrolled").getValuesAs(JsonObject.class)).extracting(e -> e.getString("firstName"))
                .containsExactlyInAnyOrder("Bea", "Dot");
        assertThat(after.getJsonArray("waiting").getValuesAs(JsonObject.class)).extracting(w -> w.getString("firstName"))
                .containsExactly("Cat");
    }

    @Test
    void someoneWaitingMayMoveToAnotherCohortAndTheirOfferedPlacePassesOn() {
        long full = cases.cohort(lead, "FREEDOM", venue, TODAY.plusWeeks(7), "10:00", 1, facilitator).getInt("id");
        long other = cases.cohort(lead, "FREEDOM", venue, TODAY.plusWeeks(7), "14:00", 12, facilitator).getInt("id");
        Cases.Ready holder = cases.eligibleForFreedom(lead, "Holder", TODAY.minusDays(30));
        Cases.Ready first = cases.eligibleForFreedom(lead, "First", TODAY.minusDays(20));
        Cases.Ready second = cases.eligibleForFreedom(lead, "Second", TODAY.minusDays(10));
        assertThat(cases.place(lead, holder.enrolment(), full).json().getString("state")).isEqualTo("ENROLLED");
        assertThat(cases.place(lead, first.enrolment(), full).json().getString("state")).isEqualTo("WAITING");
        assertThat(cases.place(lead, second.enrolment(), full).json().getString("state")).isEqualTo("WAITING");
        api.post("api/enrolments/" + holder.enrolment() + "/withdrawal", "{\"reason\":\"HEALTH\"}", lead);

        JsonObject moved = cases.place(lead, first.enrolment(), other).json();

        assertThat(moved.getString("state")).isEqualTo("ENROLLED");
        assertThat(moved.getInt("cohortId")).isEqualTo((int) other);
        assertThat(api.get("api/cohorts/" + full + "/roster", lead).json().getJsonArray("waiting").getValuesAs(JsonObject.class))
                .extracting(w -> w.getString("firstName") + ":" + w.getBoolean("offered")).containsExactly("Second:true");
    }

    @Test
    void withdrawalNeedsAReasonCode() {
        Cases.Ready eve = cases.eligibleForFreedom(lead, "Eve", TODAY);
        Api.Answer answer = api.post("api/enrolments/" + eve.enrolment() + "/withdrawal", "{\"note\":\"no reason\"}", lead);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reason");
        assertThat(api.get("api/referrals/" + eve.referral(), lead).json().getJsonObject("enrolment").getString("state")).isEqualTo("ELIGIBLE");
    }

    @Test
    void aPlaceMustBeInACohortOfTheSameProgramme() {
        Cases.Ready fay = cases.eligibleForFreedom(lead, "Fay", TODAY);
        long gateway = cases.cohort(lead, "GATEWAY", venue, TODAY.plusWeeks(3), "10:00", 12, facilitator).getInt("id");

        Api.Answer answer = cases.place(lead, fay.enrolment(), gateway);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.problemType()).isEqualTo("urn:dap:problem:cohort-rule");
    }

    @Test
    void dartEnrolsAMotherWithHerChildrenAsOneFamily() {
        long mother = cases.participant(lead, "Mum", "FEMALE", LocalDate.of(1985, 6, 1));
        long eight = cases.child(lead, mother, TODAY.minusYears(8).minusMonths(2), true, null, "CHILD_IN_NEED", false);
        long eleven = cases.child(lead, mother, TODAY.minusYears(11).minusMonths(2), true, null, "NONE", false);
        JsonObject referral = cases.referral(lead, """
                {"participantId":%d,"programme":"DART","agencyType":"IDVA_SERVICE","externalAgency":"Example IDVA (fictional)",
                 "externalContact":"I. Advocate (fictional)","reason":"Family referral","answers":{"experiencedDomesticAbuse":true},
                 "familyChildIds":[%d,%d]}
                """.formatted(mother, eight, eleven));
        long referralId = referral.getJsonNumber("id").longValue();
        cases.consent(lead, referralId, "REFERRAL");
        assertThat(cases.check(lead, referralId).getString("outcome")).isEqualTo("ELIGIBLE");
        cases.accept(lead, referralId);
        long cohort = cases.cohort(lead, "DART", venue, TODAY.plusWeeks(2), "16:00", 8, facilitator).getInt("id");

        assertThat(cases.place(lead, referral.getJsonObject("enrolment").getJsonNumber("id").longValue(), cohort).json().getString("state"))
                .isEqualTo("ENROLLED");

        JsonObject family = api.get("api/referrals/" + referralId, lead).json();
        assertThat(family.getJsonArray("familyChildIds").getValuesAs(jakarta.json.JsonNumber.class))
                .extracting(jakarta.json.JsonNumber::longValue).containsExactlyInAnyOrder(eight, eleven);
        JsonObject record = api.get("api/participants/" + mother, lead).json();
        assertThat(record.getJsonArray("children")).hasSize(2);

        Api.Answer notHers = api.post("api/referrals", """
                {"participantId":%d,"programme":"DART","agencyType":"IDVA_SERVICE","externalAgency":"Example IDVA (fictional)",
                 "externalContact":"I. Advocate (fictional)","reason":"x","familyChildIds":[%d]}
                """.formatted(cases.participant(lead, "Other", "FEMALE", LocalDate.of(1980, 1, 1)), eight), lead);
        assertThat(notHers.status()).isEqualTo(400);
        assertThat(notHers.json().getString("detail")).contains("is not one of this participant's children");
    }

    private int length(String programme) {
        return api.get("api/programmes", lead).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("code").equals(programme)).findFirst().orElseThrow().getInt("lengthWeeks");
    }
}
