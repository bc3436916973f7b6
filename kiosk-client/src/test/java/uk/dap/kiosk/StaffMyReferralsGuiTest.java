package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.text.UkDates;

/**
 * A referring social worker's list against the real server. Set up through the API: demo-referrer refers a fictional
 * woman to Freedom; demo-lead accepts her and places her in a cohort that started two weeks ago, where she attended
 * both sessions held. The referrer sees the referral, attending at 100%, and saves a progress report PDF for a meeting.
 */
class StaffMyReferralsGuiTest extends StaffGuiTest {
    static String reference;
    static LocalDate referredOn;

    @BeforeAll
    static void startServer() throws Exception {
        server = Screens.startServer();
        setUp(server.uri());
    }

    @Test
    void aReferrerSeesTheirReferralAndSavesAProgressReport() throws Exception {
        signIn("demo-referrer", "demo-referrer-pw");
        window.list("navigation").clickItem("My referrals");
        JTableFixture table = window.table("myReferrals");
        waitFor("the referrals", () -> column(table, 0).contains(reference));
        int row = column(table, 0).indexOf(reference);
        assertThat(table.contents()[row]).containsExactly(reference, "Mira Testcase", "Freedom Programme", UkDates.date(referredOn),
                "Attending a group", "100%");
        table.cell(TableCell.row(row).column(0)).click();
        robot.waitForIdle();
        Screens.screenshot(window.target(), "my-referrals");

        window.button("myReferralProgressReport").click();
        JDialog dialog = SaveDialogs.dialog("progressReportDialog");
        GuiActionRunner.execute(() -> {
            ((JTextComponent) SaveDialogs.find(dialog, JTextComponent.class, "progressReportMeetingOn")).setText(UkDates.date(LocalDate.now(UkDates.UK).plusDays(7)));
            ((JTextComponent) SaveDialogs.find(dialog, JTextComponent.class, "progressReportSummary")).setText("Attends every week (fictional).");
        });
        AbstractButton make = (AbstractButton) SaveDialogs.find(dialog, AbstractButton.class, "makeProgressReport");
        SwingUtilities.invokeLater(make::doClick);
        Path saved = SaveDialogs.saveInto(Files.createTempDirectory("progress"));
        waitFor("the saved PDF", () -> Files.exists(saved) && message("myReferralsScreenStatus").startsWith("Saved"));
        assertThat(saved.getFileName().toString()).endsWith(".pdf");
        assertThat(new String(Files.readAllBytes(saved), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(message("myReferralsScreenStatus")).isEqualTo("Saved the progress report (PDF) to " + saved.toAbsolutePath() + ".");
    }

    @Test
    void aLeadMakesTheSameReportFromTheProgressScreen() throws Exception {
        signIn("demo-lead", "demo-lead-pw");
        window.list("navigation").clickItem("Progress");
        window.textBox("progressReference").enterText(reference);
        window.button("showProgress").click();
        waitFor("the progress page", () -> window.button("progressReport0").target().isShowing());
        window.button("progressReport0").click();
        JDialog dialog = SaveDialogs.dialog("progressReportDialog");
        GuiActionRunner.execute(() -> ((JTextComponent) SaveDialogs.find(dialog, JTextComponent.class, "progressReportSummary"))
                .setText("Engaged well (fictional)."));
        AbstractButton make = (AbstractButton) SaveDialogs.find(dialog, AbstractButton.class, "makeProgressReport");
        SwingUtilities.invokeLater(make::doClick);
        Path saved = SaveDialogs.saveInto(Files.createTempDirectory("progress-lead"));
        waitFor("the saved PDF", () -> Files.exists(saved) && message("progressScreenStatus").startsWith("Saved"));
        assertThat(saved.getFileName().toString()).startsWith("progress-report-" + reference).endsWith(".pdf");
        assertThat(new String(Files.readAllBytes(saved), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    static void setUp(java.net.URI uri) {
        try (DapClient referrer = new DapClient(uri, Duration.ofSeconds(30)); DapClient lead = new DapClient(uri, Duration.ofSeconds(30))) {
            referrer.signIn("demo-referrer", "demo-referrer-pw");
            lead.signIn("demo-lead", "demo-lead-pw");
            LocalDate today = LocalDate.now(UkDates.UK);
            referredOn = today.minusWeeks(4);
            JsonObject woman = referrer.send("POST", "/api/participants", map("firstName", "Mira", "lastName", "Testcase",
                    "dateOfBirth", "1992-05-06", "gender", "FEMALE"), JsonObject.class);
            reference = woman.getString("reference");
            JsonObject referral = referrer.send("POST", "/api/referrals", map("participantId", woman.getJsonNumber("id").longValue(),
                    "programme", "FREEDOM", "agencyType", "CHILDRENS_SOCIAL_CARE", "externalAgency", "Example Children's Services (fictional)", "externalContact", "S. Worker (fictional)",
                    "referredOn", referredOn.toString(), "reason", "Fictional", "answers", Map.of("experiencedDomesticAbuse", true)), JsonObject.class);
            long referralId = referral.getJsonNumber("id").longValue();
            long enrolmentId = referral.getJsonObject("enrolment").getJsonNumber("id").longValue();
            lead.send("POST", "/api/referrals/" + referralId + "/eligibility-checks", null, JsonObject.class);
            lead.send("POST", "/api/referrals/" + referralId + "/decisions",
                    map("decision", "ACCEPT", "reason", "Suitable", "justification", "Test set-up"), JsonObject.class);
            VenueView venue = demoVenue(lead);
            long facilitatorId = demoStaff(lead, "FACILITATOR", "Fran Placeholder");
            JsonObject cohort = lead.send("POST", "/api/cohorts", map("programme", "FREEDOM", "venueId", venue.id(),
                    "room", "Room M" + System.currentTimeMillis() % 10000, "startDate", today.minusWeeks(2).plusDays(1).toString(),
                    "startTime", "10:00", "capacity", 12, "facilitatorIds", List.of(facilitatorId)), JsonObject.class);
            lead.send("POST", "/api/enrolments/" + enrolmentId + "/placement", map("cohortId", cohort.getJsonNumber("id").longValue()), JsonObject.class);
            for (JsonValue s : cohort.getJsonArray("sessions")) {
                JsonObject session = s.asJsonObject();
                if (!LocalDate.parse(session.getString("date")).isAfter(today)) {
                    lead.send("PUT", "/api/sessions/" + session.getJsonNumber("id") + "/register/" + enrolmentId,
                            map("status", "PRESENT"), JsonObject.class);
                }
            }
        }
    }
}
