package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a service's history brought in, kind by kind, in the order docs/import.md gives, with its real dates: people
 * and a link, referrals with their decisions, a Caring Dads group of 2019 with a cancelled session, its registers,
 * questionnaires, completions, a withdrawal and an outcome. The completion report then counts the history exactly as
 * built here. On the way: a dry run that finds a problem of each kind, a second import that creates nothing twice, and
 * a placement that the separation rule refuses without naming the other person.
 */
class HistoryImportIT extends ServerIT {
    private static final String CSV = "text/csv";
    /** Made up for this run, so that the references and names are this test's alone. */
    private static final String RUN = letters();
    private static final LocalDate FIRST = LocalDate.of(2019, 3, 6);
    private static final LocalDate CANCELLED = FIRST.plusWeeks(1);

    private static String letters() {
        StringBuilder letters = new StringBuilder("Hist");
        for (int i = 0; i < 6; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    @Test
    void aHistoryImportedKindByKindIsCountedByTheReportAsIfRecordedLive() {
        String lead = api.demo("lead");
        String venue = "History Hall " + RUN;
        Cases.expect(api.post("api/venues", "{\"name\":\"" + venue + "\"}", api.demo("admin")), 201);

        commit("participants", """
                Service reference,First name,Last name,Date of birth,Gender
                %1$s-F1,%1$s,Fatherone,4 Mar 1985,Male
                %1$s-F2,%1$s,Fathertwo,1985-05-06,Male
                %1$s-F3,%1$s,Fatherthree,7 Jul 1980,Male
                %1$s-F4,%1$s,Fatherfour,8 Aug 1982,Male
                %1$s-F5,%1$s,Fatherfive,9 Sep 1979,Male
                %1$s-F6,%1$s,Fathersix,10 Oct 1990,Male
                %1$s-V1,%1$s,Victimone,1 Feb 1987,Female
                """.formatted(RUN), 7);
        commit("links", """
                Person's service reference,Their role,Other person's service reference,Other person's role,Relationship
                %1$s-F1,Perpetrator,%1$s-V1,Victim,Ex-partner
                """.formatted(RUN), 1);

        String referralHeadings = "Referral reference,Person's service reference,Programme,Referred on,Agency type,Referring agency,"
                + "Contact at the agency,Reason for referral,Consent to referral given on,DASH score,Decision,Decided on,Decided by,Reason for decision\n";
        StringBuilder referrals = new StringBuilder(referralHeadings);
        for (int i = 1; i <= 6; i++) {
            referrals.append("%1$s-R%2$d,%1$s-F%2$d,Caring Dads,10 Jan 2019,Children's social care,Exampleshire Council,A. Worker,Contact concerns,9 Jan 2019,8,%3$s,1 Feb 2019,B. Lead,%4$s\n"
                    .formatted(RUN, i, i == 6 ? "Decline" : "Accept", i == 6 ? "Not in contact with a child" : "Meets the criteria"));
        }
        referrals.append("%1$s-RV,%1$s-V1,Freedom,12 Jan 2019,Self-referral,,,Wants support,12 Jan 2019,,Accept,2 Feb 2019,B. Lead,Meets the criteria\n"
                .formatted(RUN));
        // A dry run of a file with a mistake of each kind: each is named, and nothing is written.
        String broken = referralHeadings
                + "%1$s-X1,%1$s-NOBODY,Caring Dads,10 Jan 2019,Police,Force,Officer,Reason,,,,,,\n".formatted(RUN)
                + "%1$s-X2,%1$s-F1,Knitting Circle,31/02/2019,Police,Force,Officer,Reason,,,,,,\n".formatted(RUN)
                + "%1$s-X3,%1$s-F2,Caring Dads,10 Jan 2019,Police,Force,Officer,Reason,,25,Accept,,,\n".formatted(RUN)
                + "%1$s-X4,%1$s-F3,Caring Dads,10 Jan 2019,Self-referral,,,Reason,,,,,,\n".formatted(RUN)
                + "%1$s-X5,%1$s-F4,Caring Dads,1 Feb 2019,Police,Force,Officer,Reason,,,Accept,1 Jan 2019,B. Lead,Fine\n".formatted(RUN);
        JsonObject dryRun = upload("referrals", broken, false).json();
        assertThat(problems(dryRun)).containsExactly(
                "row 2, 'Person's service reference', '" + RUN + "-NOBODY': No participant has the service reference " + RUN
                        + "-NOBODY: import the participants' file first, or give their reference here (P-000123).",
                "row 3, 'Programme', 'Knitting Circle': Knitting Circle is not one of the programmes: Caring Dads,"
                        + " DART (Domestic Abuse Recovering Together), Freedom Programme, Gateway, New Beginnings.",
                "row 3, 'Referred on', '31/02/2019': 31/02/2019 is not a date: write it as 23 Nov 2026 or 2026-11-23.",
                "row 4, 'DASH score', '25': Give 'DASH score' as a whole number from 0 to 24, not 25.",
                "row 4, 'Decided on': A decision needs the day of the decision: fill in 'Decided on'.",
                "row 4, 'Decided by': A decision needs who made the decision: fill in 'Decided by'.",
                "row 4, 'Reason for decision': A decision needs the reason for the decision: fill in 'Reason for decision'.",
                "row 5: Caring Dads does not take self-referrals; only Freedom and Gateway do. Name the referring agency.",
                "row 6: The decision (1 Jan 2019) cannot come before the referral (1 Feb 2019).");
        assertThat(upload("referrals", referrals.toString(), false).json().getJsonNumber("created").longValue()).isEqualTo(7);
        commit("referrals", referrals.toString(), 7);
        // The same file again: nothing is made twice.
        JsonObject again = commit("referrals", referrals.toString(), 0);
        assertThat(again.getJsonNumber("alreadyImported").longValue()).isEqualTo(7);

        String cohortHeadings = "Cohort reference,Programme,Venue,Room,First session,Start time,Facilitators,Cancelled sessions,Why cancelled\n";
        JsonObject cohortProblems = upload("cohorts", cohortHeadings
                + "%s-BAD,Caring Dads,Nowhere Hall,,6 Mar 2019,18:30,demo-facilitator;demo-cofacilitator,,\n".formatted(RUN)
                + "%s-BAD2,Caring Dads,%s,,6 Mar 2019,25:00,demo-facilitator;demo-cofacilitator,14 Mar 2019,Snow\n".formatted(RUN, venue), false).json();
        assertThat(problems(cohortProblems)).containsExactly(
                "row 2, 'Venue', 'Nowhere Hall': There is no venue called Nowhere Hall: an administrator adds venues (Venues screen) before cohorts come in.",
                "row 3, 'Start time', '25:00': 25:00 is not a time of day: write it as 18:30.");
        commit("cohorts", cohortHeadings
                + "%1$s-CD,Caring Dads,%2$s,Room 2,6 Mar 2019,18:30,demo-facilitator;demo-cofacilitator,13 Mar 2019,Heating failed\n".formatted(RUN, venue)
                + "%1$s-FR,Freedom,%2$s,Room 3,6 Mar 2019,18:30,demo-facilitator,,\n".formatted(RUN, venue), 2);

        // The sessions the group met on: weekly from 6 Mar 2019, the second cancelled and made up after the last.
        List<LocalDate> sessions = new ArrayList<>();
        for (int week = 0; week < 17; week++) {
            if (!FIRST.plusWeeks(week).equals(CANCELLED)) {
                sessions.add(FIRST.plusWeeks(week));
            }
        }
        sessions.add(FIRST.plusWeeks(17));
        StringBuilder attendance = new StringBuilder("Referral reference,Cohort reference,Session date,Attendance\n");
        for (int person = 1; person <= 3; person++) {
            for (LocalDate day : sessions) {
                attendance.append(mark(person, day, person == 2 && day.equals(FIRST) ? "Late" : "Present"));
            }
        }
        // Father 4 came to two of his four sessions and was withdrawn; father 5 came to the first ten and is still enrolled.
        for (int i = 0; i < 4; i++) {
            attendance.append(mark(4, sessions.get(i), i % 2 == 0 ? "Present" : "Absent"));
        }
        for (int i = 0; i < 10; i++) {
            attendance.append(mark(5, sessions.get(i), "Present"));
        }
        JsonObject wrongDay = upload("attendance", "Referral reference,Cohort reference,Session date,Attendance\n"
                + mark(1, CANCELLED, "Present") + mark(6, FIRST, "Present"), false).json();
        assertThat(problems(wrongDay)).containsExactly(
                "row 2, 'Session date', '2019-03-13': The group " + RUN + "-CD had no session on 13 Mar 2019 (or it was cancelled): give the day of one of its sessions.",
                "row 3: This referral is declined and cannot become placed in a group. It is finished; nothing more can change.");
        commit("attendance", attendance.toString(), 3 * 17 + 4 + 10);

        // Her Freedom group met at the same venue at the same time as his: the separation rule refuses, naming neither him nor his group.
        Api.Answer apart = upload("attendance", "Referral reference,Cohort reference,Session date,Attendance\n"
                + "%1$s-RV,%1$s-FR,6 Mar 2019,Present\n".formatted(RUN), true);
        assertThat(apart.status()).isEqualTo(422);
        assertThat(apart.body()).contains("A safety rule prevents this change (linked people are kept apart).")
                .doesNotContain(RUN + "-F1", "Fatherone", RUN + "-CD", RUN + "-R1");

        String answers = "Referral reference,Questionnaire,Stage,Answered on,Answers in item order,Total score\n";
        commit("questionnaires", answers
                + "%s-R1,RSES,Before the programme,6 Mar 2019,3;3;3;3;3;3;3;3;3;3,\n".formatted(RUN)
                + "%s-R2,RSES,Before the programme,6 Mar 2019,,13\n".formatted(RUN)
                + "%s-R3,How I feel about myself (Rosenberg Self-Esteem Scale),PRE,6 Mar 2019,,14\n".formatted(RUN)
                + "%s-R1,RSES,After the programme,3 Jul 2019,,22\n".formatted(RUN)
                + "%s-R2,RSES,After the programme,3 Jul 2019,,20\n".formatted(RUN)
                + "%s-R3,RSES,POST,3 Jul 2019,,24\n".formatted(RUN), 6);
        JsonObject badAnswers = upload("questionnaires", answers
                + "%s-R5,RSES,Before the programme,6 Mar 2019,3;3;3,\n".formatted(RUN)
                + "%s-R5,RSES,After the programme,3 Jul 2019,,31\n".formatted(RUN), false).json();
        assertThat(problems(badAnswers)).containsExactly(
                "row 2, 'Answers in item order', '3;3;3': RSES has 10 items; this gives 3 answers. Give one per item, in order, leaving a skipped one empty.",
                "row 3: A total score of RSES is from 0 to 30; 31 is outside it.");

        JsonObject tooFew = upload("completions", "Referral reference,Completed on\n" + "%s-R4,3 Jul 2019\n".formatted(RUN), false).json();
        assertThat(problems(tooFew)).singleElement().asString().startsWith("row 2: The completion rule of this programme is not met:");
        commit("completions", "Referral reference,Completed on\n"
                + "%1$s-R1,3 Jul 2019\n%1$s-R2,3 Jul 2019\n%1$s-R3,4 Jul 2019\n".formatted(RUN), 3);
        commit("withdrawals", "Referral reference,Withdrawn on,Reason,Note\n" + "%s-R4,3 Apr 2019,Disengaged,Stopped coming\n".formatted(RUN), 1);
        commit("outcomes", "Referral reference,Summary,Support offered,Support,Support offered on,Their answer\n"
                + "%s-R1,Calmer handovers reported,Yes,Monthly check-in,10 Jul 2019,Accepted\n".formatted(RUN), 1);

        long cohort = cohortId(lead);
        JsonObject report = Histories.report(api, cohort, lead);
        JsonObject flow = report.getJsonObject("flow");
        assertThat(value(flow, "started")).isEqualTo(5);
        assertThat(value(flow, "completed")).isEqualTo(3);
        assertThat(value(flow, "withdrawn")).isEqualTo(1);
        assertThat(value(flow, "stillActive")).isEqualTo(1);
        // Expected: 17 sessions for each of fathers 1, 2, 3 and 5, and the 4 before father 4 was withdrawn; attended: 51 + 2 + 10.
        assertThat(report.getJsonObject("attendance").getJsonObject("overall").getJsonNumber("percent").doubleValue())
                .isCloseTo(100.0 * 63 / 72, within(1e-9));
        JsonObject rses = report.getJsonArray("evaluation").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("instrumentId").equals("RSES")).findFirst().orElseThrow();
        assertThat(value(rses, "pairs")).isEqualTo(3);
        assertThat(rses.getJsonNumber("meanBefore").doubleValue()).isCloseTo(14.0, within(1e-9));
        assertThat(rses.getJsonNumber("meanAfter").doubleValue()).isCloseTo(22.0, within(1e-9));

        // Every kind's export writes the history as it came in, and brought in again it makes nothing.
        assertThat(exported("links")).containsExactly("%1$s-F1,Perpetrator,%1$s-V1,Victim,Ex-partner".formatted(RUN));
        assertThat(exported("cohorts")).hasSize(2).anySatisfy(line -> assertThat(line)
                .startsWith("%1$s-CD,Caring Dads,%2$s,Room 2,6 Mar 2019,18:30,".formatted(RUN, venue))
                .contains("demo-facilitator", "demo-cofacilitator").endsWith(",13 Mar 2019,Heating failed"));
        assertThat(exported("attendance")).hasSize(3 * 17 + 4 + 10).contains("%1$s-R2,%1$s-CD,6 Mar 2019,Late,".formatted(RUN),
                "%1$s-R4,%1$s-CD,20 Mar 2019,Absent,".formatted(RUN));
        assertThat(exported("questionnaires")).hasSize(6).contains(
                "%s-R1,RSES,Before the programme,6 Mar 2019,,3;3;3;3;3;3;3;3;3;3,".formatted(RUN),
                "%s-R2,RSES,Before the programme,6 Mar 2019,,,13".formatted(RUN));
        assertThat(exported("completions")).containsExactlyInAnyOrder("%s-R1,3 Jul 2019".formatted(RUN), "%s-R2,3 Jul 2019".formatted(RUN),
                "%s-R3,4 Jul 2019".formatted(RUN));
        assertThat(exported("withdrawals")).containsExactly("%s-R4,3 Apr 2019,Disengaged,Stopped coming".formatted(RUN));
        assertThat(exported("outcomes")).containsExactly("%s-R1,Calmer handovers reported,Yes,Monthly check-in,10 Jul 2019,Accepted,,".formatted(RUN));
        // A Freedom lead sees her (referred to Freedom) but not him: the link between them is not hers to see, nor is his group.
        String freedomLead = new Cases(api).account("PROGRAMME_LEAD", "FREEDOM").token();
        assertThat(exported("participants", freedomLead)).singleElement().asString().startsWith(RUN + "-V1,");
        for (String kind : List.of("links", "cohorts", "attendance", "completions")) {
            assertThat(exported(kind, freedomLead)).as(kind).noneMatch(line -> line.contains(RUN + "-F1") || line.contains(RUN + "-CD")
                    || line.contains(RUN + "-R1"));
        }
        for (String kind : List.of("links", "cohorts", "attendance", "questionnaires", "completions", "withdrawals", "outcomes")) {
            List<String> rows = exported(kind);
            JsonObject back = commit(kind, exportHeadings(kind) + "\n" + String.join("\n", rows) + "\n", 0);
            assertThat(back.getJsonNumber("problemCount").longValue()).as(kind + ": " + back).isZero();
            assertThat(back.getJsonNumber("alreadyImported").longValue()).as(kind).isEqualTo(rows.size());
        }
    }

    /** The rows of the kind's export (as the demo lead) that are about this run's history: its references start with RUN. */
    private List<String> exported(String kind) {
        return exported(kind, api.demo("lead"));
    }

    private List<String> exported(String kind, String token) {
        Api.Download export = api.download("api/imports/" + kind + "/export", token);
        assertThat(export.contentType()).startsWith("text/csv");
        return export.text().lines().skip(1).filter(line -> line.startsWith(RUN + "-")).toList();
    }

    private String exportHeadings(String kind) {
        return api.download("api/imports/" + kind + "/export", api.demo("lead")).text().lines().findFirst().orElseThrow();
    }

    @Test
    void theReferralsExportIsTheTemplateFilledInAndComesBackInAsItIs() {
        String lead = api.demo("lead");
        commit("participants", "Service reference,First name,Last name,Date of birth,Gender\n%1$s-E1,%1$s,Exported,4 Mar 1985,Male\n".formatted(RUN), 1);
        commit("referrals", "Referral reference,Person's service reference,Programme,Referred on,Agency type,Referring agency,"
                + "Contact at the agency,Reason for referral,Consent to referral given on,Consent obtained by,DASH score,Open to MARAC,"
                + "Decision,Decided on,Decided by,Reason for decision\n"
                + "%1$s-RE,%1$s-E1,Caring Dads,10 Jan 2019,Probation,Exampleshire Probation,C. Officer,Court order,9 Jan 2019,C. Officer,11,No,"
                .formatted(RUN) + "Accept,1 Feb 2019,B. Lead,Meets the criteria\n", 1);

        commit("children", "Child reference,Parent's service reference,First name,Last name,Date of birth,Lives with the parent,Social care status\n"
                + "%1$s-C1,%1$s-E1,Little,Exported,1 Jun 2016,Yes,Child in need\n".formatted(RUN), 1);
        assertThat(exported("children")).containsExactly("%1$s-C1,%1$s-E1,Little,Exported,1 Jun 2016,Yes,,Child in need,No".formatted(RUN));
        JsonObject childAgain = commit("children", exportHeadings("children") + "\n" + exported("children").get(0) + "\n", 0);
        assertThat(childAgain.getJsonNumber("alreadyImported").longValue()).isEqualTo(1);

        Api.Download export = api.download("api/imports/referrals/export", lead);
        assertThat(export.contentType()).startsWith("text/csv");
        List<String> lines = export.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFReferral reference,Person's service reference,Programme,Referred on,Agency type,Referring agency,"
                + "Contact at the agency,Reason for referral,Children coming (DART),Consent to referral given on,Consent obtained by,"
                + "Consent to partner contact given on,DASH score,Risk level by judgement,Why that level,Open to MARAC,Last MARAC,Decision,"
                + "Decided on,Decided by,Reason for decision,Justification");
        String decidedBy = "B. Lead (imported by Lee Sample (demo programme lead))";
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(RUN + "-RE," + RUN + "-E1,Caring Dads,10 Jan 2019,Probation,"
                + "Exampleshire Probation,C. Officer,Court order,,9 Jan 2019,C. Officer,,11,,,No,,Accept,1 Feb 2019," + decidedBy + ","
                + "Meets the criteria,"));
        assertThat(lines).as("referrals made here are named as the service writes them").anySatisfy(line -> assertThat(line).matches("R-\\d{6},P-\\d{6},.*"));

