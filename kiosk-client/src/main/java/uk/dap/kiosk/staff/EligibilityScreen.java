package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableCellRenderer;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.referral.DecisionKind;
import uk.dap.shared.api.referral.DecisionView;
import uk.dap.shared.api.referral.EligibilityCheckView;
import uk.dap.shared.api.referral.EligibilityOutcome;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.NewDecision;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.api.referral.ReferralView;
import uk.dap.shared.api.referral.RuleOutcome;
import uk.dap.shared.api.referral.RuleResultView;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.EligibilityRuleNames;
import uk.dap.shared.text.UkDates;

/**
 * Runs a referral's eligibility check, shows the outcome and one line per rule, and records the lead's decision. It
 * opens on the referrals waiting for a decision; anyone else's referral is found by the person's name, reference or
 * date of birth (or sent here from another screen) and joins the list while shown.
 */
class EligibilityScreen extends StaffScreen {
    private final JComboBox<Choice<Long>> referral = new JComboBox<>();
    private final JLabel about = new JLabel(" ");
    private final JButton runCheck = new JButton("Run eligibility check");
    private final JLabel outcome = new JLabel(" ");
    private final JLabel checkedWhen = new JLabel(" ");
    private final RowTableModel<RuleResultView> rules = new RowTableModel<RuleResultView>()
            .column("Rule", r -> EligibilityRuleNames.of(r.ruleId()))
            .column("Result", r -> r.outcome().label())
            .column("What it means", RuleResultView::explanation);
    private final JTable ruleTable = Tables.table("eligibilityRules", "Eligibility rules", rules, 200, 80, 640);
    private final JRadioButton accept = new JRadioButton(DecisionKind.ACCEPT.label());
    private final JRadioButton decline = new JRadioButton(DecisionKind.DECLINE.label());
    private final JRadioButton defer = new JRadioButton(DecisionKind.DEFER.label());
    private final JTextField reason = new JTextField(30);
    private final JTextArea justification = new JTextArea(3, 30);
    private final JButton decide = new JButton("Record decision");
    private final JLabel decisionHint = new JLabel(" ");
    private final RowTableModel<DecisionView> decisions = new RowTableModel<DecisionView>()
            .column("Decision", d -> d.decision().label())
            .column("Reason", DecisionView::reason)
            .column("Justification", DecisionView::justification)
            .column("Check said", d -> d.checkOutcome() == null ? "" : d.checkOutcome().label())
            .column("By", DecisionView::decidedBy)
            .column("When", d -> UkDates.dateTime(d.decidedAt()));
    private ReferralView current;
    private ButtonGroup group = new ButtonGroup();
    private boolean filling;

