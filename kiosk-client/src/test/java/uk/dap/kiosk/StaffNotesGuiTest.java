package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.shared.api.StaffRef;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.text.UkDates;

/**
 * The notes timeline against the real server with demo data. Set up through the API: demo-lead makes a fictional
 * man's record with demo-keyworker as his key worker, and the key worker writes three notes (one sensitive). Then, in
 * the client, the lead filters, adds a note, corrects one (seeing both versions), is shown that the sensitive note
 * exists but not its words until giving a reason, and books and marks an appointment.
 */
class StaffNotesGuiTest extends StaffGuiTest {
    static String reference;

    @BeforeAll
    static void startServer() throws Exception {
        server = Screens.startServer();
        reference = setUp(server.uri());
    }

    @Test
    void aLeadReadsFiltersAddsAndCorrectsNotesOpensSensitiveOnesWithAReasonAndMarksAnAppointment() throws Exception {
        signIn("demo-lead", "demo-lead-pw");
        window.list("navigation").clickItem("Case notes");
        // Found by part of his name as it is typed (issue 19), not by a reference the worker must know.
        window.textBox("notesReference").enterText("orrin test");
        waitFor("him among the people found", () -> window.list("notesPeople").target().isShowing()
                && window.list("notesPeople").contents().length > 0);
        assertThat(window.list("notesPeople").contents()).contains("Orrin Testcase (" + reference + "), born 3 Feb 1983");
        Screens.screenshot(javax.swing.SwingUtilities.getWindowAncestor(window.list("notesPeople").target()), "person-picker");
        window.list("notesPeople").selectItem("Orrin Testcase (" + reference + "), born 3 Feb 1983");
        window.textBox("notesReference").pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);
        JTableFixture notes = window.table("notes");
        waitFor("the notes", () -> notes.target().getRowCount() == 3);
        assertThat(window.label("notesParticipant").text()).isEqualTo("Notes for Orrin Testcase (" + reference + ")");
        assertThat(column(notes, 1)).containsExactly("Phone call", "One-to-one session", "Home visit");
        assertThat(notes.contents()[1]).containsExactly(UkDates.date(LocalDate.now(UkDates.UK).minusDays(5)), "One-to-one session",
                "Kay Fictional (demo key worker)", "Sensitive: not shown to you", "Original");
        assertThat(window.label("sensitiveState").text()).isEqualTo("1 sensitive note is not shown to you. Give a reason to open them for a limited time:");

        // Filter by type, then back to all.
        window.comboBox("filterType").selectItem("Home visit");
        window.button("applyFilters").click();
        waitFor("the filtered list", () -> notes.target().getRowCount() == 1);
        assertThat(notes.valueAt(TableCell.row(0).column(3))).startsWith("Visited at home");
        window.comboBox("filterType").selectItem("All types");
        window.button("applyFilters").click();
        waitFor("all notes", () -> notes.target().getRowCount() == 3);

        // Add a note: the list comes back with it at the top.
        window.tabbedPane("caseworkTabs").selectTab("Add a note");
        window.comboBox("newNoteType").selectItem("Other");
        window.textBox("newNoteText").enterText("Spoke to the children's school (fictional) about attendance.");
        window.button("addNote").click();
        waitFor("the new note", () -> notes.target().getRowCount() == 4);
        assertThat(message("notesScreenStatus")).startsWith("Note added: other, ");
        assertThat(window.tabbedPane("caseworkTabs").target().getSelectedIndex()).as("back on the timeline").isZero();
        assertThat(notes.contents()[0]).contains("Other", "Lee Sample (demo programme lead)", "Spoke to the children's school (fictional) about attendance.");

        // Correct the phone call: refused without a reason, then a second version with the first kept.
        int call = rowOf(notes, "Phone call");
        notes.cell(TableCell.row(call).column(0)).click();
        waitFor("the correction form", () -> window.textBox("correctionText").text().startsWith("Rang to confirm"));
        window.textBox("correctionText").deleteText().enterText("Rang to confirm Thursday's visit at 2pm.");
        window.button("correctNote").click();
        waitFor("the refusal", () -> bannerKind("notesScreenStatus") == StatusBanner.Kind.PROBLEM);
        assertThat(message("notesScreenStatus")).startsWith("Say why the note is corrected");
        window.textBox("correctionReason").enterText("Wrong time written");
        window.button("correctNote").click();
        waitFor("the correction", () -> notes.valueAt(TableCell.row(rowOf(notes, "Phone call")).column(4)).equals("Corrected (v2)"));
        assertThat(message("notesScreenStatus")).isEqualTo("Correction saved as version 2; the earlier version is kept.");
        waitFor("both versions", () -> window.textBox("noteHistory").text().contains("Version 1"));
        String history = window.textBox("noteHistory").text();
        assertThat(history).contains("Version 2", "Correction: Wrong time written", "Rang to confirm Thursday's visit at 2pm.",
                "Rang to confirm Thursday's visit at 10am.");
        assertThat(history.indexOf("Version 2")).isLessThan(history.indexOf("Version 1"));

