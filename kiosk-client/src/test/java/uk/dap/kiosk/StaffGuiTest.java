package uk.dap.kiosk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.exception.ComponentLookupException;
import org.assertj.swing.exception.WaitTimedOutError;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import uk.dap.kiosk.ui.AppFrame;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.server.testing.PayaraProcess;

/**
 * The staff client in a real 1280 x 800 window against the real server that the GUI tests share
 * ({@link Screens#startServer()}), which each test class seeds as it needs in its own {@code @BeforeAll}, with the steps
 * and waits every staff journey shares.
 */
abstract class StaffGuiTest {
    static PayaraProcess server;
    Robot robot;
    FrameFixture window;

    @BeforeEach
    void openClient() {
        robot = Screens.robot();
        ClientOptions options = new ClientOptions(ClientOptions.Mode.STAFF, server.uri(), Path.of("target/unused-home"), false);
        AppFrame frame = GuiActionRunner.execute(() -> {
            AppFrame f = KioskApp.start(options);
            f.setSize(1280, 800);
            f.setLocation(0, 0);
            return f;
        });
        window = new FrameFixture(robot, frame);
        keepSize(frame);
    }

    /**
     * Under Xvfb, with no window manager, the X server's answer to the first size (1024 x 700) can arrive after the
     * test has asked for 1280 x 800 and shrink the window back, hiding the right-hand end of wide rows: the size is
     * set again until it has held for a moment.
     */
    private void keepSize(AppFrame frame) {
        for (int held = 0, tries = 0; held < 3 && tries < 50; tries++) {
            robot.waitForIdle();
            boolean right = GuiActionRunner.execute(() -> frame.getWidth() == 1280 && frame.getHeight() == 800);
            if (right) {
                held++;
            } else {
                held = 0;
                GuiActionRunner.execute(() -> frame.setSize(1280, 800));
            }
            org.assertj.swing.timing.Pause.pause(100);
        }
    }

    @AfterEach
    void closeClient() {
        window.cleanUp();
    }

    void signIn(String username, String password) throws Exception {
        Screens.waitFor("the sign-in screen", () -> "signInScreen".equals(Screens.screenName(window.target())), 30);
        type("username", username);
        type("password", password);
        // On a busy machine Xvfb has been seen to lose a click as it loses keystrokes (the screen then shows neither
        // "Signing in…" nor the home screen, three presses running). Signing in is not what these tests are about: after
        // two lost clicks the button is pressed through Swing itself, and the way it went is printed so a pattern shows.
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (attempt < 3) {
                window.button("signIn").click();
            } else {
                System.err.println("StaffGuiTest: two clicks on Sign in did not arrive; pressing it through Swing");
                GuiActionRunner.execute(() -> window.button("signIn").target().doClick());
            }
            try {
                Screens.waitFor("the sign-in to start", this::signInStarted, 10);
                break;
            } catch (WaitTimedOutError lost) {
                // the click did not arrive; press again
            }
        }
        try {
            Screens.waitFor("the home screen", () -> "homeScreen".equals(Screens.screenName(window.target())), 60);
        } catch (WaitTimedOutError e) {
            Screens.screenshot(window.target(), "failed-sign-in-" + username);
            Screens.desktopScreenshot("failed-sign-in-desktop-" + username);
            throw new AssertionError("No home screen 60 s after signing in as " + username + "; the sign-in screen says: \""
                    + message("signInStatus") + "\"", e);
        }
    }

    /** The sign-in screen shows it is signing in (or has been left for the home screen). */
    private boolean signInStarted() {
        try {
            return "homeScreen".equals(Screens.screenName(window.target()))
                    || !GuiActionRunner.execute(() -> window.button("signIn").target().isEnabled()) || !message("signInStatus").isBlank();
        } catch (ComponentLookupException gone) {
            return true; // the sign-in screen has been replaced
        }
    }

    /**
     * Types into a field as a user would, and checks what arrived: on a busy machine Xvfb has been seen to lose a
     * keystroke, which would fail the test for a reason that has nothing to do with the screen under test.
     */
    private void type(String field, String text) {
        for (int attempt = 1; ; attempt++) {
            window.textBox(field).deleteText().enterText(text);
            String typed = GuiActionRunner.execute(() -> window.textBox(field).target().getText());
            if (text.equals(typed) || attempt == 3) {
                window.textBox(field).requireText(text);
                return;
            }
        }
    }

    StatusBanner.Kind bannerKind(String banner) {
        return GuiActionRunner.execute(() -> ((StatusBanner) window.label(banner).target()).kind());
    }

    String message(String banner) {
        return GuiActionRunner.execute(() -> Screens.message(window, banner));
    }

    /** Waits for what a user would wait for; on a time-out, keeps a picture of the screen to show why. */
    void waitFor(String what, Supplier<Boolean> check) throws Exception {
        try {
            Screens.waitFor(what, () -> {
                try {
                    return check.get();
                } catch (ComponentLookupException notShownYet) {
                    return false;
                }
            }, 60);
        } catch (WaitTimedOutError e) {
            Screens.screenshot(window.target(), "failed-waiting-for-" + what.replace(' ', '-').replace("'", ""));
            throw e;
        }
    }

    static List<String> column(JTableFixture table, int column) {
        List<String> values = new ArrayList<>();
        for (String[] row : table.contents()) {
            values.add(row[column]);
        }
        return values;
    }

    /** The demo venue the tests' groups meet at, for set-up through the API. */
    static uk.dap.shared.api.VenueView demoVenue(uk.dap.shared.client.DapClient lead) {
        @SuppressWarnings("unchecked")
        List<uk.dap.shared.api.VenueView> venues = (List<uk.dap.shared.api.VenueView>) lead.send("GET", "/api/venues", null,
                uk.dap.shared.client.DapClient.listOf(uk.dap.shared.api.VenueView.class));
        return venues.stream().filter(v -> v.name().endsWith("(demo)")).findFirst().orElseThrow();
    }

    /** The account id of the demo member of staff in the role (FACILITATOR, KEY_WORKER) whose name starts so. */
    static long demoStaff(uk.dap.shared.client.DapClient lead, String role, String nameStart) {
        @SuppressWarnings("unchecked")
        List<uk.dap.shared.api.StaffRef> staff = (List<uk.dap.shared.api.StaffRef>) lead.send("GET", "/api/staff?role=" + role, null,
                uk.dap.shared.client.DapClient.listOf(uk.dap.shared.api.StaffRef.class));
        return staff.stream().filter(s -> s.displayName().startsWith(nameStart)).findFirst().orElseThrow().id();
    }

    /** A JSON body for set-up through the API: name, value, name, value... in order. */
    static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
