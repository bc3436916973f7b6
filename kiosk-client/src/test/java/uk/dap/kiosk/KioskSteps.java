package uk.dap.kiosk;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import uk.dap.kiosk.ui.AppFrame;
import uk.dap.kiosk.ui.StatusBanner;

/** The steps every kiosk test takes the same way, as a facilitator and participants would take them. */
final class KioskSteps {
    private KioskSteps() {
    }

    /** The kiosk client enrolled in {@code room}'s venue, open and connected. */
    static FrameFixture open(URI server, Path home, Classroom room, Duration idle) {
        new CredentialStore(home).save(room.credential);
        // The robot first: it sees only the windows opened after it.
        Robot robot = Screens.robot();
        ClientOptions options = new ClientOptions(ClientOptions.Mode.KIOSK, server, home, false).withIdleTimeout(idle);
        AppFrame frame = GuiActionRunner.execute(() -> KioskApp.start(options));
        FrameFixture window = new FrameFixture(robot, frame);
        try {
            Screens.waitFor("the connection", () -> "Connected.".equals(Screens.message(window, "connectionStatus")), 60);
        } catch (RuntimeException | Error notConnected) {
            // The caller never gets the window to clean up: let go of the screen here, or the next test waits for it for ever.
            window.cleanUp();
            throw notConnected;
        }
        return window;
    }

    /** The facilitator opens today's session of the room's first group with their PIN; {@code screenshot} names one, or null. */
    static void openSession(FrameFixture window, Classroom room, String screenshot) throws Exception {
        window.button("openSession").click();
        long sessionId = room.groups.get(0).sessionId();
        Screens.waitFor("today's session", () -> KioskAttendanceGuiTest.find(window.target(), "session-" + sessionId) != null, 30);
        window.textBox("openUsername").enterText(Classroom.FACILITATOR);
        window.textBox("openPin").enterText(Classroom.PIN);
        if (screenshot != null) {
            Screens.screenshot(window.target(), screenshot);
        }
        submitPin(window);
    }

    /**
     * Opens the session with the PIN typed in, and waits for the roster. On a machine busy with the other tests the
     * kiosk may give up waiting for the server and say so (runs 57 and 61 timed out here): then the facilitator types
     * the PIN again and retries, as one would, up to three times.
     */
    static void submitPin(FrameFixture window) {
        for (int attempt = 1; ; attempt++) {
            window.button("openSessionSubmit").click();
            Screens.waitFor("the roster or a problem", () -> "rosterScreen".equals(Screens.screenName(window.target()))
                    || GuiActionRunner.execute(() -> ((StatusBanner) window.label("openStatus").target()).kind() == StatusBanner.Kind.PROBLEM), 60);
            if ("rosterScreen".equals(Screens.screenName(window.target()))) {
                return;
            }
            String problem = Screens.message(window, "openStatus");
            if (attempt == 3 || problem.startsWith("That username and PIN cannot open")) {
                throw new AssertionError("The session did not open: " + problem);
            }
            System.out.println("Opening the session, attempt " + attempt + ": " + problem + " Trying again.");
            window.textBox("openPin").enterText(Classroom.PIN);
        }
    }

    /** Someone taps their name on the roster and confirms. */
    static void signIn(FrameFixture window, String button) {
        window.button(button).click();
        window.button("confirmYes").click();
        Screens.waitFor("back to the roster", () -> "rosterScreen".equals(Screens.screenName(window.target())), 15);
    }

    /** Back to the welcome screen, the staff PIN, the staff menu, "Start a questionnaire": the list of questionnaires due. */
    static void toQuestionnaireList(FrameFixture window) {
        window.button("rosterBack").click();
        Screens.waitFor("the welcome screen", () -> "welcomeScreen".equals(Screens.screenName(window.target())), 10);
        window.button("staffMenu").click();
        ModalDialogs.unlock(window.dialog("unlockDialog"), Classroom.FACILITATOR, Classroom.PIN);
        Screens.waitFor("the staff menu", () -> GuiActionRunner.execute(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .anyMatch(w -> "staffMenuDialog".equals(w.getName()) && w.isShowing())), 20);
        ModalDialogs.press(window.dialog("staffMenuDialog"), "startQuestionnaire");
    }
}
