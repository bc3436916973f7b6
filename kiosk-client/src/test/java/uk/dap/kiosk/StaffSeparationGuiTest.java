package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Safety rule 1 in the staff client: a second record for someone already known needs the worker's word that it is
 * someone else, and a wrong link is corrected or ended with a reason, on the participant's record.
 */
class StaffSeparationGuiTest extends StaffGuiTest {

    @BeforeAll
    static void startServer() throws Exception {
        server = Screens.startServer();
    }

    private String newParticipant(String first, String last, String born) throws Exception {
        window.button("newParticipant").click();
        waitFor("the new participant form", () -> window.textBox("newFirstName").target().isShowing());
        window.textBox("newFirstName").enterText(first);
        window.textBox("newLastName").enterText(last);
        window.textBox("newDateOfBirth").enterText(born);
        window.comboBox("newGender").selectItem("Male");
        window.button("saveParticipant").click();
        return first + " " + last;
    }

    private String shownReference() {
        String title = window.label("recordTitle").text();
        return title.substring(title.indexOf('(') + 1, title.indexOf(')'));
    }

    @Test
    void aSecondRecordWithTheSameNameAndDateOfBirthIsSavedOnlyOnceTheWorkerSaysItIsSomeoneElse() throws Exception {
        signIn("demo-lead", "demo-lead-pw");
        window.list("navigation").clickItem("Participants");
        String name = newParticipant("Ash", "Twofold", "03/03/1983");
        waitFor("the first record", () -> window.label("recordTitle").text().startsWith(name + " (P-"));
        String first = shownReference();

        newParticipant("ash", "TWOFOLD", "03/03/1983");
        JOptionPaneFixture question = window.optionPane(org.assertj.swing.timing.Timeout.timeout(30_000));
        question.requireMessage(Pattern.compile(".*may exist already.*You can see " + first + ".*", Pattern.DOTALL));
        Screens.screenshot(javax.swing.SwingUtilities.getWindowAncestor(question.target()), "possible-duplicate-question");
        ModalDialogs.press(question.buttonWithText("It is a different person: save").target());

        waitFor("the second record", () -> window.label("recordTitle").text().startsWith("ash TWOFOLD (P-"));
        assertThat(shownReference()).isNotEqualTo(first);
        assertThat(message("participantsScreenStatus")).startsWith("ash TWOFOLD saved as P-");
        String second = shownReference();

        // The lead, who may see both, decides.
        window.list("navigation").clickItem("Possible duplicates");
        waitFor("the pair", () -> row(first, second) >= 0);
        window.table("duplicates").cell(TableCell.row(row(first, second)).column(0)).click();
        window.button("differentDuplicate").click();
        waitFor("the refusal", () -> message("duplicatesScreenStatus").contains("Say how you know"));
        window.textBox("duplicateReason").enterText("Different NHS numbers on the two referrals");
        Screens.screenshot(window.target(), "possible-duplicates");
        window.button("differentDuplicate").click();
        waitFor("the decision", () -> message("duplicatesScreenStatus").endsWith("are different people."));
        assertThat(row(first, second)).as("decided, so no longer listed").isEqualTo(-1);
    }

    /** The row of the possible-duplicates table that pairs the two references, or -1. */
    private int row(String one, String other) {
        String[][] rows = window.table("duplicates").contents();
        for (int i = 0; i < rows.length; i++) {
            String pair = rows[i][0] + rows[i][1];
            if (pair.contains(one) && pair.contains(other)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aLeadCorrectsAWrongLinkWithAReasonThenEndsIt() throws Exception {
        signIn("demo-lead", "demo-lead-pw");
        window.list("navigation").clickItem("Participants");
        String name = newParticipant("Rowan", "Relinked", "04/04/1984");
        waitFor("the record", () -> window.label("recordTitle").text().startsWith(name + " (P-"));
        // Linked to a demo person (Sam Fictional, P-000003) by reference and date of birth, with the roles the wrong way round.
        window.textBox("linkReference").enterText("P-000003");
        window.textBox("linkDateOfBirth").enterText("21/07/1998");
        window.comboBox("linkRelationship").selectItem("Other family");
        window.comboBox("linkThisRole").selectItem("Victim");
        window.comboBox("linkOtherRole").selectItem("Perpetrator");
        window.button("addLink").click();
        waitFor("the link", () -> window.table("recordLinks").target().getRowCount() == 1);
        assertThat(window.table("recordLinks").contents()[0]).contains("Victim", "Perpetrator", "Yes");

        window.table("recordLinks").cell(TableCell.row(0).column(0)).click();
        assertThat(window.comboBox("fixOtherRole").selectedItem()).as("the form starts from the link chosen").isEqualTo("Perpetrator");
        window.button("correctLink").click();
        waitFor("the refusal", () -> message("participantsScreenStatus").contains("Say why"));
        window.comboBox("fixThisRole").selectItem("Perpetrator");
        window.comboBox("fixOtherRole").selectItem("Victim");
        window.textBox("fixReason").enterText("Recorded the wrong way round");
        Screens.screenshot(window.target(), "participant-link-correction");
        window.button("correctLink").click();
        waitFor("the corrected link", () -> window.table("recordLinks").contents()[0][2].equals("Perpetrator"));
        assertThat(window.table("recordLinks").contents()[0][3]).isEqualTo("Victim");
        assertThat(message("participantsScreenStatus")).isEqualTo("Link corrected: perpetrator and victim.");

        window.table("recordLinks").cell(TableCell.row(0).column(0)).click();
        window.textBox("fixReason").enterText("Linked to the wrong person");
        window.button("endLink").click();
        waitFor("the link gone", () -> window.table("recordLinks").target().getRowCount() == 0);
        assertThat(message("participantsScreenStatus")).isEqualTo("Link ended. It stays on record with your reason.");
    }
}
