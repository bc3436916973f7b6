package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.dap.kiosk.ui.AppFrame;
import uk.dap.server.testing.PayaraProcess;

/** Staff mode in a real window (under Xvfb), against the real server: sign in, see who you are and the catalogue. */
class StaffModeGuiTest {
    static PayaraProcess server;
    Robot robot;
    FrameFixture window;

    @BeforeAll
    static void startServer() throws Exception {
        server = Screens.startServer();
    }


    @BeforeEach
    void openClient() {
        robot = Screens.robot();
        ClientOptions options = new ClientOptions(ClientOptions.Mode.STAFF, server.uri(), Path.of("target/unused-home"), false);
        AppFrame frame = GuiActionRunner.execute(() -> KioskApp.start(options));
        window = new FrameFixture(robot, frame);
    }

    @AfterEach
    void close() {
        window.cleanUp();
    }

    @Test
    void aLeadSignsInAndSeesTheHomeScreenWithTheFiveProgrammes() throws Exception {
        window.textBox("username").enterText("demo-lead");
        window.textBox("password").enterText("demo-lead-pw");
        window.button("signIn").click();

        Screens.waitFor("the home screen", () -> "homeScreen".equals(Screens.screenName(window.target())), 30);
        window.label("signedInAs").requireText("Signed in as Lee Sample (demo programme lead) (Programme lead)");
        window.table("programmes").requireRowCount(5);
        assertThat(window.label("sessionEnds").text()).matches("Session ends \\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}");
        assertThat(java.util.Arrays.asList(window.table("programmes").contents())).anySatisfy(row -> {
            assertThat(row[0]).isEqualTo("Caring Dads");
            assertThat(row[1]).isEqualTo("17");
            assertThat(row[3]).contains("75%").contains("post questionnaire");
        });
        Screens.screenshot(window.target(), "staff-home");
    }

    @Test
    void aWrongPasswordSaysSoAndStaysOnTheSignInScreen() throws Exception {
        window.textBox("username").enterText("demo-lead");
        window.textBox("password").enterText("wrong-password");
        window.button("signIn").click();

        Screens.waitFor("the refusal", () -> Screens.message(window, "signInStatus").startsWith("Sign-in failed"), 30);
        assertThat(Screens.screenName(window.target())).isEqualTo("signInScreen");
        Screens.screenshot(window.target(), "staff-sign-in-refused");
    }
}
