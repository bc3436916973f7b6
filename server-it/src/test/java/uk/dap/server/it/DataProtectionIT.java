package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dap.shared.text.UkDates;

/**
 * Issue 22 on the shared server: erasure on request (two workers, at once, the report's figures untouched, the audit
 * trail still whole and naming the person only as "erased on"), and legal holds that stop it. The retention schedule's
 * runs, which touch every record in the database, have a server of their own (RetentionScheduleIT).
 */
class DataProtectionIT extends ServerIT {
    private static final String RUN = Histories.letters("Gdpr");
    private static final LocalDate FIRST = LocalDate.of(2018, 9, 5);

    @Test
    void anErasureAskedByOneWorkerAndApprovedByAnotherAnonymisesAtOnceAndTheReportCountsAsBefore() {
        String lead = api.demo("lead");
        String admin = api.demo("admin");
        Histories history = new Histories(api, lead);
        String venue = "Erasure Hall " + RUN;
        Cases.expect(api.post("api/venues", "{\"name\":\"" + venue + "\"}", admin), 201);
        history.caringDadsGroup(RUN, venue, FIRST);

        // His key worker sees his contact details (a lead only while a referral to her programme is open).
        String keyWorker = api.demo("keyworker");
        assertThat(api.get("api/participants/" + history.personId("Oneerase" + RUN), keyWorker).json().getJsonObject("contact")
                .getString("address")).isEqualTo("1 Fictional Street");
        long one = history.personId("Oneerase" + RUN);
        long two = history.personId("Twoerase" + RUN);
        long cohort = cohortId(lead, venue);
        JsonObject before = Histories.report(api, cohort, lead);

        // One worker asks; the same worker cannot approve, nor can a key worker; a second request waits behind the first.
        JsonObject asked = Cases.expect(api.post("api/erasure-requests", "{\"participantId\":" + one
                + ",\"reason\":\"He asked under Article 17; no legal obligation to keep\"}", lead), 201).json();
        assertThat(asked.getString("status")).isEqualTo("PENDING");
        long request = asked.getJsonNumber("id").longValue();
        Api.Answer own = api.post("api/erasure-requests/" + request + "/approve", "{\"reason\":\"Agreed\"}", lead);
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.body()).contains("You asked for this erasure: another worker");
        assertThat(api.post("api/erasure-requests/" + request + "/approve", "{\"reason\":\"Agreed\"}", api.demo("keyworker")).status())
                .isEqualTo(403);
        assertThat(api.post("api/erasure-requests", "{\"participantId\":" + one + ",\"reason\":\"Again\"}", lead).body())
                .contains("already waiting for approval");
        assertThat(api.get("api/participants/" + one, lead).json().getString("firstName")).as("nothing is erased before approval")
                .isEqualTo("Erin" + RUN);

        JsonObject approved = Cases.expect(api.post("api/erasure-requests/" + request + "/approve",
                "{\"reason\":\"Checked with the data protection officer\"}", admin), 200).json();
        assertThat(approved.getString("status")).isEqualTo("ERASED");
        assertThat(approved.getString("decidedBy")).isEqualTo("demo-admin");
        long second = Cases.expect(api.post("api/erasure-requests", "{\"participantId\":" + two + ",\"reason\":\"Asked in writing\"}", lead), 201)
                .json().getJsonNumber("id").longValue();
        Cases.expect(api.post("api/erasure-requests/" + second + "/approve", "{\"reason\":\"Agreed\"}", admin), 200);

