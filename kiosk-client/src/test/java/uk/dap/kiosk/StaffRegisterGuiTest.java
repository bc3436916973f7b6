package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.text.UkDates;

/**
 * The facilitator's register, the cohort register and non-engagement alerts in the staff client, against the real
 * server with demo data. Set up through the API as demo-lead: a Freedom cohort that started a week ago at a demo
 * venue, facilitated by demo-facilitator, with three fictional women placed in it; week 1's register already closed.
 */
class StaffRegisterGuiTest extends StaffGuiTest {
    static Group group;

    /** The cohort made for the test: its room (to find it in lists), its sessions and the people, in name order. */
    record Group(long cohortId, String room, List<Long> sessions, List<LocalDate> dates, List<Long> enrolments, List<String> references) {
    }

    @BeforeAll
    static void startServer() throws Exception {
        server = Screens.startServer();
        group = setUp(server.uri());
    }

    @Test
    void aFacilitatorClosesTheRegisterCorrectsItAndALeadAcknowledgesTheAlert() throws Exception {
        signIn("demo-facilitator", "demo-facilitator-pw");
        assertThat(window.list("navigation").contents())
                .containsExactly("Today", "Programmes", "Participants", "Cohorts and schedules", "Cohort roster", "Session register",
                        "Cohort register", "Case notes", "My kiosk PIN");

        // Today's session is chosen; the register is open with nobody marked.
        window.list("navigation").clickItem("Session register");
        waitFor("the cohorts", () -> window.comboBox("registerCohort").target().getItemCount() > 0);
        window.comboBox("registerCohort").selectItem(Pattern.compile(".*" + Pattern.quote(group.room()) + "$"));
        waitFor("today's register", () -> window.table("registerEntries").target().getRowCount() == 3
                && window.label("registerState").text().startsWith("Open"));
        assertThat(window.comboBox("registerSession").selectedItem()).startsWith("Week 2, " + UkDates.date(group.dates().get(1)));
        JTableFixture register = window.table("registerEntries");
        assertThat(column(register, 2)).containsOnly("Not marked");
        assertThat(column(register, 0)).containsExactly("Ivy Testcase", "Juniper Testcase", "Kestrel Testcase");

        // The paper register, for when the kiosk is down: saved as a PDF, first names and initials only.
        window.button("printBlankRegister").click();
        java.nio.file.Path saved = uk.dap.kiosk.staff.SaveDialogs.approveSave(java.nio.file.Files.createTempDirectory("register"), null);
        waitFor("the register saved", () -> java.nio.file.Files.exists(saved) && message("registerScreenStatus").startsWith("Saved the blank register"));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(saved.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Ivy T.", "Juniper T.", "Kestrel T.", "Remark")
                    .doesNotContain("Testcase");
        }

        // Ivy present with a remark, Juniper absent with notice.
        register.cell(TableCell.row(0).column(0)).click();
        window.comboBox("registerStatus").selectItem("Present");
        window.textBox("correctionReason").enterText("Came with a support worker");
        window.button("markSelected").click();
        waitFor("Ivy marked", () -> register.valueAt(TableCell.row(0).column(2)).equals("Present"));
        assertThat(register.valueAt(TableCell.row(0).column(6))).as("the remark on her row").isEqualTo("Came with a support worker");
        window.textBox("correctionReason").requireText("");
        assertThat(register.valueAt(TableCell.row(0).column(5))).startsWith("Fran Placeholder");
        assertThat(register.valueAt(TableCell.row(0).column(4))).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
        register.cell(TableCell.row(1).column(0)).click();
        window.comboBox("registerStatus").selectItem("Absent with notice");
        window.button("markSelected").click();
        waitFor("Juniper marked", () -> register.valueAt(TableCell.row(1).column(2)).equals("Absent with notice"));
        window.label("registerCounts").requireText("3 people on the register: 1 attended, 1 not marked.");

        // Closing asks first; Kestrel, not marked, becomes absent.
        window.button("closeRegister").click();
        window.optionPane().requireMessage(Pattern.compile(".*Anyone not marked will be marked absent.*"));
        ModalDialogs.press(window.optionPane().buttonWithText("Close the register").target());
        waitFor("the closed register", () -> window.label("registerState").text().startsWith("Closed by Fran Placeholder"));
        assertThat(window.label("registerState").text()).contains(" on " + UkDates.date(LocalDate.now(UkDates.UK)) + ", ");
        assertThat(register.valueAt(TableCell.row(2).column(2))).isEqualTo("Absent");
        assertThat(message("registerScreenStatus")).isEqualTo("Register closed. 1 person was marked absent.");
        window.button("closeRegister").requireDisabled();

        // A correction needs a reason: refused without one, then made with it.
        register.cell(TableCell.row(1).column(0)).click();
        window.comboBox("registerStatus").selectItem("Left early");
        window.button("markSelected").click();
        waitFor("the refusal", () -> bannerKind("registerScreenStatus") == StatusBanner.Kind.PROBLEM);
        assertThat(message("registerScreenStatus")).contains("give the reason for the correction");
        assertThat(register.valueAt(TableCell.row(1).column(2))).isEqualTo("Absent with notice");
        window.textBox("correctionReason").enterText("She came, then left at the break; marked as absent by mistake.");
        window.button("markSelected").click();
        waitFor("the correction", () -> register.valueAt(TableCell.row(1).column(2)).equals("Left early"));
        assertThat(register.valueAt(TableCell.row(1).column(6))).isEqualTo("She came, then left at the break; marked as absent by mistake.");
        assertThat(message("registerScreenStatus")).isEqualTo("Corrected: Juniper Testcase, left early.");
        window.textBox("correctionReason").requireText("");
        register.cell(TableCell.row(2).column(0)).click();
        Screens.screenshot(window.target(), "register");

        // The cohort register: weeks as columns, week 3 cancelled and not counted, rates in the last column.
        window.button("openCohortRegister").click();
        waitFor("the cohort register", () -> window.table("cohortRegister").target().getRowCount() == 3);
        JTableFixture weeks = window.table("cohortRegister");
        assertThat(weeks.target().getColumnName(0)).isEqualTo("Wk 1 " + dayMonth(group.dates().get(0)));
        assertThat(window.table("cohortRegisterRates").target().getColumnName(0)).isEqualTo("Attendance");
        assertThat(column(window.table("cohortRegisterNames"), 0)).containsExactly("Ivy Testcase (" + group.references().get(0) + ")",
                "Juniper Testcase (" + group.references().get(1) + ")", "Kestrel Testcase (" + group.references().get(2) + ")");
        assertThat(weeks.contents()[0]).startsWith("Excused", "Present", "Cancelled", "");
        assertThat(weeks.contents()[1]).startsWith("Present", "Left early", "Cancelled", "");
        assertThat(weeks.contents()[2]).startsWith("Absent", "Absent", "Cancelled", "");
        assertThat(column(window.table("cohortRegisterRates"), 0)).containsExactly("50% (1 of 2)", "100% (2 of 2)", "0% (0 of 2)");
        Screens.screenshot(window.target(), "cohort-register");

        // My kiosk PIN: the two must match.
        window.list("navigation").clickItem("My kiosk PIN");
        window.textBox("newPin").enterText("2468");
        window.textBox("newPinAgain").enterText("2469");
        window.button("setPin").click();
        waitFor("the refusal", () -> bannerKind("kioskPinScreenStatus") == StatusBanner.Kind.PROBLEM);
        assertThat(message("kioskPinScreenStatus")).isEqualTo("The two PINs are not the same. Type the new PIN twice.");
        window.textBox("newPinAgain").enterText("2468");
        window.button("setPin").click();
        waitFor("the new PIN", () -> bannerKind("kioskPinScreenStatus") == StatusBanner.Kind.OK);
        window.textBox("newPin").requireText("");

        // The lead sees the non-engagement alert for Kestrel (absent twice in a row) and acknowledges it with a note.
        window.button("signOut").click();
        signIn("demo-lead", "demo-lead-pw");
        window.list("navigation").clickItem("Alerts");
        waitFor("the alert", () -> rowOf(window.table("alerts"), group.references().get(2)) >= 0);
        JTableFixture alerts = window.table("alerts");
        int row = rowOf(alerts, group.references().get(2));
        assertThat(alerts.contents()[row]).contains("Needs action", "Missed sessions in a row without explanation", "Freedom Programme",
                "Not yet");
        alerts.cell(TableCell.row(row).column(0)).click();
        waitFor("the alert's message", () -> window.textBox("alertMessage").text().contains("missed 2 sessions in a row"));
        window.button("acknowledgeAlert").click();
        waitFor("the refusal", () -> bannerKind("alertsScreenStatus") == StatusBanner.Kind.PROBLEM);
        assertThat(message("alertsScreenStatus")).isEqualTo("Write a note saying what was done before acknowledging the alert.");
        window.textBox("acknowledgementNote").enterText("Phoned her at a safe time; she will be back next week. Key worker told.");
        Screens.screenshot(window.target(), "alerts");
        window.button("acknowledgeAlert").click();
        waitFor("the acknowledgement", () -> {
            int r = rowOf(window.table("alerts"), group.references().get(2));
            return r >= 0 && window.table("alerts").valueAt(TableCell.row(r).column(0)).equals("Acknowledged");
        });
        row = rowOf(alerts, group.references().get(2));
        assertThat(alerts.valueAt(TableCell.row(row).column(5))).endsWith(" by Lee Sample (demo programme lead)");
        waitFor("the note", () -> window.label("alertAcknowledgement").text().contains("Phoned her at a safe time"));
        assertThat(message("alertsScreenStatus")).isEqualTo("Alert acknowledged.");
        window.button("acknowledgeAlert").requireDisabled();
        Screens.screenshot(window.target(), "alerts-acknowledged");

        // Her progress page: the same figures as the cohort register, each week's mark, and the alert as acknowledged.
        window.list("navigation").clickItem("Progress");
        window.textBox("progressReference").enterText(group.references().get(2));
        window.button("showProgress").click();
        waitFor("her progress", () -> window.label("progressParticipant").text().contains(group.references().get(2)));
        assertThat(window.label("progressRate0").text()).isEqualTo("Attended 0 of 2 sessions held (0%)");
        assertThat(window.label("progressAttendanceDetail0").text()).startsWith("0 late, 0 left early, 0 absent with notice, 2 absent");
        JTableFixture weekByWeek = window.table("progressWeeks0");
        assertThat(column(weekByWeek, 2).subList(0, 3)).containsExactly("Absent", "Absent", "Cancelled (does not count)");
        assertThat(window.table("progressAlerts0").contents()[0])
                .contains("Missed sessions in a row without explanation", "Acknowledged by Lee Sample (demo programme lead)");
        assertThat(window.label("progressRestricted").text().trim()).as("the lead's view is not restricted").isEmpty();
        Screens.screenshot(window.target(), "progress");
    }

