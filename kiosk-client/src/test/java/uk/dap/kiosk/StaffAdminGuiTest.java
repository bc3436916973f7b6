package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.timing.Timeout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: an administrator does their job in the client, not through the API: registers a kiosk and reads its
 * enrolment code, revokes one, creates a staff account and disables it again. Each change names what it acts on first.
 */
class StaffAdminGuiTest extends StaffGuiTest {

    @BeforeAll
    static void startServer() throws Exception {
        server = Screens.startServer();
    }

    @Test
    void anAdministratorRegistersAKioskReadsItsCodeAndRevokesIt() throws Exception {
        signIn("demo-admin", "demo-admin-pw");
        window.list("navigation").clickItem("Kiosks");
        waitFor("the venues", () -> window.comboBox("kioskVenue").target().getItemCount() > 0);
        String label = "Test room " + System.nanoTime() % 100_000;
        window.textBox("kioskLabel").enterText(label);
        window.button("registerKiosk").click();

        waitFor("the code", () -> window.label("kioskCode").text().startsWith("Code for " + label + ": "));
        assertThat(window.label("kioskCode").text()).matches("Code for " + label + ": \\S{6,} \\(works until \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}\\)");
        JTableFixture kiosks = window.table("kiosks");
        waitFor("the new kiosk", () -> column(kiosks, 0).contains(label));
        int row = column(kiosks, 0).indexOf(label);
        assertThat(kiosks.contents()[row][2]).isEqualTo("Waiting for its code");
        Screens.screenshot(window.target(), "admin-kiosks");

        kiosks.cell(TableCell.row(row).column(0)).click();
        window.button("revokeKiosk").click();
        JOptionPaneFixture question = window.optionPane(Timeout.timeout(30_000));
        question.requireMessage(Pattern.compile(".*Revoke the kiosk <b>" + label + "</b> at .*", Pattern.DOTALL));
        ModalDialogs.press(question.buttonWithText("Revoke it").target());
        waitFor("the revoked kiosk", () -> kiosks.contents()[column(kiosks, 0).indexOf(label)][2].equals("Revoked"));
        assertThat(message("kiosksScreenStatus")).startsWith("The kiosk " + label + " at ").endsWith(" is revoked.");
    }

    @Test
    void anAdministratorCreatesAnAccountAndDisablesIt() throws Exception {
        signIn("demo-admin", "demo-admin-pw");
        window.list("navigation").clickItem("Staff accounts");
        String username = "kw" + System.nanoTime() % 1_000_000;
        window.textBox("newUsername").enterText(username);
        window.textBox("newDisplayName").enterText("Kim Keyworker (fictional)");
        window.comboBox("newRole").selectItem("Key worker");
        window.textBox("newPassword").enterText("a-long-first-password");
        window.button("createAccount").click();

        JTableFixture accounts = window.table("accounts");
        waitFor("the new account", () -> column(accounts, 1).contains(username));
        int row = column(accounts, 1).indexOf(username);
        assertThat(accounts.contents()[row]).startsWith("Kim Keyworker (fictional)", username, "Key worker", "Yes", "Not set up");
        assertThat(message("accountsScreenStatus")).contains("is created").contains("never by email");
        Screens.screenshot(window.target(), "admin-accounts");

        accounts.cell(TableCell.row(row).column(0)).click();
        window.button("disableAccount").click();
        JOptionPaneFixture question = window.optionPane(Timeout.timeout(30_000));
        question.requireMessage(Pattern.compile(".*Disable the account of <b>Kim Keyworker \\(fictional\\) \\(" + username + ", Key worker\\)</b>.*",
                Pattern.DOTALL));
        ModalDialogs.press(question.buttonWithText("Disable it").target());
        waitFor("the disabled account", () -> accounts.contents()[column(accounts, 1).indexOf(username)][3].equals("No: disabled"));
        assertThat(window.button("enableAccount").target().isEnabled()).isTrue();
    }

    @Test
    void anAdministratorAddsAVenueAndAClosureDateAndRemovesTheDateAgain() throws Exception {
        signIn("demo-admin", "demo-admin-pw");
        window.list("navigation").clickItem("Venues");
        String venue = "Test Hall " + System.nanoTime() % 100_000 + " (fictional)";
        window.textBox("newVenueName").enterText(venue);
        window.button("addVenue").click();
        waitFor("the new venue", () -> column(window.table("venues"), 0).contains(venue));
        assertThat(message("venuesScreenStatus")).isEqualTo(venue + " is added: cohorts and kiosks can use it now.");

        // Far ahead, and taken away again: other tests share this server and make schedules.
        window.textBox("newClosureDate").enterText("10/06/2031");
        window.textBox("newClosureWhy").enterText("Building closed for repairs (test)");
        window.button("addClosureDate").click();
        JTableFixture closures = window.table("closureDates");
        waitFor("the closure date", () -> column(closures, 0).contains("10 Jun 2031"));
        assertThat(closures.contents()[column(closures, 0).indexOf("10 Jun 2031")][1]).isEqualTo("Building closed for repairs (test)");
        Screens.screenshot(window.target(), "admin-venues");

        closures.cell(TableCell.row(column(closures, 0).indexOf("10 Jun 2031")).column(0)).click();
        window.button("removeClosureDate").click();
        JOptionPaneFixture question = window.optionPane(Timeout.timeout(30_000));
        question.requireMessage(Pattern.compile(".*Remove the closure date <b>10 Jun 2031</b> \\(Building closed for repairs \\(test\\)\\).*",
                Pattern.DOTALL));
        ModalDialogs.press(question.buttonWithText("Remove it").target());
        waitFor("the date gone", () -> !column(closures, 0).contains("10 Jun 2031"));
        assertThat(message("venuesScreenStatus")).isEqualTo("10 Jun 2031 is no longer a closure date.");
    }
}
