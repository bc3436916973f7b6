package uk.dap.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dap.kiosk.staff.CannedStaffWindow.waitFor;

import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JDialog;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.dap.kiosk.Screens;
import uk.dap.shared.api.progress.ParticipantProgress;
import uk.dap.shared.api.report.BandFigure;
import uk.dap.shared.api.report.CompletionReport;
import uk.dap.shared.api.report.Figure;
import uk.dap.shared.api.evaluation.Stage;
import uk.dap.shared.api.report.InstrumentChange;
import uk.dap.shared.api.report.RespondentGroup;
import uk.dap.shared.api.report.StageResponse;
import uk.dap.shared.api.report.MyReferral;
import uk.dap.shared.api.report.ProgrammeSpecifics;
import uk.dap.shared.api.report.ProgressReportRequest;
import uk.dap.shared.api.report.Rate;
import uk.dap.shared.api.report.ReasonFigure;
import uk.dap.shared.api.report.ReferralStage;
import uk.dap.shared.api.report.ReportAttendance;
import uk.dap.shared.api.report.ReportFlow;
import uk.dap.shared.api.report.ReportScope;
import uk.dap.shared.api.report.WeekRate;
import uk.dap.shared.client.Download;
import uk.dap.shared.security.Role;

/**
 * The report screens with fixed, fictional answers in place of the server: what the lead sees with small numbers
 * suppressed and not, the chart's spoken summary, an export saved through the file chooser, and a referrer's list with
 * the progress report saved as a file. Against the real server: {@code StaffReportsGuiTest} once the endpoints exist.
 */
class ReportScreensLayoutGuiTest {
    Robot robot;
    FrameFixture window;
    final ReportsApi api = new ReportsApi();

    /** Canned reports built the way the server builds them (Figure.of / Rate.of), so suppression reads as it will. */
    static class ReportsApi extends CannedStaffApi {
        final List<Boolean> suppressAsked = new ArrayList<>();
        final List<String> formatsAsked = new ArrayList<>();
        ProgressReportRequest progressAsked;

