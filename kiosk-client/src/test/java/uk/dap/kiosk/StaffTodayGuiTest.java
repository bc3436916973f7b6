package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.text.UkDates;

/**
 * Issue 19: each role's day starts on its Today screen, and each list there is one click from the work. Set up through
 * the API: a Freedom group that meets today, run by the demo facilitator, where one woman has signed in; a referral
 * waiting for the lead's decision; a woman on the demo key worker's caseload.
 */
class StaffTodayGuiTest extends StaffGuiTest {
    static String room;
    static String signedInName;
    static String waitingReference;
    static String caseloadReference;

    @BeforeAll
    static void startServer() throws Exception {
        server = Screens.startServer();
        try (DapClient lead = new DapClient(server.uri(), Duration.ofSeconds(30))) {
            lead.signIn("demo-lead", "demo-lead-pw");
            LocalDate today = LocalDate.now(UkDates.UK);
            VenueView venue = demoVenue(lead);
            long facilitator = demoStaff(lead, "FACILITATOR", "Fran Placeholder");
            long keyWorker = demoStaff(lead, "KEY_WORKER", "Kay Fictional");

            room = "Room T" + System.nanoTime() % 10_000;
            JsonObject cohort = lead.send("POST", "/api/cohorts", map("programme", "FREEDOM", "venueId", venue.id(), "room", room,
                    "startDate", today.toString(), "startTime", "19:30", "capacity", 12, "facilitatorIds", List.of(facilitator)), JsonObject.class);
            long enrolment = accepted(lead, "Tia", "Todaysign", today);
            signedInName = "Tia Todaysign";
            lead.send("POST", "/api/enrolments/" + enrolment + "/placement", map("cohortId", cohort.getJsonNumber("id").longValue()), JsonObject.class);
            for (JsonValue s : cohort.getJsonArray("sessions")) {
                if (s.asJsonObject().getString("date").equals(today.toString())) {
                    lead.send("PUT", "/api/sessions/" + s.asJsonObject().getJsonNumber("id") + "/register/" + enrolment,
                            map("status", "PRESENT"), JsonObject.class);
                }
            }

            JsonObject waiting = lead.send("POST", "/api/participants", map("firstName", "Wren", "lastName", "Undecided",
                    "dateOfBirth", "1985-07-08", "gender", "FEMALE"), JsonObject.class);
            waitingReference = waiting.getString("reference");
            lead.send("POST", "/api/referrals", referral(waiting.getJsonNumber("id").longValue(), today.minusDays(3)), JsonObject.class);

            JsonObject onCaseload = lead.send("POST", "/api/participants", map("firstName", "Cara", "lastName", "Caseload",
                    "dateOfBirth", "1990-01-02", "gender", "FEMALE", "keyWorkerId", keyWorker), JsonObject.class);
            caseloadReference = onCaseload.getString("reference");
        }
    }

    private static long accepted(DapClient lead, String first, String last, LocalDate referredOn) {
        JsonObject woman = lead.send("POST", "/api/participants", map("firstName", first, "lastName", last, "dateOfBirth", "1992-05-06",
                "gender", "FEMALE"), JsonObject.class);
        JsonObject made = lead.send("POST", "/api/referrals", referral(woman.getJsonNumber("id").longValue(), referredOn), JsonObject.class);
        long referralId = made.getJsonNumber("id").longValue();
        lead.send("POST", "/api/referrals/" + referralId + "/eligibility-checks", null, JsonObject.class);
        lead.send("POST", "/api/referrals/" + referralId + "/decisions", map("decision", "ACCEPT", "reason", "Suitable",
                "justification", "Test set-up"), JsonObject.class);
        return made.getJsonObject("enrolment").getJsonNumber("id").longValue();
    }

    private static Map<String, Object> referral(long participant, LocalDate referredOn) {
        return map("participantId", participant, "programme", "FREEDOM", "agencyType", "SELF_REFERRAL", "referredOn", referredOn.toString(),
                "reason", "Fictional", "answers", Map.of("experiencedDomesticAbuse", true));
    }