        // A lead of another programme cannot name this person or referral by their references: to them, neither is there.
        String freedomLead = new Cases(api).account("PROGRAMME_LEAD", "FREEDOM").token();
        JsonObject other = api.upload("api/imports/referrals?fileName=other.csv", ("Referral reference,Person's service reference,Programme,"
                + "Referred on,Agency type,Reason for referral\n%1$s-RX,%1$s-E1,Freedom,1 Mar 2019,Self-referral,Wants support\n").formatted(RUN)
                .getBytes(StandardCharsets.UTF_8), CSV, freedomLead).json();
        assertThat(problems(other)).containsExactly("row 2, 'Person's service reference', '" + RUN + "-E1': No participant has the service reference "
                + RUN + "-E1: import the participants' file first, or give their reference here (P-000123).");
        JsonObject ended = api.upload("api/imports/withdrawals?fileName=other.csv", ("Referral reference,Withdrawn on,Reason\n"
                + "%s-RE,1 Mar 2019,Other\n").formatted(RUN).getBytes(StandardCharsets.UTF_8), CSV, freedomLead).json();
        assertThat(problems(ended)).containsExactly("row 2, 'Referral reference', '" + RUN + "-RE': No referral came in with the reference "
                + RUN + "-RE: import the referrals' file first.");

