package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dap.kiosk.ui.StatusBanner;

/**
 * Issue 19: a lead changes a programme's settings and evaluation plan in the client, not through the API. Gateway is
 * changed and put back: other tests share this server.
 */
class StaffSettingsGuiTest extends StaffGuiTest {

    @BeforeAll
    static void startServer() throws Exception {
        server = Screens.startServer();
    }

    @Test
    void aLeadChangesAProgrammesSessionLengthAndFollowUpAndSeesThemKept() throws Exception {
        signIn("demo-lead", "demo-lead-pw");
        window.list("navigation").clickItem("Programme settings");
        window.comboBox("settingsProgramme").selectItem("Gateway");
        waitFor("Gateway's settings", () -> !window.textBox("settingsSessionMinutes").text().isBlank()
                && window.table("settingsPlan").target().getRowCount() > 0);
        String minutes = window.textBox("settingsSessionMinutes").text();
        String months = window.textBox("settingsFollowUpMonths").text();

        window.textBox("settingsSessionMinutes").deleteText().enterText("135");
        window.textBox("settingsFollowUpMonths").deleteText().enterText("9");
        window.button("saveSettings").click();
        waitFor("saved", () -> bannerKind("programmeSettingsScreenStatus") == StatusBanner.Kind.OK);
        assertThat(message("programmeSettingsScreenStatus")).isEqualTo("Saved: Gateway's settings and evaluation plan. New cohorts use them.");
        window.button("reloadSettings").click();
        waitFor("read again", () -> window.textBox("settingsSessionMinutes").text().equals("135"));
        window.textBox("settingsFollowUpMonths").requireText("9");
        Screens.screenshot(window.target(), "programme-settings");

        window.textBox("settingsSessionMinutes").deleteText().enterText("not a number");
        window.button("saveSettings").click();
        waitFor("the refusal", () -> bannerKind("programmeSettingsScreenStatus") == StatusBanner.Kind.PROBLEM);
        assertThat(message("programmeSettingsScreenStatus")).contains("whole numbers");

        window.textBox("settingsSessionMinutes").deleteText().enterText(minutes);
        window.textBox("settingsFollowUpMonths").deleteText().enterText(months);
        window.button("saveSettings").click();
        waitFor("put back", () -> bannerKind("programmeSettingsScreenStatus") == StatusBanner.Kind.OK);
    }
}