        // The sensitive note opens only with a reason.
        window.button("openSensitive").click();
        waitFor("the refusal", () -> message("notesScreenStatus").startsWith("Give the reason"));
        window.textBox("sensitiveReason").enterText("Preparing the child protection conference report");
        window.button("openSensitive").click();
        waitFor("the opened note", () -> notes.valueAt(TableCell.row(rowOf(notes, "One-to-one session")).column(3)).startsWith("Talked about"));
        assertThat(window.label("sensitiveState").text()).startsWith("Sensitive notes open to you until ");
        assertThat(message("notesScreenStatus")).startsWith("Sensitive notes open until ").endsWith("Each one you read is recorded.");
        notes.cell(TableCell.row(rowOf(notes, "Phone call")).column(0)).click();
        waitFor("the history again", () -> window.textBox("noteHistory").text().contains("Version 1"));
        Screens.screenshot(window.target(), "notes-timeline");

        // Appointments: book yesterday's home visit and mark it missed.
        window.tabbedPane("caseworkTabs").selectTab("Appointments");
        waitFor("the appointments tab", () -> window.table("appointments").target().isShowing());
        String yesterday = LocalDate.now(UkDates.UK).minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        window.comboBox("bookType").selectItem("Home visit");
        window.textBox("bookWhen").enterText(yesterday + " 10:00");
        window.button("bookAppointment").click();
        JTableFixture appointments = window.table("appointments");
        waitFor("the booking", () -> appointments.target().getRowCount() == 1);
        assertThat(appointments.contents()[0]).containsExactly(UkDates.date(LocalDate.now(UkDates.UK).minusDays(1)) + ", 10:00", "Home visit",
                "Lee Sample (demo programme lead)", "Not marked", "");
        appointments.cell(TableCell.row(0).column(0)).click();
        window.comboBox("appointmentOutcome").selectItem("Missed");
        window.button("markAppointment").click();
        waitFor("the mark", () -> appointments.valueAt(TableCell.row(0).column(3)).equals("Missed"));
        window.comboBox("appointmentOutcome").selectItem("Kept");
        window.button("markAppointment").click();
        waitFor("the refusal", () -> bannerKind("notesScreenStatus") == StatusBanner.Kind.PROBLEM);
        assertThat(message("notesScreenStatus")).contains("give the reason for the change");
        assertThat(appointments.valueAt(TableCell.row(0).column(3))).isEqualTo("Missed");
        Screens.screenshot(window.target(), "appointments");
    }

    /** As demo-lead: his record with demo-keyworker assigned; as demo-keyworker: three notes, one sensitive. */
    static String setUp(java.net.URI uri) {
        try (DapClient lead = new DapClient(uri, Duration.ofSeconds(30)); DapClient keyWorker = new DapClient(uri, Duration.ofSeconds(30))) {
            lead.signIn("demo-lead", "demo-lead-pw");
            @SuppressWarnings("unchecked")
            List<StaffRef> workers = (List<StaffRef>) lead.send("GET", "/api/staff?role=KEY_WORKER", null, DapClient.listOf(StaffRef.class));
            long kay = workers.stream().filter(s -> s.displayName().startsWith("Kay Fictional")).findFirst().orElseThrow().id();
            JsonObject him = lead.send("POST", "/api/participants", map("firstName", "Orrin", "lastName", "Testcase", "dateOfBirth", "1983-02-03",
                    "gender", "MALE", "keyWorkerId", kay), JsonObject.class);
            long id = him.getJsonNumber("id").longValue();
            keyWorker.signIn("demo-keyworker", "demo-keyworker-pw");
            LocalDate today = LocalDate.now(UkDates.UK);
            String notes = "/api/participants/" + id + "/notes";
            keyWorker.send("POST", notes, map("type", "HOME_VISIT", "occurredOn", today.minusDays(10).toString(),
                    "text", "Visited at home; the children were at school. He talked about his temper.", "sensitive", false), JsonObject.class);
            keyWorker.send("POST", notes, map("type", "ONE_TO_ONE", "occurredOn", today.minusDays(5).toString(),
                    "text", "Talked about a relapse he has not told the group about.", "sensitive", true), JsonObject.class);
            keyWorker.send("POST", notes, map("type", "PHONE_CALL", "occurredOn", today.minusDays(1).toString(),
                    "text", "Rang to confirm Thursday's visit at 10am.", "sensitive", false), JsonObject.class);
            return him.getString("reference");
        }
    }

    private static int rowOf(JTableFixture table, String type) {
        String[][] rows = table.contents();
        for (int i = 0; i < rows.length; i++) {
            if (rows[i][1].equals(type)) {
                return i;
            }
        }
        return -1;
    }
}
