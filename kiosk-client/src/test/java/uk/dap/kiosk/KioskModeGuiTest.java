package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dap.kiosk.ui.AppFrame;
import uk.dap.server.testing.PayaraProcess;
import uk.dap.shared.api.KioskCredential;
import uk.dap.shared.api.KioskRegistered;
import uk.dap.shared.api.NewKiosk;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.client.DapClient;

/** Kiosk mode in a real full-screen window: enrolment against the real server, and a plain "unreachable" state. */
class KioskModeGuiTest {
    @TempDir
    Path home;
    Robot robot;
    FrameFixture window;

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private void open(ClientOptions options) {
        robot = Screens.robot();
        AppFrame frame = GuiActionRunner.execute(() -> KioskApp.start(options));
        window = new FrameFixture(robot, frame);
    }

    @Test
    void whenTheServerIsDownTheWelcomeScreenSaysSoAndKeepsResponding() throws Exception {
        new CredentialStore(home).save(new KioskCredential(1, "device-secret", 1, "Riverside Family Hub (demo)", "Group room 1"));
        int closedPort = PayaraProcess.freePort();
        open(new ClientOptions(ClientOptions.Mode.KIOSK, java.net.URI.create("http://localhost:" + closedPort + "/"), home, false));

        Screens.waitFor("the unreachable banner",
                () -> Screens.message(window, "connectionStatus").startsWith("Cannot reach the server"), 20);
        window.label("venueName").requireText("Riverside Family Hub (demo)");
        assertThat(window.target().isUndecorated()).as("full screen, no title bar to close").isTrue();
        // The event thread is free: a click is handled at once even while the network keeps failing.
        long start = System.nanoTime();
        GuiActionRunner.execute(() -> Screens.screenName(window.target()));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        Screens.screenshot(window.target(), "kiosk-unreachable");
    }

    @Test
    void firstStartEnrolsWithTheCodeThenShowsTheVenueAndKeepsTheCredentialPrivate() throws Exception {
        PayaraProcess server = Screens.startServer();
        try (DapClient admin = new DapClient(server.uri(), Duration.ofSeconds(10))) {
            admin.signIn("demo-admin", "demo-admin-pw");
            VenueView venue = admin.send("POST", "/api/venues", new uk.dap.shared.api.NewVenue("Meadow View Centre (test)"), VenueView.class);
            KioskRegistered registered = admin.send("POST", "/api/kiosks", new NewKiosk(venue.id(), "Hall kiosk"), KioskRegistered.class);

            open(new ClientOptions(ClientOptions.Mode.KIOSK, server.uri(), home, false));
            Screens.screenshot(window.target(), "kiosk-enrolment");
            window.textBox("enrolmentCode").enterText(registered.enrolmentCode());
            window.button("enrol").click();

            Screens.waitFor("the welcome screen", () -> "welcomeScreen".equals(Screens.screenName(window.target())), 30);
            window.label("venueName").requireText("Meadow View Centre (test)");
            Screens.waitFor("the connection", () -> Screens.message(window, "connectionStatus").equals("Connected."), 30);
            Screens.screenshot(window.target(), "kiosk-welcome");

            Path credential = home.resolve("credential.json");
            assertThat(Files.getPosixFilePermissions(credential)).extracting(Object::toString)
                    .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
            assertThat(new CredentialStore(home).load()).get().extracting(KioskCredential::venueName).isEqualTo("Meadow View Centre (test)");
        }
    }
}