    private static String dayMonth(LocalDate date) {
        return date.getDayOfMonth() + " " + UkDates.date(date).split(" ")[1];
    }

    private static int rowOf(JTableFixture table, String reference) {
        String[][] rows = table.contents();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i][4].equals(reference) && rows[i][2].equals("Missed sessions in a row without explanation")) {
                return i;
            }
        }
        return -1;
    }

    /**
     * As demo-lead: a Freedom cohort whose first session was a week ago at a demo venue, demo-facilitator facilitating,
     * Ivy, Juniper and Kestrel Testcase referred, checked, accepted and placed; week 3 cancelled. As demo-facilitator:
     * week 1's register marked (Ivy absent with notice, Juniper present) and closed, so Kestrel is absent.
     */
    static Group setUp(java.net.URI uri) {
        try (DapClient lead = new DapClient(uri, Duration.ofSeconds(30)); DapClient facilitator = new DapClient(uri, Duration.ofSeconds(30))) {
            lead.signIn("demo-lead", "demo-lead-pw");
            LocalDate today = LocalDate.now(UkDates.UK);
            VenueView venue = demoVenue(lead);
            long facilitatorId = demoStaff(lead, "FACILITATOR", "Fran Placeholder");
            String room = "Room R" + System.currentTimeMillis() % 10000;
            JsonObject cohort = lead.send("POST", "/api/cohorts", map("programme", "FREEDOM", "venueId", venue.id(), "room", room,
                    "startDate", today.minusWeeks(1).toString(), "startTime", "09:30", "capacity", 10,
                    "facilitatorIds", List.of(facilitatorId)), JsonObject.class);
            long cohortId = cohort.getJsonNumber("id").longValue();
            List<Long> sessions = new ArrayList<>();
            List<LocalDate> dates = new ArrayList<>();
            for (JsonValue s : cohort.getJsonArray("sessions")) {
                sessions.add(s.asJsonObject().getJsonNumber("id").longValue());
                dates.add(LocalDate.parse(s.asJsonObject().getString("date")));
            }
            if (!dates.get(0).equals(today.minusWeeks(1)) || !dates.get(1).equals(today)) {
                throw new IllegalStateException("A closure date moved the test cohort's first two sessions: " + dates);
            }
            List<Long> enrolments = new ArrayList<>();
            List<String> references = new ArrayList<>();
            for (String first : List.of("Ivy", "Juniper", "Kestrel")) {
                JsonObject participant = lead.send("POST", "/api/participants", map("firstName", first, "lastName", "Testcase",
                        "dateOfBirth", "1991-03-04", "gender", "FEMALE"), JsonObject.class);
                references.add(participant.getString("reference"));
                JsonObject referral = lead.send("POST", "/api/referrals", map("participantId", participant.getJsonNumber("id").longValue(),
                        "programme", "FREEDOM", "agencyType", "SELF_REFERRAL", "referredOn", today.minusWeeks(2).toString(),
                        "reason", "Asked for a place (test)", "answers", Map.of("experiencedDomesticAbuse", true)), JsonObject.class);
                long referralId = referral.getJsonNumber("id").longValue();
                long enrolmentId = referral.getJsonObject("enrolment").getJsonNumber("id").longValue();
                lead.send("POST", "/api/referrals/" + referralId + "/eligibility-checks", null, JsonObject.class);
                lead.send("POST", "/api/referrals/" + referralId + "/decisions",
                        map("decision", "ACCEPT", "reason", "Suitable", "justification", "Test set-up"), JsonObject.class);
                lead.send("POST", "/api/enrolments/" + enrolmentId + "/placement", map("cohortId", cohortId), JsonObject.class);
                enrolments.add(enrolmentId);
            }
            lead.send("POST", "/api/cohorts/" + cohortId + "/sessions/" + sessions.get(2) + "/cancellation",
                    map("reason", "Room needed for a training day"), JsonObject.class);

            facilitator.signIn("demo-facilitator", "demo-facilitator-pw");
            long week1 = sessions.get(0);
            facilitator.send("PUT", "/api/sessions/" + week1 + "/register/" + enrolments.get(0), map("status", "EXCUSED"), JsonObject.class);
            facilitator.send("PUT", "/api/sessions/" + week1 + "/register/" + enrolments.get(1), map("status", "PRESENT"), JsonObject.class);
            facilitator.send("POST", "/api/sessions/" + week1 + "/register/closure", null, JsonObject.class);
            return new Group(cohortId, room, sessions, dates, enrolments, references);
        }
    }
}
