package uk.dap.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dap.kiosk.staff.CannedStaffWindow.waitFor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.dap.kiosk.Screens;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.shared.security.Role;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.attendance.ChildMark;
import uk.dap.shared.api.attendance.RegisterEntry;
import uk.dap.shared.api.attendance.RegisterMark;
import uk.dap.shared.api.attendance.SessionRegister;
import uk.dap.shared.api.cohort.SessionView;

/**
 * A DART session's register in the staff client (issue 17): each child who came with their mother has a line of their
 * own under hers, and a facilitator marks a child without touching the mother's mark.
 */
class RegisterChildrenGuiTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:05:00Z");
    Robot robot;
    FrameFixture window;

    /** One mother and her two children; a child marked here is marked on the "server" below. */
    final class FamilyRegisterApi extends CannedStaffApi {
        final List<String> marked = new ArrayList<>();
        AttendanceStatus ella;

        @Override
        public SessionRegister sessionRegister(long sessionId) {
            SessionView s = runningCohort().sessions().stream().filter(v -> v.id() == sessionId).findFirst().orElseThrow();
            return new SessionRegister(sessionId, 51L, s.number(), s.date(), s.startTime(), s.status(), false, null, null, List.of(
                    new RegisterEntry(40L, 12L, "P-000012", "Dana", "Example", AttendanceStatus.PRESENT, NOW, NOW, "Kiosk (Family room)", null,
                            List.of(new ChildMark(41L, "Finn", AttendanceStatus.PRESENT), new ChildMark(42L, "Ella", ella)))));
        }

        @Override
        public SessionRegister markChild(long sessionId, long enrolmentId, long childId, RegisterMark mark) {
            marked.add(enrolmentId + "/" + childId + " " + mark.status());
            ella = mark.status();
            return sessionRegister(sessionId);
        }

        @Override
        public SessionRegister mark(long sessionId, long enrolmentId, RegisterMark mark) {
            marked.add(enrolmentId + " " + mark.status());
            return sessionRegister(sessionId);
        }
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void eachChildHasALineOfTheirOwnAndIsMarkedOnIt() throws Exception {
        robot = Screens.robot();
        FamilyRegisterApi api = new FamilyRegisterApi();
        window = CannedStaffWindow.open(robot, Role.FACILITATOR, api);
        window.list("navigation").clickItem("Session register");
        waitFor(() -> window.table("registerEntries").target().getRowCount() == 3);
        assertThat(window.table("registerEntries").contents()[1]).startsWith("Finn (child of Dana)", "", "Present");
        assertThat(window.table("registerEntries").contents()[2]).startsWith("Ella (child of Dana)", "", "Not marked");
        assertThat(window.label("registerCounts").text()).isEqualTo("1 person on the register: 1 attended, 0 not marked. With them 2 children, 1 came.");

        window.table("registerEntries").selectRows(2);
        window.comboBox("registerStatus").selectItem("Late");
        window.button("markSelected").click();
        waitFor(() -> ((StatusBanner) window.label("registerScreenStatus").target()).kind() == StatusBanner.Kind.OK);

        assertThat(api.marked).as("Ella's own mark, not her mother's").containsExactly("40/42 LATE");
        assertThat(window.table("registerEntries").contents()[2][2]).isEqualTo("Late");
        assertThat(window.table("registerEntries").contents()[0][2]).isEqualTo("Present");
        Screens.screenshot(window.target(), "register-family");
    }
}
