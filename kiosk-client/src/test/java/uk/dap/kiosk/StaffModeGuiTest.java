package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.dap.kiosk.ui.AppFrame;
import uk.dap.server.testing.PayaraProcess;
import uk.dap.shared.api.NewStaffAccount;
import uk.dap.shared.api.StaffAccountView;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.security.Role;
import uk.dap.shared.security.Totp;

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
    void aLeadSignsInToTodayAndFindsTheFiveProgrammes() throws Exception {
        window.textBox("username").enterText("demo-lead");
        window.textBox("password").enterText("demo-lead-pw");
        window.button("signIn").click();

        Screens.waitFor("the home screen", () -> "homeScreen".equals(Screens.screenName(window.target())), 30);
        window.label("signedInAs").requireText("Signed in as Lee Sample (demo programme lead) (Programme lead)");
        window.label("todayScreenTitle").requireText("Today");
        window.list("navigation").clickItem("Programmes");
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

    /**
     * Issue 18, item 15: a member of staff sets up a second factor from the sign-in screen (typing the key into an
     * app, here computed as an app would), sees the recovery codes once, and from then on is asked for a code.
     */
    @Test
    void aPersonSetsUpASecondFactorThenSignsInWithACodeFromTheApp() throws Exception {
        String username = "twostep-" + UUID.randomUUID().toString().substring(0, 8);
        try (DapClient admin = new DapClient(server.uri(), Duration.ofSeconds(10))) {
            admin.signIn("demo-admin", "demo-admin-pw");
            admin.send("POST", "/api/accounts", new NewStaffAccount(username, "Tess Twostep (fictional)", Role.FACILITATOR,
                    "correct-horse-battery", null), StaffAccountView.class);
        }
        window.textBox("username").enterText(username);
        window.textBox("password").enterText("correct-horse-battery");
        window.button("setUpSecondFactor").click();

        Screens.waitFor("the key", () -> showing("secondFactorKey") && !window.textBox("secondFactorKey").text().isBlank(), 30);
        String key = window.textBox("secondFactorKey").text().replace(" ", "");
        assertThat(window.textBox("otpauthUri").text()).startsWith("otpauth://totp/").contains(key);
        Screens.screenshot(window.target(), "staff-second-factor-key");
        long step = Totp.step(Instant.now());
        window.textBox("setupCode").enterText(Totp.code(key, step));
        window.button("confirmSecondFactor").click();

        Screens.waitFor("the recovery codes", () -> showing("recoveryCodes") && window.textBox("recoveryCodes").text().lines().count() == 10, 30);
        Screens.screenshot(window.target(), "staff-second-factor-recovery-codes");
        window.button("recoveryCodesKept").click();
        Screens.waitFor("the home screen", () -> "homeScreen".equals(Screens.screenName(window.target())), 30);

        window.cleanUp();
        openClient();
        window.textBox("username").enterText(username);
        window.textBox("password").enterText("correct-horse-battery");
        window.button("signIn").click();
        Screens.waitFor("the request for a code", () -> Screens.message(window, "signInStatus").contains("six-digit code"), 30);
        Screens.screenshot(window.target(), "staff-sign-in-code");
        // The code used to set up is never taken again: the app's next one is.
        window.textBox("code").enterText(Totp.code(key, step + 1));
        window.button("signIn").click();
        Screens.waitFor("the home screen", () -> "homeScreen".equals(Screens.screenName(window.target())), 30);
    }

    private boolean showing(String name) {
        return !window.robot().finder().findAll(window.target(), c -> name.equals(c.getName()) && c.isShowing()).isEmpty();
    }
}
