package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Safety rule 1 on every path: a linked victim and perpetrator are never placed in the same cohort, nor in cohorts
 * meeting at the same venue at overlapping times, whether by placement (enrolled or waiting), by moving a session, by
 * moving a cohort to another venue, changing its facilitators; a link recorded afterwards raises alerts, and the
 * sessions can then be moved apart. Sessions back to back at one venue clash too (a 30-minute buffer). Links can be
 * corrected and ended, and two that disagree keep the pair apart. A refusal says only that a safety rule prevents it;
 * the other person's workers are told, and one caller's repeated refusals are flagged.
 */
class SeparationRuleIT extends ServerIT {
    /** Every refusal on separation grounds says this and no more, to everyone. */
    private static final String REFUSAL = "A safety rule prevents this change (linked people are kept apart). Choose another cohort,"
            + " day, time or venue, or ask your programme lead.";
    private static final LocalDate TUESDAY = LocalDate.now(ZoneId.of("Europe/London")).plusWeeks(8).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

    private Cases cases;
    private String lead;
    private long facilitator;
    private long coFacilitator;
    private long herFacilitator;
    private long hall;
    private long annexe;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
        lead = api.demo("lead");
        facilitator = cases.account("FACILITATOR").id();
        coFacilitator = cases.account("FACILITATOR").id();
        herFacilitator = cases.account("FACILITATOR").id();
        hall = cases.venue("Separation Hall");
        annexe = cases.venue("Separation Annexe");
    }

    /** A perpetrator enrolled in Caring Dads at the hall on Tuesday evenings, and his linked victim ready for Freedom. */
    private Couple couple() {
        long him = cases.participant(lead, "Perp", "MALE", LocalDate.of(1980, 2, 2));
        long her = cases.participant(lead, "Vic", "FEMALE", LocalDate.of(1982, 3, 3));
        cases.link(lead, her, "VICTIM", him, "PERPETRATOR");
        Cases.Ready his = cases.eligible(lead, him, "CARING_DADS", TUESDAY.minusWeeks(10));
        long dads = cases.cohort(lead, "CARING_DADS", hall, TUESDAY, "18:00", 12, facilitator, coFacilitator).getInt("id");
        assertThat(cases.place(lead, his.enrolment(), dads).json().getString("state")).isEqualTo("ENROLLED");
        Cases.Ready hers = cases.eligible(lead, her, "FREEDOM", TUESDAY.minusWeeks(10));
        return new Couple(him, her, his, hers, dads);
    }

    record Couple(long him, long her, Cases.Ready his, Cases.Ready hers, long dadsCohort) {
    }

    @Test
    void aVictimCannotBePlacedInASessionOverlappingHisAtTheSameVenue() {
        Couple c = couple();
        long overlapping = cases.cohort(lead, "FREEDOM", hall, TUESDAY, "19:00", 12, herFacilitator).getInt("id");

        Api.Answer refused = cases.place(lead, c.hers().enrolment(), overlapping);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.problemType()).isEqualTo("urn:dap:problem:separation-rule");
        assertThat(refused.json().getString("detail")).as("no more than that a safety rule prevents it").isEqualTo(REFUSAL)
                .doesNotContain(String.format("P-%06d", c.him()));
        assertThat(api.get("api/referrals/" + c.hers().referral(), lead).json().getJsonObject("enrolment").getString("state"))
                .as("nothing half-written").isEqualTo("ELIGIBLE");
        assertThat(api.get("api/audit?limit=40", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("action").equals("SEPARATION_REFUSED") && e.getString("recordId", "").equals(ref(c.her())))
                .singleElement().satisfies(e -> assertThat(e.getString("detail")).as("the audit says where").contains("overlapping"));
    }

    @Test
    void anotherVenueOrANonOverlappingTimeIsAllowed() {
        Couple c = couple();
        long morning = cases.cohort(lead, "FREEDOM", hall, TUESDAY, "10:00", 12, herFacilitator).getInt("id");
        long elsewhere = cases.cohort(lead, "FREEDOM", annexe, TUESDAY, "18:00", 12, herFacilitator).getInt("id");

        assertThat(cases.place(lead, c.hers().enrolment(), morning).json().getString("state")).isEqualTo("ENROLLED");

        long other = cases.participant(lead, "Vic2", "FEMALE", LocalDate.of(1983, 3, 3));
        cases.link(lead, other, "VICTIM", c.him(), "PERPETRATOR");
        Cases.Ready second = cases.eligible(lead, other, "FREEDOM", TUESDAY.minusWeeks(9));
        assertThat(cases.place(lead, second.enrolment(), elsewhere).json().getString("state")).isEqualTo("ENROLLED");
    }

    @Test
    void aFacilitatorOfHisGroupMayNotAlsoRunHersBecauseTheyWouldSeeBothRecords() {
        Couple c = couple();
        long sameFacilitator = cases.cohort(lead, "FREEDOM", annexe, TUESDAY.plusDays(1), "10:00", 12, facilitator).getInt("id");

        Api.Answer refused = cases.place(lead, c.hers().enrolment(), sameFacilitator);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).isEqualTo(REFUSAL);
        assertThat(api.get("api/audit?limit=40", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("action").equals("SEPARATION_REFUSED") && e.getString("recordId", "").equals(ref(c.her())))
                .singleElement().satisfies(e -> assertThat(e.getString("detail")).contains("groups run by the same facilitator"));
    }

    @Test
    void aLeadOfOneProgrammeLinksAPersonInAnotherByReferenceAndDateOfBirthWithoutSeeingThem() {
        Cases.Account freedomLead = cases.account("PROGRAMME_LEAD", "FREEDOM");
        long him = cases.participant(lead, "Zed", "MALE", LocalDate.of(1977, 7, 7));
        Cases.Ready his = cases.eligible(lead, him, "CARING_DADS", TUESDAY.minusWeeks(10));
        long her = cases.participant(freedomLead.token(), "Own", "FEMALE", LocalDate.of(1979, 9, 9));
        Cases.Ready hers = cases.eligible(freedomLead.token(), her, "FREEDOM", TUESDAY.minusWeeks(10));
        String link = """
                {"otherReference":"%s","otherDateOfBirth":"%s","relationship":"EX_PARTNER","thisRole":"VICTIM","otherRole":"PERPETRATOR"}
                """;

        Api.Answer wrongDate = api.post("api/participants/" + her + "/links", link.formatted(String.format("P-%06d", him), "1977-07-08"), freedomLead.token());
        assertThat(wrongDate.status()).isEqualTo(404);
        Api.Answer linked = api.post("api/participants/" + her + "/links", link.formatted(String.format("P-%06d", him), "1977-07-07"), freedomLead.token());
        assertThat(linked.status()).isEqualTo(201);
        assertThat(linked.json().containsKey("other")).as("his record stays hidden from her lead").isFalse();
        assertThat(linked.body()).doesNotContain("Zed");

        // The rule now applies across the two programmes.
        long dads = cases.cohort(lead, "CARING_DADS", hall, TUESDAY.plusDays(4), "18:00", 12, facilitator, coFacilitator).getInt("id");
        assertThat(cases.place(lead, his.enrolment(), dads).status()).isEqualTo(200);
        long hersCohort = cases.cohort(freedomLead.token(), "FREEDOM", hall, TUESDAY.plusDays(4), "18:30", 12, herFacilitator).getInt("id");
        assertThat(cases.place(freedomLead.token(), hers.enrolment(), hersCohort).status()).isEqualTo(409);
    }

    @Test
    void linkedPeopleCannotShareACohortEvenOnItsWaitingList() {
        long cohort = cases.cohort(lead, "FREEDOM", hall, TUESDAY.plusDays(1), "10:00", 1, facilitator).getInt("id");
        long one = cases.participant(lead, "Abuser", "FEMALE", LocalDate.of(1979, 1, 1));
        long two = cases.participant(lead, "Abused", "FEMALE", LocalDate.of(1981, 1, 1));
        cases.link(lead, one, "PERPETRATOR", two, "VICTIM");
        Cases.Ready first = cases.eligible(lead, one, "FREEDOM", TUESDAY.minusWeeks(13));
        Cases.Ready second = cases.eligible(lead, two, "FREEDOM", TUESDAY.minusWeeks(14));
        assertThat(cases.place(lead, first.enrolment(), cohort).json().getString("state")).isEqualTo("ENROLLED");

        Api.Answer refused = cases.place(lead, second.enrolment(), cohort);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("detail")).isEqualTo(REFUSAL);
        assertThat(api.get("api/cohorts/" + cohort + "/roster", lead).json().getJsonArray("waiting")).isEmpty();
    }

    @Test
    void aLinkWithAnUnknownRoleAlsoKeepsThemApartButTwoVictimsMayShare() {
        long cohort = cases.cohort(lead, "FREEDOM", hall, TUESDAY.plusDays(2), "10:00", 12, facilitator).getInt("id");
        long mother = cases.participant(lead, "Mother", "FEMALE", LocalDate.of(1970, 1, 1));
        long daughter = cases.participant(lead, "Daughter", "FEMALE", LocalDate.of(2000, 1, 1));
        long unknown = cases.participant(lead, "Unknown", "FEMALE", LocalDate.of(1975, 1, 1));
        cases.link(lead, mother, "VICTIM", daughter, "VICTIM");
        cases.link(lead, unknown, "UNKNOWN", mother, "VICTIM");
        assertThat(cases.place(lead, cases.eligible(lead, mother, "FREEDOM", TUESDAY.minusWeeks(12)).enrolment(), cohort).status()).isEqualTo(200);

        assertThat(cases.place(lead, cases.eligible(lead, daughter, "FREEDOM", TUESDAY.minusWeeks(12)).enrolment(), cohort).status())
                .isEqualTo(200);
        assertThat(cases.place(lead, cases.eligible(lead, unknown, "FREEDOM", TUESDAY.minusWeeks(12)).enrolment(), cohort).status())
                .as("an unknown role fails closed").isEqualTo(409);
    }

    @Test
    void movingASessionIntoAnOverlapIsRefused() {
        Couple c = couple();
        JsonObject morning = cases.cohort(lead, "FREEDOM", hall, TUESDAY, "10:00", 12, herFacilitator);
        assertThat(cases.place(lead, c.hers().enrolment(), morning.getInt("id")).status()).isEqualTo(200);
        JsonObject third = morning.getJsonArray("sessions").getJsonObject(2);

        Api.Answer refused = api.put("api/cohorts/" + morning.getInt("id") + "/sessions/" + third.getInt("id"),
                "{\"date\":\"" + third.getString("date") + "\",\"startTime\":\"18:30\"}", lead);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("urn:dap:problem:separation-rule");
        JsonObject unchanged = api.get("api/cohorts/" + morning.getInt("id"), lead).json().getJsonArray("sessions").getJsonObject(2);
        assertThat(unchanged.getString("startTime")).startsWith("10:00");

        Api.Answer toTheAnnexe = api.put("api/cohorts/" + morning.getInt("id") + "/sessions/" + third.getInt("id"),
                "{\"date\":\"" + third.getString("date") + "\",\"startTime\":\"18:30\",\"venueId\":" + annexe + "}", lead);
        assertThat(toTheAnnexe.status()).as("the same time at another venue is fine").isEqualTo(200);
    }

    @Test
    void movingACohortToHisVenueIsRefused() {
        Couple c = couple();
        long elsewhere = cases.cohort(lead, "FREEDOM", annexe, TUESDAY, "18:00", 12, herFacilitator).getInt("id");
        assertThat(cases.place(lead, c.hers().enrolment(), elsewhere).status()).isEqualTo(200);

        Api.Answer refused = api.put("api/cohorts/" + elsewhere + "/venue", "{\"venueId\":" + hall + "}", lead);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("urn:dap:problem:separation-rule");
        assertThat(api.get("api/cohorts/" + elsewhere, lead).json().getInt("venueId")).isEqualTo((int) annexe);
    }

    @Test
    void moreSessionsForHisCohortCannotLandOnHersEither() {
        Couple c = couple();
        long morning = cases.cohort(lead, "FREEDOM", hall, TUESDAY, "10:00", 12, herFacilitator).getInt("id");
        assertThat(cases.place(lead, c.hers().enrolment(), morning).status()).isEqualTo(200);
        JsonObject dads = api.get("api/cohorts/" + c.dadsCohort(), lead).json();
        JsonObject first = dads.getJsonArray("sessions").getJsonObject(0);

        Api.Answer refused = api.put("api/cohorts/" + c.dadsCohort() + "/sessions/" + first.getInt("id"),
                "{\"date\":\"" + first.getString("date") + "\",\"startTime\":\"11:00\"}", lead);

        assertThat(refused.status()).isEqualTo(409);
    }

    @Test
    void aLinkRecordedAfterEnrolmentRaisesAnAlertForEachSide() {
        long cohort = cases.cohort(lead, "FREEDOM", annexe, TUESDAY.plusDays(3), "10:00", 12, facilitator).getInt("id");
        long one = cases.participant(lead, "Later", "FEMALE", LocalDate.of(1984, 4, 4));
        long two = cases.participant(lead, "Linked", "FEMALE", LocalDate.of(1986, 6, 6));
        assertThat(cases.place(lead, cases.eligible(lead, one, "FREEDOM", TUESDAY.minusWeeks(12)).enrolment(), cohort).status()).isEqualTo(200);
        assertThat(cases.place(lead, cases.eligible(lead, two, "FREEDOM", TUESDAY.minusWeeks(12)).enrolment(), cohort).status()).isEqualTo(200);

        cases.link(lead, one, "PERPETRATOR", two, "VICTIM");

        assertThat(api.get("api/alerts", lead).array().getValuesAs(JsonObject.class))
                .filteredOn(a -> a.getString("kind").equals("SEPARATION_CONFLICT") && a.containsKey("cohortId") && a.getInt("cohortId") == cohort)
                .extracting(a -> a.getString("participantReference"))
                .containsExactlyInAnyOrder(String.format("P-%06d", one), String.format("P-%06d", two));
    }

    @Test
    void theRefusalDoesNotNameTheOtherPersonToALeadWhoMayNotSeeThem() {
        Couple c = couple();
        Cases.Account freedomLead = cases.account("PROGRAMME_LEAD", "FREEDOM");
        long overlapping = cases.cohort(freedomLead.token(), "FREEDOM", hall, TUESDAY, "19:30", 12, herFacilitator).getInt("id");
        assertThat(api.get("api/participants/" + c.him(), freedomLead.token()).status()).as("he is in Caring Dads, not hers").isEqualTo(404);

        Api.Answer refused = cases.place(freedomLead.token(), c.hers().enrolment(), overlapping);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).doesNotContain(String.format("P-%06d", c.him())).doesNotContain("Perp");
        assertThat(refused.json().getString("detail")).isEqualTo(REFUSAL);
    }

    private static String ref(long participant) {
        return String.format("P-%06d", participant);
    }

    private int duration(long cohort) {
        return api.get("api/cohorts/" + cohort, lead).json().getInt("durationMinutes");
    }

    @Test
    void sessionsBackToBackAtOneVenueClashUnlessHalfAnHourApart() {
        Couple c = couple();
        java.time.LocalTime hisEnd = java.time.LocalTime.of(18, 0).plusMinutes(duration(c.dadsCohort()));
        long straightAfter = cases.cohort(lead, "FREEDOM", hall, TUESDAY, hisEnd.toString(), 12, herFacilitator).getInt("id");
        long justTooSoon = cases.cohort(lead, "FREEDOM", hall, TUESDAY, hisEnd.plusMinutes(29).toString(), 12, herFacilitator).getInt("id");
        long halfAnHourLater = cases.cohort(lead, "FREEDOM", hall, TUESDAY, hisEnd.plusMinutes(30).toString(), 12, herFacilitator).getInt("id");

        assertThat(cases.place(lead, c.hers().enrolment(), straightAfter).status()).as("as his group leaves").isEqualTo(409);
        assertThat(cases.place(lead, c.hers().enrolment(), justTooSoon).status()).isEqualTo(409);
        assertThat(cases.place(lead, c.hers().enrolment(), halfAnHourLater).status()).isEqualTo(200);
    }

    @Test
    void aRefusalNeitherSaysWhenSheMeetsNorGoesUnnoticedAndRepeatedRefusalsAreFlagged() {
        Cases.Account dadsLead = cases.account("PROGRAMME_LEAD", "CARING_DADS");
        Cases.Account freedomLead = cases.account("PROGRAMME_LEAD", "FREEDOM");
        long him = cases.participant(lead, "Prober", "MALE", LocalDate.of(1981, 5, 5));
        long her = cases.participant(lead, "Sought", "FEMALE", LocalDate.of(1983, 5, 5));
        cases.link(lead, her, "VICTIM", him, "PERPETRATOR");
        long dads = cases.cohort(lead, "CARING_DADS", annexe, TUESDAY, "18:00", 12, facilitator, coFacilitator).getInt("id");
        assertThat(cases.place(lead, cases.eligible(lead, him, "CARING_DADS", TUESDAY.minusWeeks(10)).enrolment(), dads).status()).isEqualTo(200);
        long hers = cases.cohort(lead, "FREEDOM", hall, TUESDAY, "14:00", 12, herFacilitator).getInt("id");
        assertThat(cases.place(lead, cases.eligible(lead, her, "FREEDOM", TUESDAY.minusWeeks(10)).enrolment(), hers).status()).isEqualTo(200);
        JsonObject third = api.get("api/cohorts/" + dads, lead).json().getJsonArray("sessions").getJsonObject(2);
        String move = "{\"date\":\"" + third.getString("date") + "\",\"startTime\":\"%s\",\"venueId\":" + hall + "}";
        String path = "api/cohorts/" + dads + "/sessions/" + third.getInt("id");

        assertThat(api.put(path, move.formatted("07:00"), dadsLead.token()).status()).as("well before hers").isEqualTo(200);
        java.util.List<Api.Answer> refused = java.util.stream.Stream.of("13:00", "14:00", "15:30")
                .map(time -> api.put(path, move.formatted(time), dadsLead.token())).toList();

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.status()).isEqualTo(409);
            assertThat(answer.problemType()).isEqualTo("urn:dap:problem:separation-rule");
            assertThat(answer.json().getString("detail")).isEqualTo(REFUSAL);
        });
        java.util.List<JsonObject> herAlerts = api.get("api/alerts", freedomLead.token()).array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("participantReference", "").equals(ref(her))).toList();
        assertThat(herAlerts).filteredOn(a -> a.getString("kind").equals("SEPARATION_ATTEMPT")).hasSize(3)
                .allSatisfy(a -> assertThat(a.getString("message")).as("who tried").contains("Test PROGRAMME_LEAD (fictional)")
                        .doesNotContain("13:00", "14:00", "15:30"));
        assertThat(herAlerts).filteredOn(a -> a.getString("kind").equals("SEPARATION_PROBING")).singleElement()
                .satisfies(a -> assertThat(a.getString("message")).contains("3 changes refused"));
        assertThat(api.get("api/alerts", dadsLead.token()).array().getValuesAs(JsonObject.class))
                .as("the caller is not told about her").noneMatch(a -> a.getString("participantReference", "").equals(ref(her)));
        assertThat(api.get("api/cohorts/" + dads, lead).json().getJsonArray("sessions").getJsonObject(2).getString("startTime"))
                .startsWith("07:00");
    }

    @Test
    void afterALateLinkALeadCanMoveASessionOutOfTheClashButNotIntoOne() {
        long one = cases.participant(lead, "Early", "FEMALE", LocalDate.of(1984, 8, 8));
        long two = cases.participant(lead, "Placed", "FEMALE", LocalDate.of(1985, 8, 8));
        long morning = cases.cohort(lead, "FREEDOM", hall, TUESDAY.plusDays(1), "09:00", 12, facilitator).getInt("id");
        JsonObject late = cases.cohort(lead, "FREEDOM", hall, TUESDAY.plusDays(1), "10:00", 12, herFacilitator);
        assertThat(cases.place(lead, cases.eligible(lead, one, "FREEDOM", TUESDAY.minusWeeks(10)).enrolment(), morning).status()).isEqualTo(200);
        assertThat(cases.place(lead, cases.eligible(lead, two, "FREEDOM", TUESDAY.minusWeeks(10)).enrolment(), late.getInt("id")).status())
                .isEqualTo(200);
        cases.link(lead, one, "PERPETRATOR", two, "VICTIM");
        JsonObject first = late.getJsonArray("sessions").getJsonObject(0);
        JsonObject second = late.getJsonArray("sessions").getJsonObject(1);
        String path = "api/cohorts/" + late.getInt("id") + "/sessions/";

        Api.Answer apart = api.put(path + first.getInt("id"), "{\"date\":\"" + first.getString("date") + "\",\"startTime\":\"16:00\"}", lead);
        Api.Answer intoAnother = api.put(path + second.getInt("id"), "{\"date\":\"" + second.getString("date")
                + "\",\"startTime\":\"09:30\"}", lead);

        assertThat(apart.status()).as("moving one session out of the clash, though the others still clash").isEqualTo(200);
        assertThat(intoAnother.status()).as("another moved within the same clash is still refused").isEqualTo(409);
    }

    @Test
    void afterALateLinkALeadMovesOneOfThemToAnotherCohortButNotIntoAClash() {
        long one = cases.participant(lead, "Moved", "FEMALE", LocalDate.of(1984, 9, 9));
        long two = cases.participant(lead, "Stays", "FEMALE", LocalDate.of(1985, 9, 9));
        long shared = cases.cohort(lead, "FREEDOM", annexe, TUESDAY.plusDays(2), "10:00", 12, facilitator).getInt("id");
        long clashing = cases.cohort(lead, "FREEDOM", annexe, TUESDAY.plusDays(2), "11:00", 12, coFacilitator).getInt("id");
        long apart = cases.cohort(lead, "FREEDOM", hall, TUESDAY.plusDays(2), "10:00", 12, herFacilitator).getInt("id");
        long movedEnrolment = cases.eligible(lead, one, "FREEDOM", TUESDAY.minusWeeks(10)).enrolment();
        assertThat(cases.place(lead, movedEnrolment, shared).status()).isEqualTo(200);
        assertThat(cases.place(lead, cases.eligible(lead, two, "FREEDOM", TUESDAY.minusWeeks(10)).enrolment(), shared).status()).isEqualTo(200);
        cases.link(lead, one, "VICTIM", two, "PERPETRATOR");
        String path = "api/enrolments/" + movedEnrolment + "/transfer";

        Api.Answer intoClash = api.post(path, "{\"cohortId\":" + clashing + ",\"reason\":\"Kept apart from a linked person\"}", lead);
        Api.Answer moved = api.post(path, "{\"cohortId\":" + apart + ",\"reason\":\"Kept apart from a linked person\"}", lead);

        assertThat(intoClash.status()).as("the same venue an hour later is still together").isEqualTo(409);
        assertThat(intoClash.problemType()).isEqualTo("urn:dap:problem:separation-rule");
        assertThat(intoClash.json().getString("detail")).isEqualTo(REFUSAL);
        assertThat(moved.status()).as("before this issue an enrolled person could not move at all").isEqualTo(200);
        assertThat(moved.json().getInt("cohortId")).isEqualTo((int) apart);
        assertThat(moved.json().getString("state")).isEqualTo("ENROLLED");
        assertThat(cases.place(lead, cases.eligible(lead, cases.participant(lead, "Next", "FEMALE", LocalDate.of(1990, 1, 9)), "FREEDOM",
                TUESDAY.minusWeeks(10)).enrolment(), shared).json().getString("state"))
                .as("her place in the shared cohort is free again").isEqualTo("ENROLLED");
    }

    @Test
    void aLeadChangesACohortsFacilitatorsButNotToOneWhoRunsTheGroupOfSomeoneKeptApart() {
        Couple c = couple();
        long hers = cases.cohort(lead, "FREEDOM", annexe, TUESDAY.plusDays(2), "10:00", 12, herFacilitator).getInt("id");
        assertThat(cases.place(lead, c.hers().enrolment(), hers).status()).isEqualTo(200);
        long newcomer = cases.account("FACILITATOR").id();

        Api.Answer hisFacilitator = api.put("api/cohorts/" + hers + "/facilitators", "{\"facilitatorIds\":[" + facilitator + "]}", lead);
        Api.Answer another = api.put("api/cohorts/" + hers + "/facilitators", "{\"facilitatorIds\":[" + newcomer + "]}", lead);
        Api.Answer nobody = api.put("api/cohorts/" + hers + "/facilitators", "{\"facilitatorIds\":[]}", lead);

        assertThat(hisFacilitator.status()).isEqualTo(409);
        assertThat(hisFacilitator.json().getString("detail")).isEqualTo(REFUSAL);
        assertThat(another.status()).isEqualTo(200);
        assertThat(another.json().getJsonArray("facilitators").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(newcomer);
        assertThat(nobody.status()).isEqualTo(400);
    }

    @Test
    void groupMeetingsOutsideTheCohortAreKeptApartLikeSessionsAndOneThatHappenedIsRecordedAndHerSideAlerted() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        long him = cases.participant(lead, "Smart", "MALE", LocalDate.of(1981, 5, 5));
        long her = cases.participant(lead, "Group", "FEMALE", LocalDate.of(1983, 6, 6));
        cases.link(lead, her, "VICTIM", him, "PERPETRATOR");
        // His Caring Dads group met at the hall last week and meets again today, 18:00.
        long dads = cases.cohort(lead, "CARING_DADS", hall, today.minusWeeks(1), "18:00", 12, facilitator, coFacilitator).getInt("id");
        assertThat(cases.place(lead, cases.eligible(lead, him, "CARING_DADS", today.minusWeeks(10)).enrolment(), dads).status()).isEqualTo(200);
        long hers = cases.eligible(lead, her, "NEW_BEGINNINGS", today.minusWeeks(10)).enrolment();
        String smart = "api/enrolments/" + hers + "/new-beginnings/smart-recovery";
        String meeting = "{\"date\":\"%s\",\"venueId\":%d,\"startTime\":\"%s\",\"durationMinutes\":90}";

        Api.Answer atHisTime = api.post(smart, meeting.formatted(today, hall, "18:30"), lead);
        Api.Answer elsewhere = api.post(smart, meeting.formatted(today, annexe, "10:00"), lead);
        Api.Answer heldLastWeek = api.post(smart, meeting.formatted(today.minusWeeks(1), hall, "18:00"), lead);

        assertThat(atHisTime.status()).as("today, at his group's venue and time").isEqualTo(409);
        assertThat(atHisTime.problemType()).isEqualTo("urn:dap:problem:separation-rule");
        assertThat(atHisTime.json().getString("detail")).isEqualTo(REFUSAL);
        assertThat(api.get("api/audit?limit=40", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .filteredOn(e -> e.getString("action").equals("SEPARATION_REFUSED") && e.getString("recordId", "").equals(ref(her)))
                .singleElement().satisfies(e -> assertThat(e.getString("detail")).contains("group meeting outside the cohort"));
        assertThat(elsewhere.status()).isEqualTo(201);
        assertThat(elsewhere.json().getJsonNumber("venueId").longValue()).isEqualTo(annexe);
        assertThat(elsewhere.json().getString("startTime")).startsWith("10:00");
        assertThat(heldLastWeek.status()).as("what happened is recorded").isEqualTo(201);
        assertThat(api.get("api/alerts", lead).array().getValuesAs(JsonObject.class))
                .filteredOn(a -> a.getString("kind").equals("SEPARATION_CONFLICT") && a.getString("message").contains("group meeting"))
                .extracting(a -> a.getString("participantReference"))
                .as("her side is told they may have met; his is not told where she goes").contains(ref(her)).doesNotContain(ref(him));

        // Her meeting at the annexe today keeps another man linked to her out of a group there at 10:30.
        long other = cases.participant(lead, "Other", "MALE", LocalDate.of(1979, 7, 7));
        cases.link(lead, her, "VICTIM", other, "PERPETRATOR");
        long annexeDads = cases.cohort(lead, "CARING_DADS", annexe, today, "10:30", 12, herFacilitator, cases.account("FACILITATOR").id())
                .getInt("id");
        Api.Answer placed = cases.place(lead, cases.eligible(lead, other, "CARING_DADS", today.minusWeeks(10)).enrolment(), annexeDads);
        assertThat(placed.status()).as("a placement checks her group meetings too").isEqualTo(409);
        assertThat(placed.json().getString("detail")).isEqualTo(REFUSAL);
    }

    @Test
    void aWrongLinkIsCorrectedOrEndedWithAReasonAndTwoThatDisagreeKeepThePairApart() {
        Cases.Account worker = cases.account("KEY_WORKER");
        String person = """
                {"firstName":"%s","lastName":"Example-%s","dateOfBirth":"%s","gender":"%s","keyWorkerId":%d}
                """;
        long him = cases.participant(lead, person.formatted("Counter", "CA", "1979-04-04", "MALE", worker.id()));
        long her = cases.participant(lead, person.formatted("Alleging", "CA", "1981-04-04", "FEMALE", worker.id()));
        String link = "{\"otherParticipantId\":%d,\"relationship\":\"EX_PARTNER\",\"thisRole\":\"%s\",\"otherRole\":\"%s\"}";
        Api.Answer wrong = api.post("api/participants/" + him + "/links", link.formatted(her, "VICTIM", "VICTIM"), worker.token());
        Api.Answer right = api.post("api/participants/" + her + "/links", link.formatted(him, "VICTIM", "PERPETRATOR"), worker.token());
        Api.Answer again = api.post("api/participants/" + her + "/links", link.formatted(him, "VICTIM", "PERPETRATOR"), worker.token());

        assertThat(wrong.status()).isEqualTo(201);
        assertThat(right.status()).as("her worker's account stands beside his").isEqualTo(201);
        assertThat(right.json().getBoolean("disputed")).isTrue();
        assertThat(again.status()).isEqualTo(409);
        Cases.Ready his = cases.eligible(lead, him, "CARING_DADS", TUESDAY.minusWeeks(10));
        long dads = cases.cohort(lead, "CARING_DADS", hall, TUESDAY.plusDays(3), "18:00", 12, facilitator, coFacilitator).getInt("id");
        assertThat(cases.place(lead, his.enrolment(), dads).status()).isEqualTo(200);
        Cases.Ready hers = cases.eligible(lead, her, "FREEDOM", TUESDAY.minusWeeks(10));
        long overlapping = cases.cohort(lead, "FREEDOM", hall, TUESDAY.plusDays(3), "18:30", 12, herFacilitator).getInt("id");
        assertThat(cases.place(lead, hers.enrolment(), overlapping).status()).as("kept apart while the records disagree").isEqualTo(409);

        long rightId = Cases.id(right);
        long wrongId = Cases.id(wrong);
        String toVictims = "{\"relationship\":\"EX_PARTNER\",\"thisRole\":\"VICTIM\",\"otherRole\":\"VICTIM\",\"reason\":\"%s\"}";
        assertThat(api.put("api/participants/" + her + "/links/" + rightId, toVictims.formatted("Slip"), worker.token()).status())
                .as("only a lead may take the protection away").isEqualTo(403);
        assertThat(api.put("api/participants/" + her + "/links/" + rightId, toVictims.formatted(" "), lead).status())
                .as("a reason is needed").isEqualTo(400);
        assertThat(api.post("api/participants/" + him + "/links/" + rightId + "/end", "{\"reason\":\"Error\"}", worker.token()).status())
                .isEqualTo(403);
        assertThat(api.post("api/participants/" + him + "/links/" + wrongId + "/end",
                "{\"reason\":\"Recorded the wrong way round\"}", worker.token()).status()).as("his wrong link protected nobody").isEqualTo(204);
        JsonObject herLinks = api.get("api/participants/" + her, worker.token()).json();
        assertThat(herLinks.getJsonArray("links")).singleElement().satisfies(l -> {
            assertThat(l.asJsonObject().getString("otherRole")).isEqualTo("PERPETRATOR");
            assertThat(l.asJsonObject().getBoolean("disputed")).isFalse();
        });
        assertThat(cases.place(lead, hers.enrolment(), overlapping).status()).isEqualTo(409);

        Api.Answer corrected = api.put("api/participants/" + her + "/links/" + rightId,
                toVictims.formatted("Both were assessed as victims of a third person"), lead);

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().getString("otherRole")).isEqualTo("VICTIM");
        assertThat(cases.place(lead, hers.enrolment(), overlapping).status()).as("the rule follows the correction").isEqualTo(200);
        assertThat(api.get("api/alerts", worker.token()).array().getValuesAs(JsonObject.class))
                .filteredOn(a -> a.getString("kind").equals("LINK_CHANGED")).extracting(a -> a.getString("participantReference"))
                .contains(ref(him), ref(her));
        assertThat(api.get("api/audit?limit=60", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("action")).contains("CORRECT_LINK", "END_LINK");
    }

    @Test
    void aSecondRecordForHimNeedsConfirmingAndCarriesTheLinkOfTheFirstUntilALeadDecides() {
        long him = cases.participant(lead, """
                {"firstName":"Twice","lastName":"Recorded","dateOfBirth":"1978-06-06","gender":"MALE"}
                """);
        long her = cases.participant(lead, "Guarded", "FEMALE", LocalDate.of(1980, 6, 6));
        cases.link(lead, her, "VICTIM", him, "PERPETRATOR");
        long hers = cases.cohort(lead, "FREEDOM", hall, TUESDAY.plusDays(4), "10:00", 12, herFacilitator).getInt("id");
        assertThat(cases.place(lead, cases.eligible(lead, her, "FREEDOM", TUESDAY.minusWeeks(10)).enrolment(), hers).status()).isEqualTo(200);
        Cases.Account worker = cases.account("KEY_WORKER");
        String again = """
                {"firstName":"twice","lastName":" RECORDED ","dateOfBirth":"1978-06-06","gender":"MALE"%s}
                """;
        assertThat(api.get("api/participants?name=Twice&dateOfBirth=1978-06-06", worker.token()).array()).as("his record is hidden from her").isEmpty();

        Api.Answer warned = api.post("api/participants", again.formatted(""), worker.token());

        assertThat(warned.status()).isEqualTo(409);
        assertThat(warned.problemType()).isEqualTo("urn:dap:problem:possible-duplicate");
        assertThat(warned.body()).as("the record she may not see is not shown").doesNotContain(ref(him)).doesNotContain("\"id\"");
        Api.Answer created = api.post("api/participants", again.formatted(",\"confirmedDifferentPerson\":true"), worker.token());
        assertThat(created.status()).isEqualTo(201);
        long second = Cases.id(created);
        Api.Answer third = api.post("api/participants", again.formatted(""), worker.token());
        assertThat(third.status()).as("the same worker cannot make him a third time unawares").isEqualTo(409);
        assertThat(third.json().getString("detail")).contains(ref(second)).doesNotContain(ref(him));

        long dads = cases.cohort(lead, "CARING_DADS", hall, TUESDAY.plusDays(4), "10:30", 12, facilitator, coFacilitator).getInt("id");
        JsonObject referral = cases.referral(worker.token(), """
                {"participantId":%d,"programme":"CARING_DADS","agencyType":"PROBATION","externalAgency":"Example Probation (fictional)",
                 "externalContact":"P. Officer (fictional)","referredOn":"%s","reason":"Test","answers":{"experiencedDomesticAbuse":true}}
                """.formatted(second, TUESDAY.minusWeeks(10)));
        cases.check(lead, referral.getJsonNumber("id").longValue());
        cases.accept(lead, referral.getJsonNumber("id").longValue());
        Cases.Ready secondReferral = new Cases.Ready(second, referral.getJsonNumber("id").longValue(),
                referral.getJsonObject("enrolment").getJsonNumber("id").longValue());
        assertThat(cases.place(lead, secondReferral.enrolment(), dads).status()).as("her link on his first record applies to the second")
                .isEqualTo(409);
        java.util.List<JsonObject> pairs = api.get("api/participants/duplicates", lead).array().getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getJsonObject("one").getInt("id") == him || d.getJsonObject("other").getInt("id") == him).toList();
        assertThat(pairs).singleElement().satisfies(d -> assertThat(d.getString("reason")).isEqualTo("the same name and date of birth"));
        assertThat(api.get("api/alerts", worker.token()).array().getValuesAs(JsonObject.class)).as("his new key worker is told")
                .filteredOn(a -> a.getString("kind").equals("POSSIBLE_DUPLICATE"))
                .anySatisfy(a -> assertThat(a.getString("participantReference")).isEqualTo(ref(second)))
                .allSatisfy(a -> assertThat(a.getString("message")).as("nor through the alert").doesNotContain(ref(him)));
        long pair = pairs.get(0).getJsonNumber("id").longValue();
        assertThat(api.post("api/participants/duplicates/" + pair + "/decision", "{\"decision\":\"SAME_PERSON\",\"reason\":\"x\"}",
                worker.token()).status()).as("a lead decides").isEqualTo(403);

        Api.Answer decided = api.post("api/participants/duplicates/" + pair + "/decision",
                "{\"decision\":\"SAME_PERSON\",\"reason\":\"Same NHS number on both referrals\"}", lead);

        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().getString("status")).isEqualTo("SAME_PERSON");
        assertThat(cases.place(lead, secondReferral.enrolment(), dads).status()).as("one person for good").isEqualTo(409);
        assertThat(api.post("api/participants/duplicates/" + pair + "/decision", "{\"decision\":\"DIFFERENT_PEOPLE\",\"reason\":\"x\"}",
                lead).status()).isEqualTo(409);
    }
}
