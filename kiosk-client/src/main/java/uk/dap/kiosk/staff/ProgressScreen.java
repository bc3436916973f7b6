package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.Html;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.ScrollablePanel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.cohort.AlertView;
import uk.dap.shared.api.evaluation.ScoreChange;
import uk.dap.shared.api.outcome.OutcomeChild;
import uk.dap.shared.api.outcome.OutcomeView;
import uk.dap.shared.api.outcome.PostProgrammeSupport;
import uk.dap.shared.api.progress.AttendanceSummary;
import uk.dap.shared.api.progress.EnrolmentProgress;
import uk.dap.shared.api.progress.ParticipantProgress;
import uk.dap.shared.api.progress.WeekMark;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.text.ParticipantReferences;
import uk.dap.shared.text.UkDates;

/**
 * A participant's progress on each programme: where the enrolment stands, the attendance rate and each week's mark,
 * questionnaire scores before and after, the alerts raised, and the outcome at the end. Referrers get the restricted view the server gives them, and the screen says so.
 */
class ProgressScreen extends StaffScreen {
    static final String RESTRICTED = "Referrer's view: case notes, withdrawal notes and other alerts are not shown.";

    private final JTextField reference = new JTextField(22);
    private final PersonPicker picker;
    private final JLabel who = new JLabel(" ");
    private final JLabel restricted = new JLabel(" ");
    private final JPanel enrolments = new JPanel();
    private long shownParticipant;

    ProgressScreen(StaffContext context) {
        super(context, "progressScreen", "Progress");
        JPanel chooser = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        JLabel refLabel = new JLabel("Person");
        refLabel.setLabelFor(reference);
        refLabel.setDisplayedMnemonic(KeyEvent.VK_P);
        FormPanel.name(reference, "progressReference", "Person: type part of their name, their reference or date of birth, then choose");
        picker = new PersonPicker(context, reference, "progressPeople", person -> show(person.id()));
        reference.addActionListener(e -> openTyped());
        JButton open = FormPanel.name(new JButton("Show progress"), "showProgress", "Show the participant's progress");
        open.setMnemonic(KeyEvent.VK_S);
        open.addActionListener(e -> openTyped());
        chooser.add(refLabel);
        chooser.add(reference);
        chooser.add(open);

        who.setName("progressParticipant");
        who.setFont(Theme.scaled(1.15f, Font.BOLD));
        restricted.setName("progressRestricted");
        enrolments.setName("progressEnrolments");
        enrolments.setLayout(new BoxLayout(enrolments, BoxLayout.Y_AXIS));
        JPanel heading = new JPanel(new BorderLayout(4, 2));
        heading.add(who, BorderLayout.NORTH);
        heading.add(restricted, BorderLayout.CENTER);
        JPanel body = new JPanel(new BorderLayout(4, 8));
        body.add(heading, BorderLayout.NORTH);
        body.add(enrolments, BorderLayout.CENTER);

        JPanel page = new JPanel(new BorderLayout(4, 8));
        page.add(chooser, BorderLayout.NORTH);
        page.add(ScrollablePanel.vertical(body), BorderLayout.CENTER);
        content(page);
    }

    /** Shows the participant's progress (from their record, or typed). */
    void show(long participantId) {
        picker.showing(ParticipantReferences.of(participantId));
        call("Loading progress…", () -> context.api().progress(participantId), this::fill);
    }

    private void openTyped() {
        if (reference.getText().isBlank()) {
            problem("Type part of the person's name, their reference or their date of birth, then choose them.");
        } else {
            picker.open();
        }
    }

    private void fill(ParticipantProgress progress) {
        shownParticipant = progress.participantId();
        who.setText(progress.firstName() + " " + progress.lastName() + " (" + progress.reference() + ")");
        picker.showing(progress.firstName() + " " + progress.lastName() + " (" + progress.reference() + ")");
        restricted.setText(progress.restricted() ? RESTRICTED : " ");
        enrolments.removeAll();
        if (progress.enrolments().isEmpty()) {
            enrolments.add(left(new JLabel("No enrolments you may see.")));
        }
        int index = 0;
        for (EnrolmentProgress e : progress.enrolments()) {
            enrolments.add(left(enrolmentPanel(e, index++)));
        }
        enrolments.revalidate();
        enrolments.repaint();
        ScrollablePanel.toTop(enrolments);
    }

