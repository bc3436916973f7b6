package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.regex.Pattern;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dap.shared.client.DapClient;

/**
 * Issue 19: a lead assigns a key worker to someone recorded without one, in the client; the key worker can then open
 * their record, which they could not before ("There is no participant 4 whose notes you may see").
 */
class StaffKeyWorkerGuiTest extends StaffGuiTest {
    static String reference;
    static long participantId;

    @BeforeAll
    static void startServer() throws Exception {
        server = Screens.startServer();
        try (DapClient lead = new DapClient(server.uri(), Duration.ofSeconds(30))) {
            lead.signIn("demo-lead", "demo-lead-pw");
            JsonObject person = lead.send("POST", "/api/participants", map("firstName", "Nadia", "lastName", "Keyworkless",
                    "dateOfBirth", "1988-03-04", "gender", "FEMALE"), JsonObject.class);
            reference = person.getString("reference");
            participantId = person.getJsonNumber("id").longValue();
        }
    }

    @Test
    void aLeadAssignsAKeyWorkerWhoCanThenOpenTheRecord() throws Exception {
        assertThat(keyWorkerCanRead()).as("before: not her key worker").isFalse();
        signIn("demo-lead", "demo-lead-pw");
        window.list("navigation").clickItem("Participants");
        window.textBox("searchReference").enterText(reference);
        window.button("searchParticipants").click();
        waitFor("the person", () -> window.table("participantResults").target().getRowCount() == 1);
        window.table("participantResults").cell(TableCell.row(0).column(0)).click();
        waitFor("her record", () -> window.label("recordKeyWorker").text().equals("None assigned"));
        waitFor("the key workers", () -> window.comboBox("recordNewKeyWorker").target().getItemCount() > 0);
        window.comboBox("recordNewKeyWorker").selectItem(Pattern.compile("Kay Fictional.*"));
        window.button("assignKeyWorker").click();

        JOptionPaneFixture question = window.optionPane(Timeout.timeout(30_000));
        question.requireMessage(Pattern.compile(".*Make <b>Kay Fictional \\(demo key worker\\)</b> the key worker of <b>Nadia Keyworkless \\("
                + reference + "\\)</b>.*", Pattern.DOTALL));
        ModalDialogs.press(question.buttonWithText("Assign them").target());
        waitFor("the key worker on her record", () -> window.label("recordKeyWorker").text().equals("Kay Fictional (demo key worker)"));
        assertThat(message("participantsScreenStatus")).isEqualTo("Kay Fictional (demo key worker) is now the key worker of Nadia Keyworkless ("
                + reference + ").");
        Screens.screenshot(window.target(), "assign-key-worker");
        assertThat(keyWorkerCanRead()).as("after: her key worker opens her record").isTrue();
    }

    private static boolean keyWorkerCanRead() {
        try (DapClient keyWorker = new DapClient(server.uri(), Duration.ofSeconds(30))) {
            keyWorker.signIn("demo-keyworker", "demo-keyworker-pw");
            keyWorker.send("GET", "/api/participants/" + participantId, null, JsonObject.class);
            return true;
        } catch (RuntimeException refused) {
            return false;
        }
    }
}