    EligibilityScreen(StaffContext context) {
        super(context, "eligibilityScreen", "Eligibility and decision");
        JPanel body = new JPanel();
        body.setLayout(new BoxLayout(body, BoxLayout.Y_AXIS));

        FormPanel choose = new FormPanel();
        JButton refresh = FormPanel.name(new JButton("Refresh"), "refreshEligibilityReferrals", "Refresh the referrals");
        JPanel chooser = new JPanel(new BorderLayout(4, 0));
        chooser.add(referral, BorderLayout.CENTER);
        chooser.add(refresh, BorderLayout.EAST);
        choose.stacked("Waiting for a decision", "eligibilityReferral", referral, chooser, KeyEvent.VK_W);
        EnrolmentPicker anyone = new EnrolmentPicker(this, "eligibilityAnyone", r -> true, r -> open(r.id()));
        choose.wide(new JLabel("Or find anyone's referral, waiting or not:"));
        choose.wide(anyone);
        about.setName("eligibilityAbout");
        choose.wide(about);
        body.add(ReferralDetailPanel.left(choose));

        JPanel run = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 4));
        FormPanel.name(runCheck, "runEligibilityCheck", "Run eligibility check");
        runCheck.setMnemonic(KeyEvent.VK_U);
        run.add(runCheck);
        body.add(ReferralDetailPanel.left(run));

        outcome.setName("eligibilityOutcome");
        outcome.setFont(Theme.scaled(1.6f, Font.BOLD));
        outcome.setOpaque(true);
        outcome.setBorder(BorderFactory.createEmptyBorder(8, 14, 8, 14));
        checkedWhen.setName("eligibilityCheckedWhen");
        JPanel result = new JPanel(new BorderLayout(12, 0));
        result.add(outcome, BorderLayout.WEST);
        result.add(checkedWhen, BorderLayout.CENTER);
        body.add(ReferralDetailPanel.left(result));
        ruleTable.getColumnModel().getColumn(1).setCellRenderer(new OutcomeRenderer());
        ruleTable.getColumnModel().getColumn(0).setCellRenderer(new javax.swing.table.DefaultTableCellRenderer() {
            @Override
            public java.awt.Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus, int row, int column) {
                java.awt.Component shown = super.getTableCellRendererComponent(table, value, selected, focus, row, column);
                setToolTipText("Rule code: " + rules.row(table.convertRowIndexToModel(row)).ruleId());
                return shown;
            }
        });
        JLabel rulesLabel = ReferralDetailPanel.heading("One line per rule");
        rulesLabel.setLabelFor(ruleTable);
        body.add(ReferralDetailPanel.left(rulesLabel));
        body.add(ReferralDetailPanel.left(Tables.scroll(ruleTable, 5)));

        if (context.is(Role.PROGRAMME_LEAD)) {
            FormPanel decision = new FormPanel();
            decision.heading("Decision");
            group = new ButtonGroup();
            JPanel kinds = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
            for (JRadioButton b : List.of(accept, decline, defer)) {
                group.add(b);
                FormPanel.name(b, "decision" + b.getText(), b.getText());
                kinds.add(b);
                kinds.add(javax.swing.Box.createHorizontalStrut(12));
            }
            accept.setMnemonic(KeyEvent.VK_A);
            decline.setMnemonic(KeyEvent.VK_D);
            defer.setMnemonic(KeyEvent.VK_F);
            decision.field("Decision", "decisionKinds", kinds, kinds, 0);
            decision.field("Reason", "decisionReason", reason, KeyEvent.VK_N);
            justification.setLineWrap(true);
            justification.setWrapStyleWord(true);
            decision.field("Justification", "decisionJustification", justification);
            decision.wide(new JLabel("A justification is needed to decline someone eligible or accept someone who is not."));
            decisionHint.setName("decisionHint");
            decision.wide(decisionHint);
            FormPanel.name(decide, "recordDecision", "Record decision");
            decide.setMnemonic(KeyEvent.VK_C);
            JPanel decideRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
            decideRow.add(decide);
            decision.wide(decideRow);
            body.add(ReferralDetailPanel.left(decision));
            decide.addActionListener(e -> decide());
        }
        JTable decisionTable = Tables.table("decisions", "Decisions", decisions, 80, 200, 200, 110, 150, 140);
        JLabel decisionsLabel = ReferralDetailPanel.heading("Decisions so far");
        decisionsLabel.setLabelFor(decisionTable);
        body.add(ReferralDetailPanel.left(decisionsLabel));
        body.add(ReferralDetailPanel.left(Tables.scroll(decisionTable, 2)));

        content(uk.dap.kiosk.ui.ScrollablePanel.vertical(body));
        showOutcome(null);
        runCheck.setEnabled(false);
        refresh.addActionListener(e -> loadReferrals(current == null ? -1 : current.id()));
        referral.addActionListener(e -> {
            @SuppressWarnings("unchecked")
            Choice<Long> chosen = (Choice<Long>) referral.getSelectedItem();
            if (!filling && chosen != null) {
                open(chosen.value());
            }
        });
        runCheck.addActionListener(e -> runCheck());
    }

    @Override
    void shown() {
        // Not while opening a referral sent from another screen: that load fills the list itself.
        if (referral.getItemCount() == 0 && current == null && !busy()) {
            loadReferrals(-1);
        }
    }

    /** Opens the screen on one referral. */
    void show(long referralId) {
        loadReferrals(referralId);
    }

    private void loadReferrals(long select) {
        call("Loading referrals…", () -> context.api().referrals(null, EnrolmentState.REFERRED, EnrolmentState.ASSESSED),
                (List<ReferralSummary> rows) -> {
            filling = true;
            referral.removeAllItems();
            for (ReferralSummary r : rows) {
                referral.addItem(new Choice<>(r.id(), label(r.participantName(), r.participantReference(), r.programme(), r.referredOn())));
            }
            referral.setSelectedIndex(-1);
            filling = false;
            if (select >= 0) {
                open(select);
            }
        });
    }

    private void open(long referralId) {
        call("Opening the referral…", () -> context.api().referral(referralId), this::showReferral);
    }

    private String label(String name, String reference, String programme, java.time.LocalDate referredOn) {
        return name + " (" + reference + "), " + context.programmeName(programme) + ", " + UkDates.date(referredOn);
    }

    /** Selects the referral in the list, adding it when it is not waiting for a decision (so not listed). */
    private void select(ReferralView view) {
        filling = true;
        Choice<Long> listed = null;
        for (int i = 0; i < referral.getItemCount(); i++) {
            if (referral.getItemAt(i).value().equals(view.id())) {
                listed = referral.getItemAt(i);
            }
        }
        if (listed == null) {
            listed = new Choice<>(view.id(), label(view.participant().firstName() + " " + view.participant().lastName(),
                    view.participant().reference(), view.programme(), view.referredOn()));
            referral.addItem(listed);
        }
        referral.setSelectedItem(listed);
        filling = false;
    }

    private void showReferral(ReferralView view) {
        current = view;
        select(view);
        about.setText(describe(view));
        showCheck(view.latestCheck());
        decisions.setRows(view.decisions());
        runCheck.setEnabled(true);
        decisionAllowed(view);
    }

    /** A decision is made once, on an assessed referral (deferring keeps it assessed): say so rather than offer it. */
    private void decisionAllowed(ReferralView view) {
        boolean open = view.enrolment() != null && view.enrolment().state() == EnrolmentState.ASSESSED;
        for (javax.swing.JComponent c : List.of(accept, decline, defer, reason, justification, decide)) {
            c.setEnabled(open);
        }
        String state = view.enrolment() == null ? "referred" : view.enrolment().state().label().toLowerCase(java.util.Locale.UK);
        decisionHint.setText(open ? " " : view.latestCheck() == null ? "Run the eligibility check before deciding."
                : "No decision is open: this referral is " + state + ".");
    }

    private String describe(ReferralView view) {
        String text = view.participant().firstName() + " " + view.participant().lastName() + " ("
                + view.participant().reference() + "), " + context.programmeName(view.programme()) + ". Now: "
                + (view.enrolment() == null ? EnrolmentState.REFERRED.label() : view.enrolment().state().label()) + ". Risk: "
                + ReferralDetailPanel.riskText(view.risk()) + ".";
        return "<html><div style='width:700px'>" + ParticipantRecordPanel.escape(text) + "</div></html>";
    }

    private void runCheck() {
        if (current == null) {
            problem("Choose a referral first.");
            return;
        }
        long id = current.id();
        runCheck.setEnabled(false);
        // The referral is read again with the check, so that the decision controls match where it has got to.
        call("Running the eligibility check…", () -> {
            EligibilityCheckView check = context.api().checkEligibility(id);
            return new Object[] {check, context.api().referral(id)};
        }, answer -> {
            EligibilityCheckView check = (EligibilityCheckView) answer[0];
            showReferral((ReferralView) answer[1]);
            showCheck(check);
            ok("Check done: " + check.outcome().label().toLowerCase(java.util.Locale.UK) + ".");
        }, () -> runCheck.setEnabled(true));
    }

    private void showCheck(EligibilityCheckView check) {
        if (check == null) {
            showOutcome(null);
            checkedWhen.setText("No check has been run yet.");
            rules.setRows(List.of());
            return;
        }
        showOutcome(check.outcome());
        checkedWhen.setText("Checked " + UkDates.dateTime(check.checkedAt())
                + (check.checkedBy() == null ? "" : " by " + check.checkedBy()));
        rules.setRows(check.rules());
    }

    private void showOutcome(EligibilityOutcome result) {
        if (result == null) {
            outcome.setText("Not checked");
            outcome.setBackground(new Color(0xEEF2F7));
            outcome.setForeground(new Color(0x1F2D3D));
        } else {
            outcome.setText(result.label());
            switch (result) {
                case ELIGIBLE -> { outcome.setBackground(new Color(0xE6F4EA)); outcome.setForeground(new Color(0x0B5A25)); }
                case INELIGIBLE -> { outcome.setBackground(new Color(0xFDECEA)); outcome.setForeground(new Color(0x8A1C12)); }
                default -> { outcome.setBackground(new Color(0xFFF4E0)); outcome.setForeground(new Color(0x7A4B00)); }
            }
        }
        outcome.getAccessibleContext().setAccessibleName("Eligibility: " + outcome.getText());
    }

    private void decide() {
        if (current == null) {
            problem("Choose a referral first.");
            return;
        }
        DecisionKind kind = accept.isSelected() ? DecisionKind.ACCEPT : decline.isSelected() ? DecisionKind.DECLINE
                : defer.isSelected() ? DecisionKind.DEFER : null;
        if (kind == null) {
            problem("Choose accept, decline or defer.");
            return;
        }
        if (reason.getText().isBlank()) {
            problem("Give the reason for the decision.");
            return;
        }
        long id = current.id();
        NewDecision request = new NewDecision(kind, reason.getText().trim(), NewParticipantForm.blankToNull(justification.getText()));
        decide.setEnabled(false);
        call("Recording the decision…", () -> context.api().decide(id, request), made -> {
            reason.setText("");
            justification.setText("");
            group.clearSelection();
            refreshQuietly(id);
            ok("Decision recorded: " + made.decision().label().toLowerCase(java.util.Locale.UK) + "."
                    + (made.decision() == DecisionKind.ACCEPT ? " Place them in a cohort from Cohort roster." : ""));
        }, () -> decide.setEnabled(true));
    }

    private void refreshQuietly(long id) {
        new javax.swing.SwingWorker<ReferralView, Void>() {
            @Override
            protected ReferralView doInBackground() {
                return context.api().referral(id);
            }

            @Override
            protected void done() {
                try {
                    ReferralView view = get();
                    current = view;
                    decisions.setRows(view.decisions());
                    decisionAllowed(view);
                    about.setText(describe(view));
                } catch (Exception ignored) {
                    // The main answer is already shown; the refresh is a convenience.
                }
            }
        }.execute();
    }

    /** The result column in colour as well as words, so that a fail stands out. */
    private static final class OutcomeRenderer extends DefaultTableCellRenderer {
        @Override
        public java.awt.Component getTableCellRendererComponent(JTable table, Object value, boolean selected,
                                                                boolean focused, int row, int column) {
            super.getTableCellRendererComponent(table, value, selected, focused, row, column);
            if (!selected) {
                String text = String.valueOf(value);
                setForeground(RuleOutcome.FAIL.label().equals(text) ? new Color(0x8A1C12)
                        : RuleOutcome.UNKNOWN.label().equals(text) ? new Color(0x7A4B00) : new Color(0x0B5A25));
            }
            setFont(getFont().deriveFont(Font.BOLD));
            return this;
        }
    }
}
