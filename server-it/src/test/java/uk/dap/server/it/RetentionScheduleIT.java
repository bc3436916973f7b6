package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dap.server.testing.PayaraProcess;
import uk.dap.shared.text.UkDates;

/**
 * Issue 22: the retention schedule, run on a server of its own (a run anonymises whatever in the database is past its
 * date, and the shared server holds other tests' histories of 2019). No clock is moved in the server, deliberately: a
 * server whose clock can be moved can be made to erase early. Instead the history is placed in time around each period
 * (a person whose last enrolment ended six years and a day ago, one whose six years are up in five days, ...), which
 * tests the same boundaries against the real clock.
 */
class RetentionScheduleIT {
    private static final String RUN = Histories.letters("Keep");
    private static final LocalDate TODAY = LocalDate.now(UkDates.UK);
    private static PayaraProcess server;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        server = PayaraProcess.start(ServerIT.PAYARA, ServerIT.WAR, Api.IT_DIR.resolve("retention"), Map.of("dap.demo", "true"), PayaraProcess.BRIEF);
        api = new Api(server.uri().toURL());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eachKindIsAnonymisedOnceItsPeriodHasPassedExceptUnderALegalHoldAndTheRunSaysWhatItDid() throws Exception {
        String lead = api.demo("lead");
        String admin = api.demo("admin");
        // Their key worker sees their contact details (a lead only while a referral to her programme is open).
        String keyWorker = api.demo("keyworker");
        Histories history = new Histories(api, lead);
        JsonObject baseline = outlook(admin);
        // A Caring Dads group whose fathers finished in 2018 and 2019: every kind of theirs is past six years.
        String venue = "Retention Hall " + RUN;
        Cases.expect(api.post("api/venues", "{\"name\":\"" + venue + "\"}", admin), 201);
        history.caringDadsGroup(RUN + "cd", venue, LocalDate.of(2018, 9, 5));
        long cohort = api.get("api/cohorts?programme=CARING_DADS&when=finished&limit=500", lead).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("venueName").equals(venue)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject reportBefore = Histories.report(api, cohort, lead);
        long fatherId = history.personId("Oneerase" + RUN + "cd");

        LocalDate sixYearsAndADayAgo = TODAY.minusMonths(72).minusDays(1);
        LocalDate sixYearsUpInFiveDays = TODAY.minusMonths(72).plusDays(5);
        LocalDate aYearUpInTenDays = TODAY.minusMonths(12).plusDays(10);
        history.commit("participants", """
                Service reference,First name,Last name,Date of birth,Gender,Address,Phone,Key worker
                %1$s-1,Dana%1$s,Pastdue%1$s,4 Mar 1975,Female,1 Fictional Road,00000 100001,demo-keyworker
                %1$s-2,Sol%1$s,Duesoon%1$s,5 Mar 1976,Female,2 Fictional Road,00000 100002,demo-keyworker
                %1$s-3,Rhea%1$s,Recent%1$s,6 Mar 1977,Female,3 Fictional Road,00000 100003,demo-keyworker
                %1$s-4,Hana%1$s,Heldback%1$s,7 Mar 1978,Female,4 Fictional Road,00000 100004,demo-keyworker
                %1$s-5,Opal%1$s,Stillopen%1$s,8 Mar 1979,Female,5 Fictional Road,00000 100005,demo-keyworker
                """.formatted(RUN), 5);
        LocalDate twentyFiveAndADay = TODAY.minusYears(25).minusDays(1);
        history.commit("children", """
                Child reference,Parent's service reference,First name,Last name,Date of birth,Lives with the parent,Social care status
                %1$s-C3,%1$s-3,Grownup%1$s,Recent%1$s,%2$s,No,None
                %1$s-C4,%1$s-4,Heldkid%1$s,Heldback%1$s,%2$s,No,None
                %1$s-C5,%1$s-5,Young%1$s,Stillopen%1$s,1 Jun 2015,Yes,None
                """.formatted(RUN, twentyFiveAndADay), 3);
        String headings = "Referral reference,Person's service reference,Programme,Referred on,Agency type,Referring agency,"
                + "Contact at the agency,Reason for referral,Consent to referral given on,DASH score,Decision,Decided on,Decided by,Reason for decision\n";
        StringBuilder referrals = new StringBuilder(headings);
        StringBuilder withdrawals = new StringBuilder("Referral reference,Withdrawn on,Reason,Note\n");
        List<LocalDate> ends = List.of(sixYearsAndADayAgo, sixYearsUpInFiveDays, aYearUpInTenDays, sixYearsAndADayAgo);
        for (int i = 1; i <= 5; i++) {
            LocalDate referred = i == 5 ? LocalDate.of(2010, 1, 4) : ends.get(i - 1).minusDays(30);
            referrals.append("%1$s-R%2$d,%1$s-%2$d,Freedom,%3$s,Self-referral,,,Words about %1$s-%2$d,%3$s,,Accept,%4$s,B. Lead,Meets the criteria\n"
                    .formatted(RUN, i, referred, referred.plusDays(10)));
            if (i < 5) {
                withdrawals.append("%1$s-R%2$d,%3$s,Moved away,Went to her sister's\n".formatted(RUN, i, ends.get(i - 1)));
            }
        }
        history.commit("referrals", referrals.toString(), 5);
        history.commit("withdrawals", withdrawals.toString(), 4);
        long past = history.personId("Pastdue" + RUN);
        long soon = history.personId("Duesoon" + RUN);
        long recent = history.personId("Recent" + RUN);
        long held = history.personId("Heldback" + RUN);
        long open = history.personId("Stillopen" + RUN);
        Cases.expect(api.post("api/participants/" + held + "/legal-holds", "{\"grounds\":\"CHILD_PROTECTION_PLAN\",\"reason\":\"Plan open\"}", lead), 201);

        // What falls due, before anything is done: kind by kind, against what the demo data already made due.
        JsonObject outlook = outlook(admin);
        assertThat(change(outlook, baseline, "IDENTITY", "dueNow")).as("hers and the three fathers'").isEqualTo(4);
        assertThat(change(outlook, baseline, "IDENTITY", "dueWithinWindow")).isEqualTo(1);
        assertThat(change(outlook, baseline, "IDENTITY", "heldBack")).isEqualTo(1);
        assertThat(change(outlook, baseline, "CONTACT_DETAILS", "dueNow")).isEqualTo(5);
        assertThat(change(outlook, baseline, "CONTACT_DETAILS", "dueWithinWindow")).isEqualTo(1);
        assertThat(change(outlook, baseline, "CHILDREN", "dueNow")).isEqualTo(1);
        assertThat(change(outlook, baseline, "CHILDREN", "heldBack")).isEqualTo(1);
        assertThat(api.get("api/participants/" + past, keyWorker).json().getString("firstName")).as("the outlook changes nothing").isEqualTo("Dana" + RUN);

        JsonObject run = Cases.expect(api.post("api/retention/runs", "", admin), 201).json();
        assertThat(count(run, "IDENTITY")).isEqualTo(due(baseline, "IDENTITY") + 4);
        assertThat(count(run, "CHILDREN")).isEqualTo(due(baseline, "CHILDREN") + 1);
        assertThat(run.getJsonNumber("heldBack").longValue()).isGreaterThanOrEqualTo(1);

        // The group's report counts exactly what it counted before its fathers were anonymised.
        JsonObject reportAfter = Histories.report(api, cohort, lead);
        for (String part : List.of("flow", "attendance", "evaluation", "specifics")) {
            assertThat(reportAfter.get(part)).as(part).isEqualTo(reportBefore.get(part));
        }
        assertThat(reportBefore.getJsonObject("flow").getJsonObject("completed").getInt("value")).isEqualTo(2);
        JsonObject father = api.get("api/participants/" + fatherId, keyWorker).json();
        assertThat(father.getString("firstName")).isEqualTo("Anonymised");
        assertThat(father.getJsonArray("children").getJsonObject(0).getString("firstName")).as("his child, with his records").isEqualTo("Kidone" + RUN + "cd");

        // Six years and a day: every kind of hers is gone.
        JsonObject dana = api.get("api/participants/" + past, keyWorker).json();
        assertThat(dana.toString()).as("her record as her key worker sees it").contains("\"contact\"");
        assertThat(dana.getString("firstName")).isEqualTo("Anonymised");
        assertThat(dana.getString("dateOfBirth")).isEqualTo("1975-01-01");
        assertThat(dana.toString()).doesNotContain("Fictional Road", "00000 100001");
        assertThat(referralOf(dana, lead)).contains("(removed)").doesNotContain("Words about");
        // Six years up in five days: her contact details (a year) are gone, her name and referral stay.
        JsonObject sol = api.get("api/participants/" + soon, keyWorker).json();
        assertThat(sol.getString("firstName")).isEqualTo("Sol" + RUN);
        assertThat(sol.toString()).doesNotContain("Fictional Road", "00000 100002");
        assertThat(referralOf(sol, lead)).contains("Words about " + RUN + "-2");
        // A year up in ten days: everything stays, but her grown-up child's record (25th birthday passed) is anonymised.
        JsonObject rhea = api.get("api/participants/" + recent, keyWorker).json();
        assertThat(rhea.getJsonObject("contact").getString("address")).isEqualTo("3 Fictional Road");
        assertThat(rhea.toString()).contains("Rhea" + RUN, "100003");
        assertThat(rhea.getJsonArray("children").getJsonObject(0).getString("firstName")).isEqualTo("Anonymised");
        // Under a legal hold: nothing of hers or her child's, though long past the date.
        JsonObject hana = api.get("api/participants/" + held, keyWorker).json();
        assertThat(hana.toString()).contains("Hana" + RUN, "4 Fictional Road", "Heldkid" + RUN);
        // Still on a programme since 2010: no clock has started.
        assertThat(api.get("api/participants/" + open, keyWorker).json().toString()).contains("Opal" + RUN, "5 Fictional Road", "Young" + RUN);

        // Run again: nothing is done twice.
        JsonObject again = Cases.expect(api.post("api/retention/runs", "", admin), 201).json();
        assertThat(count(again, "IDENTITY")).isZero();
        assertThat(count(again, "CONTACT_DETAILS")).isZero();
        assertThat(count(again, "CHILDREN")).isZero();

        // An administrator shortens the period, with a reason (audited); the next run applies it. Lifting the hold frees hers.
        assertThat(api.put("api/retention/schedule/IDENTITY", "{\"periodMonths\":60,\"reason\":\"Board policy 2026\"}", lead).status()).isEqualTo(403);
        Api.Answer bad = api.put("api/retention/schedule/IDENTITY", "{\"periodMonths\":-1,\"reason\":\"x\"}", admin);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Give the period in whole months, from 0 to 1200");
        assertThat(api.put("api/retention/schedule/NOTES", "{\"periodMonths\":6,\"reason\":\"x\"}", admin).body())
                .contains("The schedule has no kind of record called 'NOTES'");
        JsonObject changed = Cases.expect(api.put("api/retention/schedule/IDENTITY", "{\"periodMonths\":60,\"reason\":\"Board policy 2026\"}", admin), 200).json();
        assertThat(changed.getInt("periodMonths")).isEqualTo(60);
        assertThat(changed.getString("changedBy")).isEqualTo("demo-admin");
        long holdId = api.get("api/participants/" + held + "/legal-holds", lead).array().getJsonObject(0).getJsonNumber("id").longValue();
        Cases.expect(api.post("api/legal-holds/" + holdId + "/lift", "{\"reason\":\"Plan ended\"}", lead), 200);
        JsonObject third = Cases.expect(api.post("api/retention/runs", "", admin), 201).json();
        assertThat(count(third, "IDENTITY")).isEqualTo(2);
        assertThat(api.get("api/participants/" + soon, keyWorker).json().getString("firstName")).isEqualTo("Anonymised");
        JsonObject hanaAfter = api.get("api/participants/" + held, keyWorker).json();
        assertThat(hanaAfter.getString("firstName")).isEqualTo("Anonymised");
        assertThat(hanaAfter.getJsonArray("children").getJsonObject(0).getString("firstName")).isEqualTo("Anonymised");

        // The runs are kept and audited as counts, never who; the audit chain still verifies.
        List<JsonObject> runs = api.get("api/retention/runs", admin).array().getValuesAs(JsonObject.class);
        assertThat(runs).hasSizeGreaterThanOrEqualTo(3);
        assertThat(runs.get(0).getString("trigger")).isEqualTo("ON_REQUEST");
        List<JsonObject> audit = api.get("api/audit?limit=200", admin).array().getValuesAs(JsonObject.class);
        assertThat(audit).filteredOn(e -> e.getString("action").equals("CHANGE_RETENTION")).singleElement()
                .satisfies(e -> assertThat(e.getString("detail")).isEqualTo("72 -> 60 months: Board policy 2026"));
        assertThat(audit).filteredOn(e -> e.getString("action").equals("RETENTION_RUN")).hasSize(3)
                .allSatisfy(e -> assertThat(e.getString("detail")).doesNotContain(RUN, "P-"));
        assertThat(api.get("api/audit/verification", admin).json().getBoolean("intact")).isTrue();
        assertThat(api.get("api/retention/schedule", lead).status()).isEqualTo(403);
    }


    private static JsonObject outlook(String admin) {
        return Cases.expect(api.get("api/retention/outlook", admin), 200).json();
    }

    private static long figure(JsonObject outlook, String kind, String figure) {
        return outlook.getJsonArray("kinds").getValuesAs(JsonObject.class).stream().filter(k -> k.getString("kind").equals(kind))
                .findFirst().orElseThrow().getJsonNumber(figure).longValue();
    }

    private static long change(JsonObject now, JsonObject before, String kind, String figure) {
        return figure(now, kind, figure) - figure(before, kind, figure);
    }

    private static long due(JsonObject outlook, String kind) {
        return figure(outlook, kind, "dueNow");
    }

    private static long count(JsonObject run, String kind) {
        return run.getJsonArray("counts").getValuesAs(JsonObject.class).stream().filter(c -> c.getString("kind").equals(kind))
                .findFirst().orElseThrow().getJsonNumber("subjects").longValue();
    }

    private static String referralOf(JsonObject person, String lead) {
        return api.get("api/referrals/" + person.getJsonArray("referrals").getJsonObject(0).getJsonNumber("id").longValue(), lead).body();
    }
}
