package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.table.AbstractTableModel;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.DateField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.ScrollablePanel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.outcome.ChildAtHome;
import uk.dap.shared.api.outcome.CompletionAssessment;
import uk.dap.shared.api.outcome.CompletionCondition;
import uk.dap.shared.api.outcome.OutcomeChange;
import uk.dap.shared.api.outcome.OutcomeChild;
import uk.dap.shared.api.outcome.OutcomeView;
import uk.dap.shared.api.outcome.PostProgrammeSupport;
import uk.dap.shared.api.outcome.SupportResponse;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.UkDates;

/**
 * Completion and outcome of one enrolment: the programme's completion rule over the person's attendance (each
 * condition with its figures), the lead's confirmation (offered only when the rule is met), and the outcome at the
 * end: the children's social care status at the start and the end, for New Beginnings whether they remain at home,
 * a summary, and post-programme support.
 */
class CompletionScreen extends StaffScreen {
    private final JLabel verdict = new JLabel(" ");
    private final JLabel figures = new JLabel(" ");
    private final RowTableModel<CompletionCondition> conditions = new RowTableModel<CompletionCondition>()
            .column("Condition", CompletionCondition::label)
            .column("Met", c -> c.met() ? "Yes" : "No")
            .column("The record", CompletionCondition::detail);
    private final JTable conditionTable = Tables.table("completionConditions", "Conditions of the completion rule", conditions, 230, 50, 470);
    private final JButton confirm = new JButton("Confirm completion");
    private final JLabel outcomeState = new JLabel(" ");
    private final ChildrenModel children = new ChildrenModel();
    private final JTable childTable = new JTable(children);
    private final JTextArea summary = new JTextArea(4, 40);
    private final JCheckBox offered = new JCheckBox("Post-programme support offered");
    private final JTextField what = new JTextField(30);
    private final DateField offeredOn = new DateField();
    private final JComboBox<Choice<SupportResponse>> response = new JComboBox<>();
    private final JButton save = new JButton("Save outcome");
    /** The day they completed, as the lead gives it (today unless changed): the follow-up falls due from it. */
    private final DateField completedOn = new DateField();
    private Long enrolmentId;
    private EnrolmentState state;

