package uk.dap.kiosk.staff;

import java.time.Instant;
import java.util.function.Supplier;
import javax.swing.JFrame;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.exception.ComponentLookupException;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.CurrentUser;
import uk.dap.shared.api.SignedIn;
import uk.dap.shared.security.Role;

/**
 * The staff client's home screen in a real 1280 x 800 window, signed in with a role, with canned answers in place of
 * the server; and the wait the screen tests share (their pictures come from Screens.screenshot).
 */
final class CannedStaffWindow {
    private CannedStaffWindow() {
    }

    static FrameFixture open(Robot robot, Role role, StaffApi api) {
        return open(robot, role, api, 1280, 800);
    }

    /** The same at another window size (the layout tests' 1024 x 700 and 1366 x 768). */
    static FrameFixture open(Robot robot, Role role, StaffApi api, int width, int height) {
        return open(robot, role, api, width, height, false);
    }

    /** The same with larger text switched on or off. */
    static FrameFixture open(Robot robot, Role role, StaffApi api, int width, int height, boolean largerText) {
        JFrame frame = GuiActionRunner.execute(() -> {
            Theme.installStaff(largerText);
            StaffSession session = new StaffSession(new SignedIn("t", Instant.parse("2026-11-23T10:45:00Z"), "u",
                    "Someone Fictional", role), new CurrentUser("u", "Someone Fictional", role), CannedStaffApi.programmes());
            JFrame f = new JFrame("Programmes service - staff");
            f.setContentPane(new HomeScreen(session, api, () -> { }));
            f.setSize(width, height);
            f.setVisible(true);
            return f;
        });
        return new FrameFixture(robot, frame);
    }

    /** Waits up to 10 s for the screen to show what the check looks for; a component not shown yet counts as no. */
    static void waitFor(Supplier<Boolean> check) {
        Pause.pause(new Condition("the screen to update") {
            @Override
            public boolean test() {
                try {
                    return GuiActionRunner.execute(check::get);
                } catch (ComponentLookupException notYetShown) {
                    return false;
                }
            }
        }, Timeout.timeout(10_000));
    }
}
