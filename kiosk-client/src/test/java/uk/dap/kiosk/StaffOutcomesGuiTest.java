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
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.text.UkDates;

/**
 * A lead of New Beginnings in the staff client, against the real server with demo data: adds to a parent's one-to-one
 * records, sees the completion rule met over her attendance, confirms completion and records the outcome. Set up
 * through the API: a New Beginnings cohort that has finished, one fictional mother placed in it and present every
 * week, her child's plan stepped down to child in need, and an attachment interview and a QbCheck already recorded.
 */
class StaffOutcomesGuiTest extends StaffGuiTest {
    static String reference;

    @BeforeAll
    static void startServer() throws Exception {
        server = Screens.startServer();
        reference = setUp(server.uri());
    }

    @Test
    void aLeadKeepsTheNewBeginningsRecordsConfirmsCompletionByTheRuleAndRecordsTheOutcome() throws Exception {
        signIn("demo-lead", "demo-lead-pw");
        assertThat(window.list("navigation").contents()).contains("Outcomes", "New Beginnings");

        // The records so far, one tab per kind.
        window.list("navigation").clickItem("New Beginnings");
        window.textBox("nbReference").enterText(reference);
        window.button("nbFind").click();
        waitFor("the records", () -> window.label("nbParticipant").text().equals("Wren Testcase (" + reference + "), New Beginnings (placed in a group): 2 records"));
        assertThat(window.tabbedPane("nbTabs").target().getTitleAt(0)).isEqualTo("Attachment interview (1)");
        JTableFixture interviews = window.table("nbTableATTACHMENT_INTERVIEW");
        assertThat(interviews.valueAt(TableCell.row(0).column(1))).isEqualTo("Preoccupied / ambivalent (coded by R. Coder (fictional))");

        // A life timeline event added from the keyboard-reachable form.
        window.tabbedPane("nbTabs").selectTab("Life timeline");
        window.textBox("timelineDate").enterText("01/09/2009");
        window.textBox("timelineText").enterText("Left school and started work at a bakery");
        window.button("nbAddTIMELINE_EVENT").click();
        waitFor("the new event", () -> window.table("nbTableTIMELINE_EVENT").target().getRowCount() == 1);
        JTableFixture timeline = window.table("nbTableTIMELINE_EVENT");
        assertThat(timeline.valueAt(TableCell.row(0).column(0))).isEqualTo("1 Sep 2009");
        assertThat(timeline.valueAt(TableCell.row(0).column(1))).isEqualTo("Left school and started work at a bakery");
        assertThat(timeline.valueAt(TableCell.row(0).column(2))).startsWith("Lee Sample");
        assertThat(window.tabbedPane("nbTabs").target().getTitleAt(1)).isEqualTo("Life timeline (1)");
        assertThat(message("newBeginningsScreenStatus")).isEqualTo("Life timeline event on 1 Sep 2009 added.");

        // Life Laundry is refused before completion, in the server's words.
        window.tabbedPane("nbTabs").selectTab("Life Laundry");
        window.textBox("laundryDate").enterText(UkDates.date(LocalDate.now(UkDates.UK).plusWeeks(3)));
        assertThat(window.comboBox("laundryVenue").target().getItemCount()).as("the venues to choose from").isPositive();
        window.textBox("laundryStart").enterText("10:00");
        window.button("nbAddLIFE_LAUNDRY").click();
        waitFor("the refusal", () -> bannerKind("newBeginningsScreenStatus") == StatusBanner.Kind.PROBLEM);
        assertThat(message("newBeginningsScreenStatus")).contains("open only to parents who completed");
        Screens.screenshot(window.target(), "new-beginnings-life-laundry");
        window.tabbedPane("nbTabs").selectTab(1);
        Screens.screenshot(window.target(), "new-beginnings-records");

        // Completion: the rule is met over 24 sessions attended; the lead confirms.
        window.list("navigation").clickItem("Outcomes");
        window.textBox("completionReference").enterText(reference);
        window.button("completionFind").click();
        waitFor("the assessment", () -> window.label("completionVerdict").text().endsWith("the completion rule is met (placed in a group)"));
        assertThat(window.label("completionFigures").text()).startsWith("Attended 24 of 24 sessions (100%; at least 75% needed)");
        JTableFixture conditions = window.table("completionConditions");
        assertThat(conditions.rowCount()).isEqualTo(2);
        assertThat(conditions.valueAt(TableCell.row(0).column(1))).isEqualTo("Yes");
        assertThat(conditions.valueAt(TableCell.row(1).column(0))).isEqualTo("Final session attended");
        window.button("saveOutcome").requireDisabled();
        // She finished yesterday; the lead records it today, with the day it happened.
        String yesterday = UkDates.date(LocalDate.now(UkDates.UK).minusDays(1));
        window.textBox("completedOn").deleteText().enterText(yesterday);
        window.button("confirmCompletion").requireEnabled().click();
        waitFor("completion", () -> window.label("completionVerdict").text().endsWith("(completed)"));
        window.button("confirmCompletion").requireDisabled();
        assertThat(message("completionScreenStatus")).isEqualTo("Completion confirmed: completed on " + yesterday + ". Record the outcome below.");

        // The outcome: the child's plan stepped down; she remains at home; support offered and accepted.
        waitFor("the outcome form", () -> window.label("outcomeState").text().equals("Not recorded yet."));
        JTableFixture children = window.table("outcomeChildren");
        assertThat(children.valueAt(TableCell.row(0).column(1))).isEqualTo("Child protection plan");
        assertThat(children.valueAt(TableCell.row(0).column(2))).isEqualTo("Child in need");
        assertThat(children.valueAt(TableCell.row(0).column(3))).isEqualTo("Yes");
        assertThat(GuiActionRunner.execute(() -> children.target().getValueAt(0, 4))).as("remains at home, ticked from the start").isEqualTo(Boolean.TRUE);
        window.textBox("outcomeSummary").enterText("Completed every session; the plan stepped down to child in need.");
        window.checkBox("supportOffered").click();
        window.textBox("supportWhat").enterText("Weekly post-programme support group");
        window.textBox("supportOfferedOn").enterText(UkDates.date(LocalDate.now(UkDates.UK)));
        window.comboBox("supportResponse").selectItem("Accepted");
        window.button("saveOutcome").click();
        waitFor("the saved outcome", () -> window.label("outcomeState").text().startsWith("Recorded by Lee Sample"));
        assertThat(message("completionScreenStatus")).isEqualTo("Outcome saved.");
        // The picture shows the whole screen from the rule down, as a lead opening it sees it.
        GuiActionRunner.execute(() -> {
            javax.swing.JComponent top = (javax.swing.JComponent) window.label("completionVerdict").target();
            top.scrollRectToVisible(new java.awt.Rectangle(0, -200, 10, 10));
        });
        robot.waitForIdle();
        Screens.screenshot(window.target(), "completion");
    }

