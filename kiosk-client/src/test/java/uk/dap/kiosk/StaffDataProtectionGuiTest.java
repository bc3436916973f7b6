package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dap.shared.client.DapClient;

/**
 * Issue 22 in the staff client, against the real server: an administrator sees what falls due, runs the schedule,
 * changes a period and approves another worker's erasure after a question that names the person; a lead logs a subject
 * access request for a person found by name, reviews the pack item by item, withholds one, releases it and saves it.
 */
class StaffDataProtectionGuiTest extends StaffGuiTest {
    static String surname;
    static String toErase;
    static String forAccess;

    @BeforeAll
    static void startServer() throws Exception {
        server = Screens.startServer();
        surname = "Dpgui" + (char) ('a' + Math.floorMod(System.nanoTime(), 26)) + (char) ('a' + Math.floorMod(System.nanoTime() / 26, 26));
        try (DapClient lead = new DapClient(server.uri(), Duration.ofSeconds(30))) {
            lead.signIn("demo-lead", "demo-lead-pw");
            JsonObject erased = lead.send("POST", "/api/participants", map("firstName", "Esme", "lastName", "Erase" + surname,
                    "dateOfBirth", "1981-07-08", "gender", "FEMALE"), JsonObject.class);
            toErase = erased.getString("reference");
            lead.send("POST", "/api/erasure-requests", map("participantId", erased.getJsonNumber("id").longValue(),
                    "reason", "She asked in writing; nothing obliges us to keep it"), JsonObject.class);
            JsonObject access = lead.send("POST", "/api/participants", map("firstName", "Avril", "lastName", "Access" + surname,
                    "dateOfBirth", "1979-02-03", "gender", "FEMALE"), JsonObject.class);
            forAccess = access.getString("reference");
        }
    }

    @Test
    void anAdministratorSeesWhatFallsDueRunsTheScheduleChangesAPeriodAndApprovesAnErasure() throws Exception {
        signIn("demo-admin", "demo-admin-pw");
        window.list("navigation").clickItem("Data protection");
        JTableFixture outlook = window.table("retentionOutlook");
        waitFor("what falls due", () -> outlook.target().getRowCount() == 10);
        assertThat(column(outlook, 0)).contains("Contact details", "Name and date of birth", "Children's records");
        assertThat(window.table("retentionSchedule").contents()[0]).startsWith("Contact details", "1 year", "the end of the person's last enrolment");

        window.button("retentionRun").click();
        JOptionPaneFixture run = window.optionPane(Timeout.timeout(30_000));
        run.requireMessage(Pattern.compile(".*Run the retention schedule now\\?.*This cannot be undone.*", Pattern.DOTALL));
        ModalDialogs.press(run.buttonWithText("Run it now").target());
        waitFor("the run", () -> window.label("retentionLastRun").text().contains("(on request)"));
        assertThat(message("dataProtectionScreenStatus")).startsWith("Last run: ");

        window.table("retentionSchedule").cell(TableCell.row(6).column(0)).click();
        window.textBox("retentionMonths").enterText("84");
        window.textBox("retentionReason").enterText("Board policy 2026 (fictional)");
        window.button("retentionChange").click();
        JOptionPaneFixture change = window.optionPane(Timeout.timeout(30_000));
        change.requireMessage(Pattern.compile(".*Keep <b>Outcomes</b> for 7 years after the end of the person's last enrolment \\(now 6 years\\).*",
                Pattern.DOTALL));
        ModalDialogs.press(change.buttonWithText("Change it").target());
        waitFor("the change", () -> message("dataProtectionScreenStatus").startsWith("Outcomes are now kept for 7 years"));
        waitFor("the schedule again", () -> window.table("retentionSchedule").contents()[6][4].startsWith("demo-admin"));
        Screens.screenshot(window.target(), "data-protection-retention");

        window.tabbedPane("dpTabs").selectTab("Erasure requests");
        JTableFixture erasures = window.table("erasureRequests");
        waitFor("the request", () -> column(erasures, 0).contains(toErase));
        int row = column(erasures, 0).indexOf(toErase);
        assertThat(erasures.contents()[row][1]).isEqualTo("Waiting for approval");
        erasures.cell(TableCell.row(row).column(0)).click();
        window.textBox("erasureReason").enterText("Checked with the data protection officer");
        window.button("erasureApprove").click();
        JOptionPaneFixture erase = window.optionPane(Timeout.timeout(30_000));
        erase.requireMessage(Pattern.compile(".*Erase the records of <b>" + toErase + "</b> now\\?.*This cannot be undone.*", Pattern.DOTALL));
        Screens.screenshot(javax.swing.SwingUtilities.getWindowAncestor(erase.target()), "data-protection-erase-question");
        ModalDialogs.press(erase.buttonWithText("Erase now").target());
        waitFor("the erasure", () -> message("dataProtectionScreenStatus").equals("The records of " + toErase + " are erased."));
        waitFor("the list again", () -> erasures.contents()[column(erasures, 0).indexOf(toErase)][1].startsWith("Erased by demo-admin"));
        try (DapClient lead = new DapClient(server.uri(), Duration.ofSeconds(30))) {
            lead.signIn("demo-lead", "demo-lead-pw");
            long id = Long.parseLong(toErase.substring(2));
            JsonObject record = lead.send("GET", "/api/participants/" + id, null, JsonObject.class);
            assertThat(record.getString("firstName")).isEqualTo("Anonymised");
        }
    }