        // Brought in again, it makes nothing: every referral is one already here.
        JsonObject again = api.upload("api/imports/referrals?fileName=export.csv", export.body(), CSV, lead).json();
        assertThat(again.getJsonNumber("problemCount").longValue()).isZero();
        assertThat(again.getJsonNumber("created").longValue()).isZero();
        assertThat(again.getJsonNumber("alreadyImported").longValue()).isEqualTo(lines.size() - 1);
    }

    private static String mark(int person, LocalDate day, String status) {
        return "%1$s-R%2$d,%1$s-CD,%3$s,%4$s\n".formatted(RUN, person, day, status);
    }

    private long cohortId(String lead) {
        return api.get("api/cohorts?programme=CARING_DADS&when=finished&limit=500", lead).array().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("venueName").equals("History Hall " + RUN))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }



    private static Integer value(JsonObject parent, String name) {
        return parent.getJsonObject(name).getInt("value");
    }

    private JsonObject commit(String kind, String csv, long created) {
        Api.Answer answer = upload(kind, csv, true);
        assertThat(answer.status()).as(kind + ": " + answer.body()).isEqualTo(200);
        assertThat(answer.json().getJsonNumber("created").longValue()).as(kind + " created").isEqualTo(created);
        return answer.json();
    }

    private Api.Answer upload(String kind, String csv, boolean commit) {
        return api.upload("api/imports/" + kind + "?commit=" + commit + "&fileName=" + kind + ".csv", csv.getBytes(StandardCharsets.UTF_8), CSV,
                api.demo("lead"));
    }

    /** Each problem as "row N, 'Column', 'value': message". */
    private static List<String> problems(JsonObject result) {
        return result.getJsonArray("problems").getValuesAs(JsonObject.class).stream().map(p -> "row " + p.getJsonNumber("row").longValue()
                + (p.containsKey("column") ? ", '" + p.getString("column") + "'" : "") + (p.containsKey("value") ? ", '" + p.getString("value") + "'" : "")
                + ": " + p.getString("message")).collect(Collectors.toList());
    }
}
