package uk.dap.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.dap.kiosk.Screens;
import uk.dap.shared.security.Role;

/**
 * Issue 19: every screen of every role at the two window sizes staff laptops have (1024 x 700, the client's default,
 * and 1366 x 768), with normal and larger text, with canned answers: nothing a user needs is off-screen, cut short or crushed ({@link LayoutCheck}).
 * A screen that fails leaves a picture named after it.
 */
class StaffLayoutSizesGuiTest {

    @ParameterizedTest(name = "{0} at {1} x {2}, larger text {3}")
    @CsvSource({"PROGRAMME_LEAD, 1024, 700, false", "PROGRAMME_LEAD, 1366, 768, false", "FACILITATOR, 1024, 700, false",
            "KEY_WORKER, 1024, 700, false", "REFERRER, 1024, 700, false", "ADMIN, 1024, 700, false",
            "PROGRAMME_LEAD, 1024, 700, true", "PROGRAMME_LEAD, 1366, 768, true", "FACILITATOR, 1024, 700, true",
            "KEY_WORKER, 1024, 700, true", "REFERRER, 1024, 700, true", "ADMIN, 1024, 700, true"})
    void everyScreenFits(Role role, int width, int height, boolean largerText) throws Exception {
        Robot robot = Screens.robot();
        FrameFixture window = CannedStaffWindow.open(robot, role, new CannedStaffApi(), width, height, largerText);
        try {
            List<String> problems = new ArrayList<>();
            for (String screen : window.list("navigation").contents()) {
                window.list("navigation").clickItem(screen);
                robot.waitForIdle();
                org.assertj.swing.timing.Pause.pause(300);
                robot.waitForIdle();
                List<String> found = GuiActionRunner.execute(() -> LayoutCheck.problems(((javax.swing.JFrame) window.target()).getContentPane()));
                if (!found.isEmpty()) {
                    problems.add(screen + ": " + String.join("; ", found));
                    Screens.screenshot(window.target(), "layout-problem-" + role.name().toLowerCase() + "-" + width + (largerText ? "-larger-" : "-")
                            + screen.toLowerCase().replaceAll("[^a-z]+", "-"));
                }
            }
            assertThat(problems).as(role + " at " + width + " x " + height + (largerText ? " with larger text" : "")).isEmpty();
        } finally {
            window.cleanUp();
            GuiActionRunner.execute(() -> uk.dap.kiosk.ui.Theme.installStaff(false));
        }
    }
}