    static String setUp(java.net.URI uri) {
        try (DapClient lead = new DapClient(uri, Duration.ofSeconds(30))) {
            lead.signIn("demo-lead", "demo-lead-pw");
            LocalDate today = LocalDate.now(UkDates.UK);
            VenueView venue = demoVenue(lead);
            long facilitatorId = demoStaff(lead, "FACILITATOR", "Fran Placeholder");
            JsonObject cohort = lead.send("POST", "/api/cohorts", map("programme", "NEW_BEGINNINGS", "venueId", venue.id(),
                    "room", "Room O" + System.currentTimeMillis() % 10000, "startDate", today.minusWeeks(30).toString(), "startTime", "13:30",
                    "capacity", 10, "facilitatorIds", List.of(facilitatorId)), JsonObject.class);
            long cohortId = cohort.getJsonNumber("id").longValue();
            JsonObject participant = lead.send("POST", "/api/participants", map("firstName", "Wren", "lastName", "Testcase",
                    "dateOfBirth", "1990-06-07", "gender", "FEMALE"), JsonObject.class);
            long participantId = participant.getJsonNumber("id").longValue();
            JsonObject child = lead.send("POST", "/api/participants/" + participantId + "/children", map("firstName", "Robin",
                    "dateOfBirth", today.minusYears(5).toString(), "livesWithParticipant", true, "regularContact", true,
                    "socialCareStatus", "CHILD_PROTECTION_PLAN", "needsCreche", false), JsonObject.class);
            JsonObject referral = lead.send("POST", "/api/referrals", map("participantId", participantId, "programme", "NEW_BEGINNINGS",
                    "agencyType", "CHILDRENS_SOCIAL_CARE", "externalAgency", "Example Children's Services (fictional)",
                    "externalContact", "S. Worker (fictional)", "referredOn", today.minusWeeks(4).toString(),
                    "reason", "Child protection plan (test)", "answers", Map.of("experiencedDomesticAbuse", true)), JsonObject.class);
            long referralId = referral.getJsonNumber("id").longValue();
            long enrolmentId = referral.getJsonObject("enrolment").getJsonNumber("id").longValue();
            lead.send("POST", "/api/referrals/" + referralId + "/eligibility-checks", null, JsonObject.class);
            lead.send("POST", "/api/referrals/" + referralId + "/decisions",
                    map("decision", "ACCEPT", "reason", "Suitable", "justification", "Test set-up"), JsonObject.class);
            lead.send("POST", "/api/enrolments/" + enrolmentId + "/placement", map("cohortId", cohortId), JsonObject.class);
            for (JsonValue s : cohort.getJsonArray("sessions")) {
                lead.send("PUT", "/api/sessions/" + s.asJsonObject().getJsonNumber("id") + "/register/" + enrolmentId,
                        map("status", "PRESENT"), JsonObject.class);
            }
            lead.send("PUT", "/api/participants/" + participantId + "/children/" + child.getJsonNumber("id") + "/status",
                    map("status", "CHILD_IN_NEED"), JsonObject.class);
            @SuppressWarnings("unchecked")
            List<JsonObject> strategies = (List<JsonObject>) lead.send("GET", "/api/attachment-strategies", null, DapClient.listOf(JsonObject.class));
            long preoccupied = strategies.stream().filter(s -> s.getString("label").equals("Preoccupied / ambivalent")).findFirst()
                    .orElseThrow().getJsonNumber("id").longValue();
            String nb = "/api/enrolments/" + enrolmentId + "/new-beginnings/";
            lead.send("POST", nb + "attachment-interviews", map("date", today.minusWeeks(28).toString(), "codedBy", "R. Coder (fictional)",
                    "strategyId", preoccupied), JsonObject.class);
            lead.send("POST", nb + "qbcheck-screenings", map("date", today.minusWeeks(26).toString(), "result", "NOT_CONFIRMED"), JsonObject.class);
            return participant.getString("reference");
        }
    }
}