    private JComponent enrolmentPanel(EnrolmentProgress e, int index) {
        JPanel panel = new JPanel();
        panel.setName("progressEnrolment" + index);
        panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
        panel.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createTitledBorder(
                e.programmeName() + ": " + e.state().label()), BorderFactory.createEmptyBorder(4, 8, 8, 8)));
        panel.getAccessibleContext().setAccessibleName(e.programmeName() + ", " + e.state().label());

        JLabel dates = new JLabel(dates(e));
        dates.setName("progressDates" + index);
        panel.add(left(dates));
        if (e.state() == EnrolmentState.WITHDRAWN && e.withdrawalReason() != null) {
            JLabel withdrawn = new JLabel("Withdrawn: " + e.withdrawalReason().label()
                    + (e.withdrawalNote() == null ? "" : ". " + e.withdrawalNote()));
            withdrawn.setName("progressWithdrawal" + index);
            panel.add(left(withdrawn));
        }

        AttendanceSummary a = e.attendance();
        JLabel rate = new JLabel(rateLine(a));
        rate.setName("progressRate" + index);
        rate.setFont(rate.getFont().deriveFont(Font.BOLD));
        JLabel detail = new JLabel(detailLine(a));
        detail.setName("progressAttendanceDetail" + index);
        panel.add(javax.swing.Box.createVerticalStrut(6));
        panel.add(left(rate));
        panel.add(left(detail));

        if (!e.weeks().isEmpty()) {
            RowTableModel<WeekMark> weeks = new RowTableModel<WeekMark>()
                    .column("Week", w -> w.number())
                    .column("Date", w -> UkDates.date(w.date()))
                    .column("Attendance", ProgressScreen::markText);
            weeks.setRows(e.weeks());
            JTable table = Tables.table("progressWeeks" + index, "Attendance by week", weeks, 60, 120, 260);
            panel.add(javax.swing.Box.createVerticalStrut(6));
            panel.add(left(heading("Week by week", table)));
            panel.add(left(Tables.scroll(table, Math.min(6, e.weeks().size()))));
        }

        panel.add(javax.swing.Box.createVerticalStrut(6));
        if (e.scores().isEmpty()) {
            JLabel none = new JLabel("No questionnaires answered yet.");
            none.setName("progressNoScores" + index);
            panel.add(left(none));
        } else {
            RowTableModel<ScoreChange> scores = new RowTableModel<ScoreChange>()
                    .column("Questionnaire", ScoreChange::title)
                    .column("Before", s -> score(s.pre()))
                    .column("After", s -> score(s.post()))
                    .column("Change", s -> s.change() == null ? "" : (s.change() > 0 ? "+" : "") + score(s.change()))
                    .column("Follow-up", s -> score(s.followUp()));
            scores.setRows(e.scores());
            JTable table = Tables.table("progressScores" + index, "Questionnaire scores before and after", scores, 330, 80, 80, 80, 90);
            panel.add(left(heading("Questionnaires: scores before and after", table)));
            panel.add(left(Tables.scroll(table, Math.min(4, e.scores().size()))));
        }

        RowTableModel<AlertView> alerts = new RowTableModel<AlertView>()
                .column("Raised", al -> UkDates.dateTime(al.raisedAt()))
                .column("Alert", al -> al.kind() == null ? "" : al.kind().label())
                .column("State", al -> al.acknowledgedAt() == null ? AlertsScreen.NEEDS_ACTION
                        : "Acknowledged by " + al.acknowledgedBy());
        alerts.setRows(e.alerts());
        panel.add(javax.swing.Box.createVerticalStrut(6));
        if (e.alerts().isEmpty()) {
            JLabel none = new JLabel("No alerts.");
            none.setName("progressNoAlerts" + index);
            panel.add(left(none));
        } else {
            JTable table = Tables.table("progressAlerts" + index, "Alerts", alerts, 160, 240, 280);
            panel.add(left(heading("Alerts", table)));
            panel.add(left(Tables.scroll(table, Math.min(4, e.alerts().size()))));
        }
        if (e.outcome() != null) {
            panel.add(javax.swing.Box.createVerticalStrut(6));
            outcome(panel, e.outcome(), index);
        }
        JButton report = FormPanel.name(new JButton("Progress report for a meeting…"), "progressReport" + index,
                "Progress report for a meeting, " + e.programmeName());
        report.getAccessibleContext().setAccessibleDescription("Makes a PDF progress report on this programme for a child protection meeting");
        if (index == 0) {
            report.setMnemonic(KeyEvent.VK_M);
        }
        Long enrolmentId = e.enrolmentId();
        report.addActionListener(ev -> ProgressReportDialog.run(this, shownParticipant, who.getText(), () -> enrolmentId));
        panel.add(javax.swing.Box.createVerticalStrut(6));
        panel.add(left(report));
        return panel;
    }

    /** The outcome at the end: who recorded it, each child's status at the start and the end, the summary, support. */
    private static void outcome(JPanel panel, OutcomeView o, int index) {
        JLabel state = new JLabel(o.recorded() ? "Outcome recorded by " + o.recordedBy() + ", " + UkDates.dateTime(o.recordedAt()) + "."
                : "Outcome not recorded yet.");
        state.setName("progressOutcome" + index);
        state.setFont(state.getFont().deriveFont(Font.BOLD));
        panel.add(left(state));
        if (!o.children().isEmpty()) {
            RowTableModel<OutcomeChild> children = new RowTableModel<OutcomeChild>()
                    .column("Child", OutcomeChild::firstName)
                    .column("Status at the start", c -> c.statusAtStart() == null ? "Added later" : c.statusAtStart().label())
                    .column(o.recorded() ? "Status at the end" : "Status today", c -> c.statusAtEnd() == null ? "" : c.statusAtEnd().label())
                    .column("Remains at home", c -> c.remainsAtHome() == null ? "" : c.remainsAtHome() ? "Yes" : "No");
            children.setRows(o.children());
            JTable table = Tables.table("progressChildren" + index, "Children's social care status", children, 140, 200, 200, 130);
            panel.add(left(Tables.scroll(table, Math.min(4, o.children().size()))));
        }
        if (o.summary() != null) {
            JLabel summary = new JLabel("<html><div style='width:620px'>" + Html.escape(o.summary()) + "</div></html>");
            summary.setName("progressOutcomeSummary" + index);
            panel.add(left(summary));
        }
        if (o.support() != null) {
            PostProgrammeSupport s = o.support();
            JLabel support = new JLabel(Boolean.TRUE.equals(s.offered())
                    ? "Post-programme support offered: " + s.what() + (s.response() == null ? "" : " (" + s.response().label().toLowerCase(java.util.Locale.UK) + ")")
                    + "; support group sessions attended: " + o.supportGroupSessions() + "."
                    : "Post-programme support not offered.");
            support.setName("progressSupport" + index);
            panel.add(left(support));
        }
    }

    /** A score as people read it: "15", "15.5"; blank when not answered (or too many questions skipped). */
    static String score(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format(java.util.Locale.UK, "%.1f", value);
    }

    static String dates(EnrolmentProgress e) {
        if (e.cohortId() == null) {
            return "Not placed in a cohort.";
        }
        if (e.firstSession() == null) {
            return "Placed in a cohort that has no sessions yet.";
        }
        return "In a cohort: first session " + UkDates.date(e.firstSession()) + ", last session " + UkDates.date(e.lastSession()) + ".";
    }

    /** "Attended 9 of 10 sessions held (90%)", in words a screen reader reads well. */
    static String rateLine(AttendanceSummary a) {
        if (a.held() == 0) {
            return "No sessions held yet" + (a.toCome() > 0 ? " (" + a.toCome() + " to come)." : ".");
        }
        return "Attended " + a.attended() + " of " + a.held() + " sessions held (" + a.ratePercent() + "%)";
    }

    static String detailLine(AttendanceSummary a) {
        List<String> parts = new ArrayList<>();
        parts.add(a.late() + " late");
        parts.add(a.leftEarly() + " left early");
        parts.add(a.excused() + " absent with notice");
        parts.add(a.absent() + " absent");
        if (a.unmarked() > 0) {
            parts.add(a.unmarked() + " not yet marked");
        }
        parts.add(a.toCome() + " to come");
        return String.join(", ", parts) + ".";
    }

    private static String markText(WeekMark w) {
        if (w.sessionStatus() == SessionStatus.CANCELLED) {
            return "Cancelled (does not count)";
        }
        return w.mark() == null ? "" : w.mark().label();
    }

    private static JLabel heading(String text, JComponent labelled) {
        JLabel label = ReferralDetailPanel.heading(text);
        label.setLabelFor(labelled);
        return label;
    }

    private static JComponent left(JComponent c) {
        c.setAlignmentX(LEFT_ALIGNMENT);
        return c;
    }
}
