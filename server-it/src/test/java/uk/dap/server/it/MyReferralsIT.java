package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A referring social worker's own referrals: exactly those they made, newest first, each at the stage a referrer
 * would name (being assessed, declined, waiting for a place, placed, attending, withdrawn) with the attendance rate
 * the progress page shows; never another referrer's; referrers only.
 */
class MyReferralsIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    private Cases cases;
    private String lead;
    private Cases.Account referrer;

    private record Made(long participant, long referral, long enrolment) {
    }

    /** Referred to Freedom by the referrer (an IDVA service). */
    private Made referred(Cases.Account by, String first) {
        long participant = cases.participant(by.token(), """
                {"firstName":"%s","lastName":"Referred-Test","dateOfBirth":"1991-03-03","gender":"FEMALE","confirmedDifferentPerson":true}
                """.formatted(first));
        JsonObject referral = cases.referral(by.token(), """
                {"participantId":%d,"programme":"FREEDOM","agencyType":"IDVA_SERVICE","reason":"Fictional","answers":{"experiencedDomesticAbuse":true}}
                """.formatted(participant));
        return new Made(participant, referral.getJsonNumber("id").longValue(), referral.getJsonObject("enrolment").getJsonNumber("id").longValue());
    }

    private Made accepted(String first) {
        Made made = referred(referrer, first);
        cases.check(lead, made.referral());
        cases.accept(lead, made.referral());
        return made;
    }

    @Test
    void aReferrerSeesExactlyTheirOwnReferralsWithStageAndRate() {
        cases = new Cases(api);
        lead = api.demo("lead");
        referrer = cases.account("REFERRER");
        Cases.Account facilitator = cases.account("FACILITATOR");
        long venue = cases.venue("Referrals Hall");
        JsonObject running = cases.cohort(lead, "FREEDOM", venue, TODAY.minusWeeks(1), "08:00", 12, facilitator.id());
        JsonObject later = cases.cohort(lead, "FREEDOM", venue, TODAY.plusWeeks(3), "13:00", 12, facilitator.id());

        Made assessing = referred(referrer, "Alys");
        Made declined = referred(referrer, "Bethan");
        cases.check(lead, declined.referral());
        Cases.expect(api.post("api/referrals/" + declined.referral() + "/decisions",
                "{\"decision\":\"DECLINE\",\"reason\":\"Not now\",\"justification\":\"Test set-up\"}", lead), 201);
        Made waiting = accepted("Catrin");
        Made placed = accepted("Delyth");
        Cases.expect(cases.place(lead, placed.enrolment(), later.getInt("id")), 200);
        Made attending = accepted("Eirlys");
        Cases.expect(cases.place(lead, attending.enrolment(), running.getInt("id")), 200);
        Made withdrawn = accepted("Fflur");
        Cases.expect(cases.place(lead, withdrawn.enrolment(), running.getInt("id")), 200);
        Cases.expect(api.post("api/enrolments/" + withdrawn.enrolment() + "/withdrawal", "{\"reason\":\"MOVED_AWAY\"}", lead), 200);
        long lastWeek = running.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        long today = running.getJsonArray("sessions").getJsonObject(1).getJsonNumber("id").longValue();
        Cases.expect(api.put("api/sessions/" + lastWeek + "/register/" + attending.enrolment(), "{\"status\":\"PRESENT\"}", facilitator.token()), 200);
        Cases.expect(api.put("api/sessions/" + today + "/register/" + attending.enrolment(), "{\"status\":\"ABSENT\"}", facilitator.token()), 200);
        Cases.Account otherReferrer = cases.account("REFERRER");
        Made notMine = referred(otherReferrer, "Gwenllian");

        Api.Answer answer = api.get("api/reports/my-referrals", referrer.token());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<JsonObject> rows = answer.array().getValuesAs(JsonObject.class);
        assertThat(rows).extracting(r -> r.getJsonNumber("referralId").longValue()).as("newest first, only theirs")
                .containsExactly(withdrawn.referral(), attending.referral(), placed.referral(), waiting.referral(), declined.referral(),
                        assessing.referral());
        // Fflur was placed today and withdrawn unmarked: today's session counts as held (its day has come), as on her
        // progress page, so her rate is 0%, not "none yet".
        assertThat(rows).extracting(r -> r.getString("firstName") + ":" + r.getString("stage") + ":" + r.get("attendanceRatePercent"))
                .containsExactly("Fflur:WITHDRAWN:0", "Eirlys:ATTENDING:50", "Delyth:PLACED:null", "Catrin:WAITING_FOR_PLACE:null",
                        "Bethan:DECLINED:null", "Alys:BEING_ASSESSED:null");
        JsonObject first = rows.get(1);
        assertThat(first.getString("reference")).isEqualTo("P-%06d".formatted(attending.participant()));
        assertThat(first.getString("programmeName")).isEqualTo("Freedom Programme");
        assertThat(first.getString("referredOn")).isEqualTo(TODAY.toString());
        assertThat(answer.body()).doesNotContain("Gwenllian");
        assertThat(api.get("api/reports/my-referrals", otherReferrer.token()).array().getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("referralId").longValue()).containsExactly(notMine.referral());

        assertThat(api.get("api/reports/my-referrals", facilitator.token()).status()).isEqualTo(403);
        assertThat(api.get("api/reports/my-referrals", lead).status()).isEqualTo(403);
        assertThat(api.get("api/reports/my-referrals", cases.account("KEY_WORKER").token()).status()).isEqualTo(403);
        assertThat(api.get("api/audit?limit=60", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("action") + ":" + e.getString("actor")).isEqualTo("LIST_MY_REFERRALS:" + referrer.username()));
    }
}