    @Test
    void aFacilitatorSeesTodaysGroupWithWhoHasSignedInAndOpensItsRegister() throws Exception {
        signIn("demo-facilitator", "demo-facilitator-pw");
        window.label("todayScreenTitle").requireText("Today");
        JTableFixture sessions = window.table("todaySessions");
        waitFor("today's session", () -> rowWith(sessions, 1, room) >= 0);
        String[] row = sessions.contents()[rowWith(sessions, 1, room)];
        assertThat(row[0]).isEqualTo("Today at 19:30");
        assertThat(row[1]).isEqualTo("Freedom Programme, " + row[1].split(", ")[1] + ", " + room);
        assertThat(row[3]).as("expected").isEqualTo("1");
        assertThat(row[4]).as("signed in").isEqualTo("1");
        Screens.screenshot(window.target(), "today-facilitator");

        sessions.cell(TableCell.row(rowWith(sessions, 1, room)).column(0)).click();
        window.button("openTodayRegister").click();
        waitFor("the register of today's session", () -> window.table("registerEntries").target().getRowCount() == 1
                && window.comboBox("registerCohort").selectedItem().contains(room));
        assertThat(window.comboBox("registerSession").selectedItem()).isEqualTo("Week 1, " + UkDates.date(LocalDate.now(UkDates.UK)) + " at 19:30");
        assertThat(window.table("registerEntries").contents()[0][0]).contains(signedInName);
    }

    @Test
    void aLeadSeesAReferralWaitingForADecisionAndOpensIt() throws Exception {
        signIn("demo-lead", "demo-lead-pw");
        JTableFixture decisions = window.table("todayDecisions");
        waitFor("the referral waiting", () -> rowWith(decisions, 0, waitingReference) >= 0);
        assertThat(decisions.contents()[rowWith(decisions, 0, waitingReference)]).startsWith("Wren Undecided (" + waitingReference + ")",
                "Freedom Programme");
        Screens.screenshot(window.target(), "today-lead");
        decisions.cell(TableCell.row(rowWith(decisions, 0, waitingReference)).column(0)).doubleClick();
        waitFor("the decision screen on her referral", () -> window.comboBox("eligibilityReferral").selectedItem() != null
                && window.comboBox("eligibilityReferral").selectedItem().startsWith("Wren Undecided (" + waitingReference + ")"));
    }

    @Test
    void aKeyWorkerSeesTheirCaseloadWithoutSearchingAndOpensARecord() throws Exception {
        signIn("demo-keyworker", "demo-keyworker-pw");
        JTableFixture caseload = window.table("todayCaseload");
        waitFor("her on the caseload", () -> rowWith(caseload, 0, caseloadReference) >= 0);
        Screens.screenshot(window.target(), "today-key-worker");
        caseload.cell(TableCell.row(rowWith(caseload, 0, caseloadReference)).column(0)).click();
        window.button("openTodayPerson").click();
        waitFor("her record", () -> window.label("recordTitle").text().equals("Cara Caseload (" + caseloadReference + ")"));
    }

    @Test
    void anAdministratorSeesKiosksAndAccounts() throws Exception {
        signIn("demo-admin", "demo-admin-pw");
        JTableFixture kiosks = window.table("todayKiosks");
        waitFor("the demo kiosk", () -> rowWith(kiosks, 0, "Group room 1 (demo)") >= 0);
        assertThat(column(window.table("todayAccounts"), 2)).as("only accounts that cannot sign in").noneMatch("Yes"::equals);
        Screens.screenshot(window.target(), "today-admin");
    }

    @Test
    void largerTextBuildsTheScreensAgainInTheLargerSizeOnTheSameScreenAndIsKept() throws Exception {
        signIn("demo-keyworker", "demo-keyworker-pw");
        window.list("navigation").clickItem("Participants");
        int normal = GuiActionRunner.execute(() -> window.list("navigation").target().getFont().getSize());

        window.checkBox("largerText").click();
        waitFor("the larger screens", () -> window.list("navigation").target().getFont().getSize() > normal);
        assertThat(window.list("navigation").selection()).as("still on the same screen").containsExactly("Participants");
        assertThat(uk.dap.kiosk.staff.StaffPreferences.user().largerText()).as("kept for the next sign-in").isTrue();
        window.checkBox("largerText").requireSelected();
        Screens.screenshot(window.target(), "staff-larger-text");

        window.checkBox("largerText").click();
        waitFor("the normal size again", () -> window.list("navigation").target().getFont().getSize() == normal);
        assertThat(uk.dap.kiosk.staff.StaffPreferences.user().largerText()).isFalse();
    }

    private static int rowWith(JTableFixture table, int column, String text) {
        return column(table, column).stream().map(v -> v.contains(text)).toList().indexOf(true);
    }
}
