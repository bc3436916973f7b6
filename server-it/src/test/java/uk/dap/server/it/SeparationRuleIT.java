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
 * moving a cohort to another venue; a link recorded afterwards raises alerts. Refusals do not name the other person
 * to a caller who may not see them.
 */
class SeparationRuleIT extends ServerIT {
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
        assertThat(refused.json().getString("detail")).contains("overlapping times").contains("P-" + String.format("%06d", c.him()));
        assertThat(api.get("api/referrals/" + c.hers().referral(), lead).json().getJsonObject("enrolment").getString("state"))
                .as("nothing half-written").isEqualTo("ELIGIBLE");
        assertThat(api.get("api/audit?limit=40", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("action")).isEqualTo("SEPARATION_REFUSED"));
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
        assertThat(refused.json().getString("detail")).contains("groups run by the same facilitator");
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
        assertThat(refused.json().getString("detail")).contains("the same group");
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
                .filteredOn(a -> a.getString("kind").equals("SEPARATION_CONFLICT") && a.getInt("cohortId") == cohort)
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
        assertThat(refused.json().getString("detail")).contains("someone linked to them");
    }
}