    CompletionScreen(StaffContext context) {
        super(context, "completionScreen", "Completion and outcome");
        EnrolmentPicker picker = new EnrolmentPicker(this, "completion", r -> r.state() == EnrolmentState.ENROLLED
                || r.state() == EnrolmentState.COMPLETED || r.state() == EnrolmentState.WITHDRAWN, this::open);

        verdict.setName("completionVerdict");
        verdict.setFont(Theme.scaled(1.15f, Font.BOLD));
        figures.setName("completionFigures");
        FormPanel.name(confirm, "confirmCompletion", "Confirm completion");
        confirm.setMnemonic(KeyEvent.VK_C);
        confirm.setEnabled(false);
        confirm.setVisible(context.is(Role.PROGRAMME_LEAD));
        confirm.addActionListener(e -> confirm());
        JPanel rule = new JPanel(new BorderLayout(4, 4));
        rule.setBorder(BorderFactory.createTitledBorder("Completion rule"));
        JPanel ruleTop = new JPanel(new GridLayout(2, 1));
        ruleTop.add(verdict);
        ruleTop.add(figures);
        rule.add(ruleTop, BorderLayout.NORTH);
        rule.add(Tables.scroll(conditionTable, 3), BorderLayout.CENTER);
        completedOn.setName("completedOn");
        completedOn.getAccessibleContext().setAccessibleName("Completed on");
        completedOn.setDate(LocalDate.now(uk.dap.shared.text.UkDates.UK));
        JLabel completedOnLabel = new JLabel("Completed on");
        completedOnLabel.setLabelFor(completedOn);
        completedOnLabel.setDisplayedMnemonic(KeyEvent.VK_O);
        completedOnLabel.setVisible(context.is(Role.PROGRAMME_LEAD));
        completedOn.setVisible(context.is(Role.PROGRAMME_LEAD));
        rule.add(ReferralDetailPanel.flow(completedOnLabel, completedOn, confirm), BorderLayout.SOUTH);

        childTable.setName("outcomeChildren");
        childTable.getAccessibleContext().setAccessibleName("Children at the start and the end");
        childTable.setRowHeight(childTable.getFontMetrics(childTable.getFont()).getHeight() + 10);
        childTable.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        childTable.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        int[] widths = {110, 170, 170, 80, 130};
        for (int i = 0; i < widths.length; i++) {
            childTable.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        summary.setLineWrap(true);
        summary.setWrapStyleWord(true);
        summary.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        summary.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        Choice.of(List.of(SupportResponse.values()), SupportResponse::label).forEach(response::addItem);
        FormPanel.name(offered, "supportOffered", "Post-programme support offered");
        offered.setMnemonic(KeyEvent.VK_P);
        offered.addActionListener(e -> supportFields());
        FormPanel.name(save, "saveOutcome", "Save the outcome");
        save.setMnemonic(KeyEvent.VK_S);
        save.setEnabled(false);
        save.addActionListener(e -> save());

        FormPanel outcome = new FormPanel();
        outcome.setBorder(BorderFactory.createTitledBorder("Outcome"));
        outcomeState.setName("outcomeState");
        outcome.wide(outcomeState);
        JLabel childrenLabel = new JLabel("Children: social care status at the start and the end");
        childrenLabel.setLabelFor(childTable);
        outcome.wide(childrenLabel);
        JScrollPane childScroll = new JScrollPane(childTable);
        childScroll.setPreferredSize(new java.awt.Dimension(200, childTable.getRowHeight() * 3 + 30));
        outcome.wide(childScroll);
        outcome.field("Summary", "outcomeSummary", summary, KeyEvent.VK_U);
        outcome.wide(offered);
        outcome.field("What was offered", "supportWhat", what);
        outcome.field("Offered on", "supportOfferedOn", offeredOn);
        outcome.field("Their answer", "supportResponse", response);
        outcome.wide(ReferralDetailPanel.flow(save));
        outcome.end();
        supportFields();

        JPanel stack = new JPanel(new BorderLayout(6, 6));
        stack.add(rule, BorderLayout.NORTH);
        stack.add(outcome, BorderLayout.CENTER);
        JPanel body = new JPanel(new BorderLayout(6, 6));
        body.add(picker, BorderLayout.NORTH);
        body.add(ScrollablePanel.vertical(stack), BorderLayout.CENTER);
        content(body);
    }

    private void supportFields() {
        boolean on = offered.isSelected();
        what.setEnabled(on);
        offeredOn.setEnabled(on);
        response.setEnabled(on);
    }

    private void open(ReferralSummary referral) {
        enrolmentId = referral.enrolmentId();
        load(enrolmentId);
    }

    void load(long enrolment) {
        load(enrolment, null);
    }

    private void load(long enrolment, String then) {
        call("Assessing completion…", () -> new Loaded(context.api().completionAssessment(enrolment), context.api().outcome(enrolment)),
                loaded -> {
                    showAssessment(loaded.assessment());
                    showOutcome(loaded.outcome());
                    if (then != null) {
                        ok(then);
                    }
                });
    }

    private record Loaded(CompletionAssessment assessment, OutcomeView outcome) {
    }

    private void showAssessment(CompletionAssessment a) {
        enrolmentId = a.enrolmentId();
        state = a.state();
        String programme = context.programmeName(a.programmeCode());
        verdict.setText(programme + ": " + (a.met() ? "the completion rule is met" : "the completion rule is not met")
                + " (" + a.state().label().toLowerCase() + ")");
        figures.setText("Attended " + a.sessionsAttended() + " of " + a.sessionsCounted() + " sessions"
                + (a.attendancePercent() == null ? "" : " (" + a.attendancePercent() + "%; at least " + a.minAttendancePercent() + "% needed)")
                + (a.sessionsCancelled() > 0 ? ", " + a.sessionsCancelled() + " cancelled not counted" : "")
                + (a.finalSessionDate() == null ? "" : "; final session " + UkDates.date(a.finalSessionDate())));
        conditions.setRows(a.conditions());
        confirm.setEnabled(a.met() && a.state() == EnrolmentState.ENROLLED);
        completedOn.setEnabled(a.state() == EnrolmentState.ENROLLED);
    }

    private void showOutcome(OutcomeView o) {
        boolean ended = o.state() == EnrolmentState.COMPLETED || o.state() == EnrolmentState.WITHDRAWN;
        outcomeState.setText(o.recorded() ? "Recorded by " + o.recordedBy() + ", " + UkDates.dateTime(o.recordedAt())
                + (o.supportGroupSessions() > 0 ? "; " + o.supportGroupSessions() + " support group sessions attended" : "")
                : ended ? "Not recorded yet." : "The outcome is recorded once the enrolment has ended (completed or withdrawn).");
        children.set(o.children(), "NEW_BEGINNINGS".equals(o.programmeCode()));
        summary.setText(o.summary() == null ? "" : o.summary());
        PostProgrammeSupport support = o.support();
        offered.setSelected(support != null && Boolean.TRUE.equals(support.offered()));
        what.setText(support == null || support.what() == null ? "" : support.what());
        offeredOn.setDate(support == null ? null : support.offeredOn());
        response.setSelectedIndex(support == null || support.response() == null ? 0 : support.response().ordinal());
        supportFields();
        save.setEnabled(ended);
    }

    private void confirm() {
        long enrolment = enrolmentId;
        LocalDate on = completedOn.date("day they completed");
        if (on == null) {
            return;
        }
        confirm.setEnabled(false);
        call("Confirming completion…", () -> context.api().confirmCompletion(enrolment, on), done -> {
            load(enrolment, "Completion confirmed: completed on " + uk.dap.shared.text.UkDates.date(done.endedOn()) + ". Record the outcome below.");
        });
    }

    private void save() {
        validated(() -> {
            if (childTable.isEditing()) {
                childTable.getCellEditor().stopCellEditing();
            }
            boolean on = offered.isSelected();
            LocalDate when = offeredOn.date("date the support was offered");
            PostProgrammeSupport support = new PostProgrammeSupport(on, on ? what.getText() : null, on ? when : null,
                    on ? ((Choice<SupportResponse>) response.getSelectedItem()).value() : null);
            List<ChildAtHome> atHome = children.newBeginnings ? children.rows.stream()
                    .map(c -> new ChildAtHome(c.childId(), children.atHome.get(children.rows.indexOf(c)))).toList() : null;
            OutcomeChange change = new OutcomeChange(summary.getText(), atHome, support);
            long enrolment = enrolmentId;
            save.setEnabled(false);
            call("Saving the outcome…", () -> context.api().recordOutcome(enrolment, change), saved -> {
                showOutcome(saved);
                ok("Outcome saved.");
            }, () -> save.setEnabled(state == EnrolmentState.COMPLETED || state == EnrolmentState.WITHDRAWN));
        });
    }

    /** The children with their status at the start and end; for New Beginnings a tick box for "remains at home". */
    static final class ChildrenModel extends AbstractTableModel {
        private static final String[] COLUMNS = {"Child", "At the start", "At the end", "Changed", "Remains at home"};
        private List<OutcomeChild> rows = List.of();
        private final List<Boolean> atHome = new ArrayList<>();
        private boolean newBeginnings;

        void set(List<OutcomeChild> children, boolean newBeginnings) {
            this.rows = List.copyOf(children);
            this.newBeginnings = newBeginnings;
            atHome.clear();
            for (OutcomeChild c : rows) {
                atHome.add(c.remainsAtHome() != null ? c.remainsAtHome() : Boolean.TRUE.equals(c.livedAtHomeAtStart()));
            }
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return COLUMNS[column];
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 4 && newBeginnings ? Boolean.class : String.class;
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == 4 && newBeginnings;
        }

        @Override
        public Object getValueAt(int row, int column) {
            OutcomeChild c = rows.get(row);
            return switch (column) {
                case 0 -> c.firstName();
                case 1 -> c.statusAtStart() == null ? "(added later)" : c.statusAtStart().label();
                case 2 -> c.statusAtEnd().label();
                case 3 -> c.statusAtStart() == null ? "" : c.statusChanged() ? "Yes" : "No";
                default -> newBeginnings ? atHome.get(row) : "";
            };
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            if (column == 4 && newBeginnings) {
                atHome.set(row, Boolean.TRUE.equals(value));
                fireTableCellUpdated(row, column);
            }
        }
    }
}