        // At once: his name, date of birth (its year kept), contact details, child, referral's words, answers and outcome's words.
        JsonObject person = api.get("api/participants/" + one, keyWorker).json();
        assertThat(person.getJsonObject("contact").getString("address", null)).isNull();
        assertThat(person.getJsonObject("contact").getString("phone", null)).isNull();
        assertThat(person.getString("firstName")).isEqualTo("Anonymised");
        assertThat(person.getString("lastName")).isEqualTo("person");
        assertThat(person.getString("dateOfBirth")).isEqualTo("1985-01-01");
        assertThat(person.toString()).doesNotContain("Fictional Street", "ZZ1 1ZZ", "00000 000111", "one@example", "bluebell", "Kidone" + RUN);
        assertThat(person.getJsonArray("children").getJsonObject(0).getString("firstName")).isEqualTo("Anonymised");
        long referral = person.getJsonArray("referrals").getJsonObject(0).getJsonNumber("id").longValue();
        String referralView = api.get("api/referrals/" + referral, lead).body();
        assertThat(referralView).contains("(removed)").doesNotContain("Shouted at", "A. Worker");
        assertThat(api.get("api/participants?name=Oneerase" + RUN, lead).array()).as("found by reference only").isEmpty();
        List<String> answers = exported("questionnaires", lead);
        assertThat(answers).noneMatch(line -> line.contains("3;3;3")).anyMatch(line -> line.startsWith(RUN + "-R3,RSES,Before"));
        assertThat(exported("outcomes", lead)).noneMatch(line -> line.contains("calmer"))
                .anyMatch(line -> line.startsWith(RUN + "-R1,(removed),Yes"));
        assertThat(exported("withdrawals", lead)).containsExactly(RUN + "-R2," + UkDates.date(FIRST.plusWeeks(4)) + ",Disengaged,");
        assertThat(api.get("api/participants/" + history.personId("Threekeep" + RUN), lead).json().getString("firstName"))
                .as("the third father is untouched").isEqualTo("Eli" + RUN);

        // The report counts exactly what it counted: ids, dates, states and scores stay.
        JsonObject after = Histories.report(api, cohort, lead);
        for (String part : List.of("flow", "attendance", "evaluation", "specifics")) {
            assertThat(after.get(part)).as(part).isEqualTo(before.get(part));
        }
        assertThat(before.getJsonObject("flow").getJsonObject("completed").getInt("value")).isEqualTo(2);