    @Test
    void aLeadLogsAnAccessRequestReviewsThePackWithholdsAnItemReleasesAndSavesIt() throws Exception {
        signIn("demo-lead", "demo-lead-pw");
        // The lead's last screen: on a short screen its row is below the edge, so it is chosen as a keyboard user would.
        window.list("navigation").target().requestFocusInWindow();
        window.list("navigation").pressAndReleaseKeys(java.awt.event.KeyEvent.VK_END);
        waitFor("the Data protection screen", () -> window.tabbedPane("dpTabs").target().isShowing());
        window.textBox("dpPerson").enterText("Access" + surname);
        String label = "Avril Access" + surname + " (" + forAccess + "), born 3 Feb 1979";
        waitFor("her among the people found", () -> window.list("dpPeople").target().isShowing() && window.list("dpPeople").contents().length > 0);
        window.list("dpPeople").selectItem(label);
        window.textBox("dpPerson").pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);
        waitFor("her chosen", () -> window.label("dpChosen").text().equals("Chosen: " + label));

        window.tabbedPane("dpTabs").selectTab("Subject access requests");
        window.textBox("accessIdentity").enterText("Photo ID seen by the lead");
        window.button("accessLog").click();
        waitFor("the request logged", () -> message("dataProtectionScreenStatus").startsWith("Logged: the request of " + forAccess + " is due by "));
        JTableFixture requests = window.table("accessRequests");
        waitFor("the request listed", () -> column(requests, 0).contains(forAccess));
        int row = column(requests, 0).indexOf(forAccess);
        assertThat(requests.contents()[row][3]).endsWith("days left");
        requests.cell(TableCell.row(row).column(0)).click();
        window.button("accessReview").click();
        JTableFixture items = window.table("accessItems");
        waitFor("the pack's items", () -> items.target().getRowCount() >= 2);
        assertThat(column(items, 1)).contains("Your details", "Who has looked at your record");
        items.cell(TableCell.row(column(items, 1).indexOf("Your details")).column(0)).click();
        waitFor("the item's words", () -> window.textBox("accessItemText").text().contains("Name: Avril Access" + surname));
        int views = column(items, 1).indexOf("Who has looked at your record");
        items.cell(TableCell.row(views).column(0)).click();
        window.textBox("accessExemption").enterText("Fictional exemption for the test");
        window.button("accessWithhold").click();
        waitFor("the item withheld", () -> items.contents()[views][3].equals("Withheld: Fictional exemption for the test"));
        assertThat(window.label("accessReviewing").text()).contains("1 withheld");
        Screens.screenshot(window.target(), "data-protection-access-review");

        window.button("accessRelease").click();
        JOptionPaneFixture release = window.optionPane(Timeout.timeout(30_000));
        release.requireMessage(Pattern.compile(".*Release the pack of <b>" + forAccess + "</b>\\?.*1 withheld.*", Pattern.DOTALL));
        ModalDialogs.press(release.buttonWithText("Release it").target());
        waitFor("the release", () -> message("dataProtectionScreenStatus").startsWith("The pack of " + forAccess + " is released"));
        waitFor("saving allowed", () -> window.button("accessSave").target().isEnabled());
        window.button("accessSave").click();
        Path saved = SaveDialogs.saveInto(Files.createTempDirectory("pack"));
        waitFor("the pack saved", () -> message("dataProtectionScreenStatus").startsWith("Saved the pack of " + forAccess));
        List<String> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(saved))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).containsExactlyInAnyOrder("records-" + forAccess + ".pdf", "records-" + forAccess + ".json");
    }
}
