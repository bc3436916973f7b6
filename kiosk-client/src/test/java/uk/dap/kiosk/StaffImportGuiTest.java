package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dap.kiosk.staff.StaffApi;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.shared.api.participant.ParticipantSummary;
import uk.dap.shared.client.DapClient;

/**
 * Issue 21 in the staff client, against the real server: a lead checks a participants file, sees each problem in the
 * table (and Import stays off), fixes the file, checks it again and imports it after a question that names the file.
 */
class StaffImportGuiTest extends StaffGuiTest {
    private static final String HEADINGS = "Service reference,First name,Last name,Date of birth,Gender\n";

    @BeforeAll
    static void startServer() throws Exception {
        server = Screens.startServer();
    }

    @Test
    void aLeadChecksAFileSeesItsProblemsThenImportsItOnceFixed() throws Exception {
        signIn("demo-lead", "demo-lead-pw");
        window.list("navigation").clickItem("Import");
        waitFor("the templates", () -> window.comboBox("importKind").target().getItemCount() > 0);
        assertThat(window.comboBox("importKind").contents()).as("in the order a history comes in").containsExactly("Participants", "Children",
                "Links between people", "Referrals", "Cohorts and sessions", "Attendance", "Questionnaires", "Completions", "Withdrawals", "Outcomes");
        assertThat(window.comboBox("importKind").selectedItem()).isEqualTo("Participants");
        assertThat(window.label("importAbout").text()).contains("Service reference, First name, Last name, Date of birth, Gender");

        String surname = "Guiimport" + (char) ('a' + Math.floorMod(System.nanoTime(), 26)) + (char) ('a' + Math.floorMod(System.nanoTime() / 26, 26));
        Path wrong = Files.createTempFile("history-", ".csv");
        Files.writeString(wrong, HEADINGS + "G-1,Ada," + surname + ",4 Mar 1988,Female\n" + "G-2,Bea," + surname + ",31/02/1985,Female\n",
                StandardCharsets.UTF_8);
        choose(wrong);
        window.button("importCheck").click();
        waitFor("the problems", () -> window.table("importProblems").target().getRowCount() == 1);
        assertThat(window.table("importProblems").contents()[0]).containsExactly("3", "Date of birth", "31/02/1985",
                "31/02/1985 is not a date: write it as 23 Nov 2026 or 2026-11-23.");
        assertThat(window.label("importSummary").text()).isEqualTo("Checked: 2 rows; 1 to create; 0 imported before; 1 problem.");
        assertThat(window.button("importCommit").target().isEnabled()).as("nothing to import while a problem is left").isFalse();
        assertThat(window.button("importSaveProblems").target().isEnabled()).isTrue();
        Screens.screenshot(window.target(), "import-problems");

        Path fixed = Files.createTempFile("history-fixed-", ".csv");
        Files.writeString(fixed, HEADINGS + "G-1,Ada," + surname + ",4 Mar 1988,Female\n" + "G-2,Bea," + surname + ",1985-02-28,Female\n",
                StandardCharsets.UTF_8);
        choose(fixed);
        window.button("importCheck").click();
        waitFor("a clean check", () -> window.button("importCommit").target().isEnabled());
        assertThat(window.table("importProblems").target().getRowCount()).isZero();
        window.button("importCommit").click();
        JOptionPaneFixture question = window.optionPane(Timeout.timeout(30_000));
        question.requireMessage(Pattern.compile(".*Import <b>" + Pattern.quote(fixed.getFileName().toString()) + "</b> as participants\\?.*"
                + "It will create 2\\..*", Pattern.DOTALL));
        ModalDialogs.press(question.buttonWithText("Import it").target());
        waitFor("the import", () -> window.label("importSummary").text().startsWith("Imported:"));
        assertThat(window.label("importSummary").text()).isEqualTo("Imported: 2 rows; 2 created; 0 imported before; 0 problems.");
        assertThat(((StatusBanner) window.label("importScreenStatus").target()).message())
                .isEqualTo("Imported " + fixed.getFileName() + ": 2 created, 0 imported before and left as they were.");
        Screens.screenshot(window.target(), "import-done");

        // What was imported can be taken away again, in the template's columns.
        window.button("importExport").click();
        Path exported = SaveDialogs.saveInto(Files.createTempDirectory("export"));
        waitFor("the export saved", () -> ((StatusBanner) window.label("importScreenStatus").target()).message().startsWith("Exported"));
        assertThat(Files.readString(exported, StandardCharsets.UTF_8)).startsWith("\uFEFF" + HEADINGS.strip())
                .contains("G-1,Ada," + surname + ",4 Mar 1988,Female", "G-2,Bea," + surname + ",28 Feb 1985,Female");

        // A later kind says what a row is and what it names from the files before it.
        window.comboBox("importKind").selectItem("Questionnaires");
        assertThat(window.label("importAbout").text()).contains("Follow-ups need the completion", "Referral reference, Questionnaire, Stage, Answered on");
        assertThat(window.label("importSummary").text()).as("the participants' import says nothing of questionnaires").isBlank();
        assertThat(window.table("importProblems").target().getRowCount()).isZero();
        assertThat(((StatusBanner) window.label("importScreenStatus").target()).message()).isBlank();
        assertThat(window.button("importCheck").target().isEnabled()).as("the file chosen can be checked as this kind").isTrue();
        Screens.screenshot(window.target(), "import-questionnaires");

        // Imported as if entered: found by name on the participants' search.
        try (DapClient lead = new DapClient(server.uri(), Duration.ofSeconds(30))) {
            lead.signIn("demo-lead", "demo-lead-pw");
            assertThat(new StaffApi(lead).searchParticipants(surname, null, null)).extracting(ParticipantSummary::firstName)
                    .containsExactly("Ada", "Bea");
        }
    }

    /** Chooses the file in the screen's open dialog. */
    private void choose(Path file) throws Exception {
        window.button("importChoose").click();
        SaveDialogs.open(file);
        waitFor("the file chosen", () -> window.label("importFile").text().startsWith(file.getFileName().toString()));
    }
}