        // The audit trail: still whole, names him only by reference with what became of him, and holds none of his details.
        assertThat(api.get("api/audit/verification", admin).json().getBoolean("intact")).isTrue();
        List<JsonObject> entries = audit(admin);
        String reference = person.getString("reference");
        String today = UkDates.date(LocalDate.now(UkDates.UK));
        assertThat(entries).filteredOn(e -> e.getString("recordId", "").equals(reference) || e.getString("detail", "").contains(reference))
                .isNotEmpty().allSatisfy(e -> assertThat(e.getString("note")).contains(reference + " erased on " + today));
        assertThat(entries).filteredOn(e -> e.getString("action").equals("ERASE")).anySatisfy(e -> assertThat(e.getString("detail"))
                .startsWith(reference + ": ").endsWith("records anonymised; children: 1"));
        for (JsonObject entry : entries) {
            assertThat(entry.toString()).as("audit entry %s", entry.getJsonNumber("seq"))
                    .doesNotContain("Erin" + RUN, "Oneerase" + RUN, "Kidone" + RUN, "Fictional Street", "00000 000111", "Article 17");
        }
    }

    @Test
    void aLegalHoldStopsAnErasureUntilItIsLiftedAndNobodyIsErasedWhileStillOnAProgramme() {
        String lead = api.demo("lead");
        String admin = api.demo("admin");
        Histories history = new Histories(api, lead);
        history.commit("participants", """
                Service reference,First name,Last name,Date of birth,Gender
                %1$s-H1,Hal%1$s,Heldone%1$s,4 Mar 1985,Male
                %1$s-H2,Hugo%1$s,Stillon%1$s,4 Mar 1986,Male
                """.formatted(RUN), 2);
        history.commit("referrals", "Referral reference,Person's service reference,Programme,Referred on,Agency type,Referring agency,"
                + "Contact at the agency,Reason for referral\n"
                + "%1$s-RH2,%1$s-H2,Caring Dads,10 Jul 2018,Police,Exampleshire Police,PC Example,Incident at home\n".formatted(RUN), 1);
        long held = history.personId("Heldone" + RUN);
        long stillOn = history.personId("Stillon" + RUN);

        assertThat(api.post("api/participants/" + held + "/legal-holds", "{\"grounds\":\"COURT_PROCEEDINGS\",\"reason\":\"Family court case 123\"}",
                api.demo("keyworker")).status()).isEqualTo(403);
        Api.Answer badHold = api.post("api/participants/" + held + "/legal-holds", "{\"grounds\":\"BECAUSE\",\"reason\":\"x\"}", lead);
        assertThat(badHold.status()).isEqualTo(400);
        assertThat(badHold.contentType()).startsWith("application/problem+json");
        JsonObject hold = Cases.expect(api.post("api/participants/" + held + "/legal-holds",
                "{\"grounds\":\"COURT_PROCEEDINGS\",\"reason\":\"Family court case 123\"}", lead), 201).json();
        assertThat(hold.getString("groundsLabel")).isEqualTo("Court proceedings");
        assertThat(api.get("api/legal-holds", admin).array().getValuesAs(JsonObject.class))
                .anyMatch(h -> h.getJsonNumber("id").longValue() == hold.getJsonNumber("id").longValue());

        Api.Answer refused = api.post("api/erasure-requests", "{\"participantId\":" + held + ",\"reason\":\"Asked\"}", lead);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("A legal hold stands on " + hold.getString("reference") + " (Court proceedings, placed on "
                + UkDates.date(LocalDate.now(UkDates.UK)) + " by demo-lead): nothing of their records can be erased until it is lifted.");
        Api.Answer onProgramme = api.post("api/erasure-requests", "{\"participantId\":" + stillOn + ",\"reason\":\"Asked\"}", lead);
        assertThat(onProgramme.status()).isEqualTo(409);
        assertThat(onProgramme.body()).contains("is still on a programme");

        // A request made before the hold is refused at approval while the hold stands.
        long lifted = hold.getJsonNumber("id").longValue();
        Cases.expect(api.post("api/legal-holds/" + lifted + "/lift", "{\"reason\":\"Case closed\"}", admin), 200);
        assertThat(api.post("api/legal-holds/" + lifted + "/lift", "{\"reason\":\"Again\"}", admin).status()).isEqualTo(409);
        long request = Cases.expect(api.post("api/erasure-requests", "{\"participantId\":" + held + ",\"reason\":\"Asked\"}", lead), 201)
                .json().getJsonNumber("id").longValue();
        Cases.expect(api.post("api/participants/" + held + "/legal-holds", "{\"grounds\":\"SERIOUS_CASE_REVIEW\",\"reason\":\"Review 7\"}", admin), 201);
        Api.Answer blocked = api.post("api/erasure-requests/" + request + "/approve", "{\"reason\":\"Agreed\"}", admin);
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(api.get("api/participants/" + held, lead).json().getString("firstName")).isEqualTo("Hal" + RUN);
        assertThat(api.get("api/participants/" + held + "/legal-holds", lead).array()).hasSize(2);

        Cases.expect(api.post("api/erasure-requests/" + request + "/refuse", "{\"reason\":\"The review needs the records\"}", admin), 200);
        assertThat(api.get("api/erasure-requests", lead).array().getValuesAs(JsonObject.class))
                .filteredOn(r -> r.getJsonNumber("id").longValue() == request)
                .singleElement().satisfies(r -> assertThat(r.getString("status")).isEqualTo("REFUSED"));
    }

    private List<String> exported(String kind, String token) {
        return api.get("api/imports/" + kind + "/export", token).body().lines().filter(line -> line.startsWith(RUN)).toList();
    }

    private long cohortId(String lead, String venue) {
        return api.get("api/cohorts?programme=CARING_DADS&when=finished&limit=500", lead).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("venueName").equals(venue)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }


    /** The whole audit trail, newest first. */
    private List<JsonObject> audit(String admin) {
        List<JsonObject> all = new ArrayList<>();
        Long before = null;
        while (true) {
            List<JsonObject> page = api.get("api/audit?limit=1000" + (before == null ? "" : "&beforeSeq=" + before), admin).array()
                    .getValuesAs(JsonObject.class);
            all.addAll(page);
            if (page.size() < 1000) {
                return all;
            }
            before = page.get(page.size() - 1).getJsonNumber("seq").longValue();
        }
    }
}