        @Override
        public CompletionReport completionReport(ReportScope scope, boolean suppress) {
            suppressAsked.add(suppress);
            try {
                Thread.sleep(300); // long enough for the progress bar and the disabled button to show
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return report(scope, suppress);
        }

        @Override
        public Download exportCompletionReport(ReportScope scope, boolean suppress, String format) {
            formatsAsked.add(format);
            return new Download("completion-report-cohort-" + scope.cohortId() + "." + format, "text/csv",
                    "stage,number\nreferred,12\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public List<MyReferral> myReferrals() {
            return List.of(new MyReferral(7L, 12L, "P-000012", "Testy", "Example", "FREEDOM", "Freedom Programme",
                    LocalDate.of(2026, 11, 23), ReferralStage.ATTENDING, 83),
                    new MyReferral(8L, 14L, "P-000014", "Waity", "Person", "FREEDOM", "Freedom Programme",
                            LocalDate.of(2026, 10, 2), ReferralStage.WAITING_FOR_PLACE, null));
        }

        @Override
        public ParticipantProgress progress(long participantId) {
            return new ParticipantProgress(participantId, "P-000012", "Testy", "Example", true, List.of());
        }

        @Override
        public Download progressReport(long participantId, ProgressReportRequest request) {
            progressAsked = request;
            return new Download("progress-report-P-000012.pdf", "application/pdf",
                    "%PDF-1.4 fictional".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }

        static CompletionReport report(ReportScope scope, boolean s) {
            ReportFlow flow = new ReportFlow(Figure.of(12, s), Figure.of(11, s), Figure.of(10, s), Figure.of(1, s), Figure.of(0, s),
                    Figure.of(9, s), Figure.of(6, s), Figure.of(2, s),
                    List.of(new ReasonFigure("MOVED_AWAY", "Moved away", Figure.of(1, s)),
                            new ReasonFigure("DISENGAGED", "Stopped attending", Figure.of(1, s))),
                    Figure.of(1, s), Rate.of(6, 9, s), s ? null : 3.5, s);
            List<WeekRate> weeks = new ArrayList<>();
            int[] attended = {25, 24, 25, 22, 3, 20, 21, 19, 18, 20, 17, 16};
            for (int w = 1; w <= 12; w++) {
                int expected = w == 5 ? 4 : 30;
                int came = Math.min(attended[w - 1], expected);
                weeks.add(new WeekRate(w, Figure.of(expected, s), Figure.of(came, s), Rate.of(came, expected, s)));
            }
            ReportAttendance attendance = new ReportAttendance(weeks, List.of(new BandFigure("90-100%", Figure.of(5, s)),
                    new BandFigure("75-89%", Figure.of(2, s)), new BandFigure("50-74%", Figure.of(1, s)),
                    new BandFigure("Under 50%", Figure.of(1, s))), Rate.of(84, 104, s));
            List<InstrumentChange> evaluation = List.of(
                    new InstrumentChange("ROSENBERG", "How I feel about myself", RespondentGroup.MOTHERS, Figure.of(6, s), 14.5, 19.0, 4.5,
                            1.23, false, List.of(
                                    new StageResponse(Stage.PRE, Figure.of(9, s), Rate.of(9, 9, s), null, null),
                                    new StageResponse(Stage.POST, Figure.of(6, s), Rate.of(6, 9, s), Rate.of(6, 9, s), Rate.of(6, 6, s)),
                                    new StageResponse(Stage.FOLLOW_UP, Figure.of(0, s), Rate.of(0, 9, s), Rate.of(0, 9, s), Rate.of(0, 0, s)))),
                    new InstrumentChange("FEELINGS", "How I feel (children)", RespondentGroup.CHILDREN, Figure.of(3, s), s ? null : 6.0,
                            s ? null : 8.0, s ? null : 2.0, s ? null : 0.8, s, List.of(
                                    new StageResponse(Stage.PRE, Figure.of(7, s), Rate.of(7, 12, s), null, null),
                                    new StageResponse(Stage.POST, Figure.of(3, s), Rate.of(3, 12, s), Rate.of(3, 7, s), Rate.of(3, 6, s)),
                                    new StageResponse(Stage.FOLLOW_UP, Figure.of(0, s), Rate.of(0, 12, s), Rate.of(0, 7, s), Rate.of(0, 0, s)))));
            ReportScope shown = new ReportScope(scope.kind(), "FREEDOM", scope.cohortId(), null, null, null,
                    "Freedom Programme, cohort from 11 Jan 2027 at Riverside Family Hub (demo)");
            return new CompletionReport(shown, s, Instant.parse("2026-11-23T14:05:00Z"), flow, attendance, evaluation,
                    new ProgrammeSpecifics(List.of(), List.of()), s ? 0 : 1_234);
        }
    }

    void open(Role role) {
        robot = Screens.robot();
        window = CannedStaffWindow.open(robot, role, api);
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void aLeadRunsACohortReportSuppressedByDefaultThenWithNumbersAndSavesItAsCsv() throws Exception {
        open(Role.PROGRAMME_LEAD);
        window.list("navigation").clickItem("Reports");
        waitFor(() -> window.comboBox("reportCohort").target().getItemCount() == 2);
        window.checkBox("reportSuppress").requireSelected();
        assertThat(window.checkBox("reportSuppress").target().getText()).isEqualTo("Suppress small numbers (for reports that leave the service)");
        window.button("exportCSV").requireDisabled();

        // Keyboard only: Alt+S turns the switch off and on again, Alt+R runs the report.
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(java.awt.event.KeyEvent.VK_S)
                .modifiers(java.awt.event.InputEvent.ALT_MASK));
        waitFor(() -> !window.checkBox("reportSuppress").target().isSelected());
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(java.awt.event.KeyEvent.VK_S)
                .modifiers(java.awt.event.InputEvent.ALT_MASK));
        waitFor(() -> window.checkBox("reportSuppress").target().isSelected());
        window.pressAndReleaseKey(org.assertj.swing.core.KeyPressInfo.keyCode(java.awt.event.KeyEvent.VK_R)
                .modifiers(java.awt.event.InputEvent.ALT_MASK));
        waitFor(() -> !window.button("runReport").target().isEnabled());
        waitFor(() -> window.button("runReport").target().isEnabled() && window.label("reportSuppression").target().isShowing());
        assertThat(window.label("reportSuppression").target().getAccessibleContext().getAccessibleName()).isEqualTo(ReportsScreen.SUPPRESSED_BANNER);
        String[][] flow = window.table("reportFlow").contents();
        assertThat(flow[0]).containsExactly("Referred", "12");
        assertThat(flow[3]).containsExactly("Declined", "<5");
        assertThat(flow[4]).containsExactly("Waiting", "0");
        assertThat(flow[7]).containsExactly("Withdrawn", "<5");
        assertThat(window.label("reportHeadline").text()).isEqualTo("Completion rate of those who started: withheld.   "
                + "Median weeks to withdrawal: withheld.   Attendance overall: 80.8%.");
        assertThat(window.table("reportEvaluation").contents()[1]).containsExactly("How I feel (children)", "Children", "<5", "withheld",
                "withheld", "withheld", "withheld");
        assertThat(window.table("reportResponses").contents()[4]).containsExactly("How I feel (children)", "Children", "After the programme",
                "<5", "withheld", "withheld", "withheld");
        String chart = GuiActionRunner.execute(() -> window.panel("reportAttendanceChart").target().getAccessibleContext().getAccessibleDescription());
        assertThat(chart).startsWith("Attendance by week: week 1 83%, week 2 80%").contains("week 5 withheld");
        assertThat(window.label("reportChartNote").text()).contains("Weeks without a bar are withheld");
        assertThat(api.suppressAsked).containsExactly(true);
        assertThat(unnamedControls(window.panel("reportsScreen").target())).as("controls without an accessible name or description").isEmpty();
        shot("layout-reports-suppressed");

        window.checkBox("reportSuppress").click();
        window.button("runReport").click();
        waitFor(() -> api.suppressAsked.size() == 2 && window.label("reportSuppression").target().getAccessibleContext()
                .getAccessibleName().equals(ReportsScreen.UNSUPPRESSED_BANNER));
        waitFor(() -> window.table("reportFlow").contents()[3][1].equals("1"));
        assertThat(window.label("reportHeadline").text()).isEqualTo("Completion rate of those who started: 66.7%.   "
                + "Median weeks to withdrawal: 3.50.   Attendance overall: 80.8%.");
        assertThat(window.table("reportEvaluation").contents()[0]).containsExactly("How I feel about myself", "Mothers", "6", "14.50", "19.00",
                "+4.50", "1.23");
        assertThat(window.table("reportResponses").contents()[0]).containsExactly("How I feel about myself", "Mothers", "Before the programme",
                "9", "100.0%", "-", "-");
        assertThat(window.table("reportResponses").contents()[1]).containsExactly("How I feel about myself", "Mothers", "After the programme",
                "6", "66.7%", "66.7%", "100.0%");
        GuiActionRunner.execute(() -> {
            // The table's own scroll pane, brought into view in the screen's.
            javax.swing.JComponent pane = (javax.swing.JComponent) window.table("reportResponses").target().getParent().getParent();
            pane.scrollRectToVisible(new java.awt.Rectangle(0, 0, pane.getWidth(), pane.getHeight()));
        });
        robot.waitForIdle();
        shot("layout-reports-responses");
        String unsuppressed = GuiActionRunner.execute(() -> window.panel("reportAttendanceChart").target().getAccessibleContext().getAccessibleDescription());
        assertThat(unsuppressed).startsWith("Attendance by week: week 1 83%, week 2 80%").contains("week 5 75%");
        assertThat(window.label("reportBeingUpdated").text()).as("a report answered while rows are rebuilt after an import says so")
                .isEqualTo("Being brought up to date: 1,234 enrolments are counted as they were before their latest change."
                        + " Ask again in a few minutes.");
        shot("layout-reports");

        Path folder = Files.createTempDirectory("reports");
        window.button("exportCSV").click();
        Path saved = SaveDialogs.approveSave(folder, null);
        waitFor(() -> Files.exists(saved));
        assertThat(saved.getFileName().toString()).isEqualTo("completion-report-cohort-50.csv");
        assertThat(Files.readString(saved)).startsWith("stage,number");
        waitFor(() -> window.label("reportsScreenStatus").text().contains("Saved the report (CSV) to " + saved.toAbsolutePath()));
        assertThat(api.formatsAsked).containsExactly("csv");
    }

    @Test
    void aReferrerSeesTheirReferralsAndSavesAProgressReport() throws Exception {
        open(Role.REFERRER);
        window.list("navigation").clickItem("My referrals");
        waitFor(() -> window.table("myReferrals").target().getRowCount() == 2);
        assertThat(window.table("myReferrals").contents()[0]).containsExactly("P-000012", "Testy Example", "Freedom Programme",
                "23 Nov 2026", "Attending a group", "83%");
        assertThat(window.table("myReferrals").contents()[1]).containsExactly("P-000014", "Waity Person", "Freedom Programme",
                "2 Oct 2026", "Accepted, waiting for a place", "No sessions yet");
        window.button("myReferralProgressReport").requireDisabled();
        window.table("myReferrals").cell(org.assertj.swing.data.TableCell.row(0).column(0)).click();
        shot("layout-my-referrals");
        window.button("myReferralProgressReport").click();

        JDialog dialog = waitForWindow(JDialog.class, "progressReportDialog");
        GuiActionRunner.execute(() -> {
            ((JTextComponent) find(dialog, "progressReportMeetingOn")).setText("30/11/2026");
            ((JTextComponent) find(dialog, "progressReportSummary")).setText("Attends every week and takes part.");
        });
        Screens.screenshot(dialog, "layout-progress-report-dialog");
        AbstractButton make = (AbstractButton) find(dialog, "makeProgressReport");
        SwingUtilities.invokeLater(make::doClick);
        Path folder = Files.createTempDirectory("progress");
        Path saved = SaveDialogs.approveSave(folder, null);
        waitFor(() -> Files.exists(saved));
        assertThat(saved.getFileName().toString()).isEqualTo("progress-report-P-000012.pdf");
        assertThat(Files.size(saved)).isPositive();
        assertThat(api.progressAsked.meetingOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(api.progressAsked.summary()).isEqualTo("Attends every week and takes part.");
        waitFor(() -> window.label("myReferralsScreenStatus").text().contains("Saved the progress report (PDF) to"));
    }

    /** Buttons, fields, combo boxes and tables under {@code root} that a screen reader could not name or describe. */
    private static List<String> unnamedControls(java.awt.Container root) {
        return GuiActionRunner.execute(() -> {
            List<String> unnamed = new ArrayList<>();
            collectUnnamed(root, unnamed);
            return unnamed;
        });
    }

    private static void collectUnnamed(java.awt.Container root, List<String> unnamed) {
        for (java.awt.Component c : root.getComponents()) {
            if (c instanceof AbstractButton || c instanceof JTextComponent || c instanceof javax.swing.JComboBox<?>
                    || c instanceof javax.swing.JTable || c instanceof org.jfree.chart.ChartPanel) {
                javax.accessibility.AccessibleContext a = c.getAccessibleContext();
                boolean scrollArrow = c instanceof AbstractButton && c.getParent() instanceof javax.swing.JScrollBar
                        || c.getParent() instanceof javax.swing.JComboBox<?>;
                if (!scrollArrow && (a.getAccessibleName() == null || a.getAccessibleName().isBlank()
                        || a.getAccessibleDescription() == null || a.getAccessibleDescription().isBlank())) {
                    unnamed.add(c.getClass().getSimpleName() + " " + c.getName());
                }
            }
            if (c instanceof java.awt.Container inner) {
                collectUnnamed(inner, unnamed);
            }
        }
    }

    private <T extends Window> T waitForWindow(Class<T> type, String name) {
        Object[] found = new Object[1];
        waitFor(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && type.isInstance(w) && name.equals(w.getName())) {
                    found[0] = w;
                    return true;
                }
            }
            return false;
        });
        return type.cast(found[0]);
    }

    private static java.awt.Component find(java.awt.Container root, String name) {
        for (java.awt.Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof java.awt.Container inner) {
                java.awt.Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void shot(String name) throws Exception {
        Screens.screenshot(window.target(), name);
    }
}
