package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

/** A history brought in through the import (docs/import.md), as a lead would: for tests that need records with real past dates. */
record Histories(Api api, String token) {
    /** Letters made up for one test run, so that its references and names are its own. */
    static String letters(String start) {
        StringBuilder letters = new StringBuilder(start);
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    /** Commits the file and checks that it made {@code created} records. */
    JsonObject commit(String kind, String csv, long created) {
        Api.Answer answer = api.upload("api/imports/" + kind + "?commit=true&fileName=" + kind + ".csv",
                csv.getBytes(StandardCharsets.UTF_8), "text/csv", token);
        assertThat(answer.status()).as(kind + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.json().getJsonNumber("created").longValue()).as(kind + " created: " + answer.body()).isEqualTo(created);
        return answer.json();
    }

    /** A cohort's completion report once every row a change touched has been rebuilt (it says so while it is not). */
    static JsonObject report(Api api, long cohort, String lead) {
        for (int attempt = 0; attempt < 60; attempt++) {
            Api.Answer answer = api.get("api/reports/completion?cohort=" + cohort + "&suppress=false", lead);
            Cases.expect(answer, 200);
            if (answer.json().getInt("enrolmentsBeingUpdated") == 0) {
                return answer.json();
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("The report was still being brought up to date after a minute");
    }

    /** The id of the person made from the row with this service reference, found by their (unique) last name. */
    long personId(String lastName) {
        return api.get("api/participants?name=" + lastName, token).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("lastName").equals(lastName)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /**
     * A Caring Dads group of three fathers of the run's letters, {@code first} its first session (17 weekly sessions, at a
     * venue that exists): {run}-F1 (1 Fictional Street, a child {run}-C1, answers item by item, completed, an outcome),
     * {run}-F2 (four sessions, withdrawn with a note naming his child), {run}-F3 (totals only, completed); each with
     * demo-keyworker as key worker. For tests of what anonymising removes and keeps.
     */
    void caringDadsGroup(String run, String venue, LocalDate first) {
        commit("participants", """
                Service reference,First name,Last name,Date of birth,Gender,Address,Postcode,Phone,Email,Code word,Key worker
                %1$s-F1,Erin%1$s,Oneerase%1$s,4 Mar 1985,Male,1 Fictional Street,ZZ1 1ZZ,00000 000111,one@example.invalid,bluebell,demo-keyworker
                %1$s-F2,Ezra%1$s,Twoerase%1$s,6 May 1986,Male,2 Fictional Street,ZZ1 2ZZ,00000 000222,,,demo-keyworker
                %1$s-F3,Eli%1$s,Threekeep%1$s,7 Jul 1980,Male,3 Fictional Street,ZZ1 3ZZ,00000 000333,,,demo-keyworker
                """.formatted(run), 3);
        commit("children", """
                Child reference,Parent's service reference,First name,Last name,Date of birth,Lives with the parent,Social care status
                %1$s-C1,%1$s-F1,Kidone%1$s,Oneerase%1$s,1 Jun 2014,Yes,Child in need
                """.formatted(run), 1);
        StringBuilder referrals = new StringBuilder("Referral reference,Person's service reference,Programme,Referred on,Agency type,"
                + "Referring agency,Contact at the agency,Reason for referral,Consent to referral given on,DASH score,Decision,Decided on,"
                + "Decided by,Reason for decision\n");
        for (int i = 1; i <= 3; i++) {
            referrals.append("%1$s-R%2$d,%1$s-F%2$d,Caring Dads,10 Jul 2018,Children's social care,Exampleshire Council,A. Worker,"
                    .formatted(run, i) + "Shouted at Kidone%1$s,9 Jul 2018,8,Accept,1 Aug 2018,B. Lead,Meets the criteria\n".formatted(run));
        }
        commit("referrals", referrals.toString(), 3);
        commit("cohorts", "Cohort reference,Programme,Venue,Room,First session,Start time,Facilitators,Cancelled sessions,Why cancelled\n"
                + "%1$s-CD,Caring Dads,%2$s,Room 1,%3$s,18:30,demo-facilitator;demo-cofacilitator,,\n".formatted(run, venue, first), 1);
        StringBuilder attendance = new StringBuilder("Referral reference,Cohort reference,Session date,Attendance\n");
        int marks = 0;
        for (int person = 1; person <= 3; person++) {
            for (int week = 0; week < (person == 2 ? 4 : 17); week++) {
                attendance.append("%1$s-R%2$d,%1$s-CD,%3$s,%4$s\n".formatted(run, person, first.plusWeeks(week),
                        person == 2 && week % 2 == 1 ? "Absent" : "Present"));
                marks++;
            }
        }
        commit("attendance", attendance.toString(), marks);
        commit("questionnaires", "Referral reference,Questionnaire,Stage,Answered on,Answers in item order,Total score\n"
                + "%s-R1,RSES,Before the programme,%s,3;3;3;3;3;3;1;3;3;3,\n".formatted(run, first)
                + "%s-R3,RSES,Before the programme,%s,,14\n".formatted(run, first)
                + "%s-R1,RSES,After the programme,%s,3;3;3;3;3;3;3;3;2;2,\n".formatted(run, first.plusWeeks(16))
                + "%s-R3,RSES,After the programme,%s,,24\n".formatted(run, first.plusWeeks(16)), 4);
        commit("completions", "Referral reference,Completed on\n%1$s-R1,%2$s\n%1$s-R3,%2$s\n".formatted(run, first.plusWeeks(16)), 2);
        commit("withdrawals", "Referral reference,Withdrawn on,Reason,Note\n"
                + "%s-R2,%s,Disengaged,Said Kidone%s was ill\n".formatted(run, first.plusWeeks(4), run), 1);
        commit("outcomes", "Referral reference,Summary,Support offered,Support,Support offered on,Their answer\n"
                + "%s-R1,Erin%s now calmer at handovers,Yes,Monthly check-in,%s,Accepted\n".formatted(run, run, first.plusWeeks(17)), 1);
    }
}
