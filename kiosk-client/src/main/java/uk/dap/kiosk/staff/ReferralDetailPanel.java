package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.Arrays;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.DateField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.referral.ConsentBasis;
import uk.dap.shared.api.referral.ConsentPurpose;
import uk.dap.shared.api.referral.ConsentView;
import uk.dap.shared.api.referral.ConsentWithdrawal;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.NewConsent;
import uk.dap.shared.api.referral.ReferralView;
import uk.dap.shared.api.referral.RiskView;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.UkDates;

/** One referral: who, where from, why, the risk, where it has got to, and its consent records with withdrawal. */
class ReferralDetailPanel extends JPanel {
    final JLabel title = new JLabel(" ");
    final JLabel referrer;
    final JLabel referredOn;
    final JLabel reason;
    final JLabel risk;
    final JLabel state;
    final JLabel check;
    final RowTableModel<ConsentView> consents = new RowTableModel<ConsentView>()
            .column("What for", c -> c.purpose().label())
            .column("Basis", c -> c.basis() == null ? "" : c.basis().label())
            .column("Agencies", ConsentView::agencies)
            .column("Obtained by", c -> c.basis() == ConsentBasis.SAFEGUARDING && c.decidedBy() != null
                    ? "Decided by " + c.decidedBy() : c.obtainedBy())
            .column("On", c -> UkDates.date(c.obtainedOn()))
            .column("Status", c -> c.active() ? "Active"
                    : "Withdrawn " + UkDates.date(c.withdrawnOn()) + (c.withdrawalNote() == null ? "" : ": " + c.withdrawalNote()));
    final JTable consentTable = Tables.table("consents", "Consent records", consents, 200, 150, 150, 130, 100, 200);
    final JComboBox<Choice<ConsentPurpose>> purpose = new JComboBox<>(
            Choice.of(Arrays.asList(ConsentPurpose.values()), ConsentPurpose::label).toArray(Choice[]::new));
    final JComboBox<Choice<ConsentBasis>> basis = new JComboBox<>(
            Choice.of(Arrays.asList(ConsentBasis.values()), ConsentBasis::label).toArray(Choice[]::new));
    final JTextField agencies = new JTextField(14);
    final JTextField obtainedBy = new JTextField(14);
    final DateField obtainedOn = new DateField();
    final JTextField safeguardingReason = new JTextField(14);
    final JTextField decidedBy = new JTextField(14);
    final JButton addConsent = new JButton("Add consent record");
    final JTextField withdrawalNote = new JTextField(14);
    final JButton withdraw = new JButton("Withdraw selected consent");
    final JButton eligibility = new JButton("Eligibility and decision");
    final JButton openParticipant = new JButton("Open participant");
    private ReferralView shown;

    ReferralDetailPanel(StaffContext context) {
        setName("referralDetail");
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(4, 8, 8, 8));
        title.setName("referralTitle");
        title.setFont(Theme.scaled(1.25f, Font.BOLD));
        add(left(title));
        FormPanel summary = new FormPanel();
        referrer = summary.value("Referred by", "referralReferrer");
        referredOn = summary.value("Referred on", "referralReferredOn");
        reason = summary.value("Reason", "referralReasonShown");
        risk = summary.value("Risk", "referralRisk");
        state = summary.value("Where it has got to", "referralState");
        check = summary.value("Eligibility check", "referralCheck");
        add(left(summary));

        JPanel actions = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 4));
        FormPanel.name(openParticipant, "referralOpenParticipant", "Open the participant's record");
        openParticipant.addActionListener(e -> {
            if (shown != null) {
                context.navigator().openParticipant(shown.participant().id());
            }
        });
        actions.add(openParticipant);
        if (context.is(Role.KEY_WORKER, Role.PROGRAMME_LEAD)) {
            FormPanel.name(eligibility, "referralEligibility", "Eligibility check and decision");
            eligibility.setMnemonic(KeyEvent.VK_E);
            eligibility.addActionListener(e -> {
                if (shown != null) {
                    context.navigator().openEligibility(shown.id());
                }
            });
            actions.add(javax.swing.Box.createHorizontalStrut(8));
            actions.add(eligibility);
        }
        add(left(actions));

        add(left(heading("Consent records")));
        add(left(Tables.scroll(consentTable, 4)));

        FormPanel addForm = new FormPanel();
        addForm.heading("Add a consent record");
        addForm.field("What for", "consentPurpose", purpose);
        addForm.field("Basis", "consentBasis", basis);
        addForm.field("Agencies", "consentAgencies", agencies);
        addForm.field("Obtained by", "consentObtainedBy", obtainedBy);
        addForm.field("On", "consentObtainedOn", obtainedOn);
        addForm.field("Why, without consent", "consentReason", safeguardingReason);
        addForm.field("Who decided", "consentDecidedBy", decidedBy);
        FormPanel.name(addConsent, "addConsent", "Add consent record");
        addConsent.setMnemonic(KeyEvent.VK_C);
        addForm.wide(flow(addConsent));
        addForm.end();
        FormPanel withdrawForm = new FormPanel();
        withdrawForm.heading("Withdraw consent");
        withdrawForm.wide(new JLabel("<html><div style='width:300px'>Choose the record in the table. It is kept as history, not deleted.</div></html>"));
        withdrawForm.field("Note", "withdrawalNote", withdrawalNote);
        FormPanel.name(withdraw, "withdrawConsent", "Withdraw the selected consent");
        withdrawForm.wide(flow(withdraw));
        withdrawForm.end();
        JPanel forms = new JPanel(new GridLayout(1, 2, 16, 0));
        forms.add(addForm);
        forms.add(withdrawForm);
        add(left(forms));
        basis.addActionListener(e -> safeguardingFields());
        safeguardingFields();
    }

    @SuppressWarnings("unchecked")
    private void safeguardingFields() {
        boolean safeguarding = ((Choice<ConsentBasis>) basis.getSelectedItem()).value() == ConsentBasis.SAFEGUARDING;
        safeguardingReason.setEnabled(safeguarding);
        decidedBy.setEnabled(safeguarding);
    }

    ReferralView shown() {
        return shown;
    }

    void show(ReferralView r, String programmeName) {
        shown = r;
        title.setText(r.participant().firstName() + " " + r.participant().lastName() + " (" + r.participant().reference()
                + ") to " + programmeName);
        String from = r.agencyType() == null ? "" : r.agencyType().label();
        String who = String.join(", ", java.util.stream.Stream.of(r.referrer(), r.externalAgency(), r.externalContact())
                .filter(s -> s != null && !s.isBlank()).toList());
        referrer.setText(who.isEmpty() ? from : from + ": " + who);
        referredOn.setText(UkDates.date(r.referredOn()));
        reason.setText(wrap(r.reason()));
        risk.setText(wrap(riskText(r.risk())));
        state.setText(r.enrolment() == null || r.enrolment().state() == null ? EnrolmentState.REFERRED.label() : r.enrolment().state().label());
        check.setText(r.latestCheck() == null ? "Not run yet"
                : r.latestCheck().outcome().label() + " (" + UkDates.dateTime(r.latestCheck().checkedAt()) + ")");
        consents.setRows(r.consents());
        revalidate();
    }

    static String riskText(RiskView v) {
        if (v == null) {
            return "Not assessed yet";
        }
        StringBuilder text = new StringBuilder(v.level() == null ? "" : v.level().label());
        if (v.dashScore() != null) {
            text.append(" (DASH score ").append(v.dashScore());
            if (v.scoreLevel() != null) {
                text.append(" gives ").append(v.scoreLevel().label().toLowerCase(java.util.Locale.UK));
            }
            text.append(')');
        }
        if (v.judgedLevel() != null) {
            text.append("; raised by judgement to ").append(v.judgedLevel().label().toLowerCase(java.util.Locale.UK));
            if (v.judgementReason() != null) {
                text.append(": ").append(v.judgementReason());
            }
        }
        if (v.maracOpen()) {
            text.append("; open to MARAC");
        }
        if (v.lastMaracOn() != null) {
            text.append(", last MARAC ").append(UkDates.date(v.lastMaracOn()));
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    NewConsent readConsent() {
        ConsentPurpose p = ((Choice<ConsentPurpose>) purpose.getSelectedItem()).value();
        ConsentBasis b = ((Choice<ConsentBasis>) basis.getSelectedItem()).value();
        LocalDate on = obtainedOn.date("date it was obtained");
        if (b == ConsentBasis.SAFEGUARDING && (safeguardingReason.getText().isBlank() || decidedBy.getText().isBlank())) {
            throw new IllegalArgumentException("Sharing without consent needs the reason and who decided.");
        }
        if (b == ConsentBasis.CONSENT && obtainedBy.getText().isBlank()) {
            throw new IllegalArgumentException("Say who obtained the consent.");
        }
        return new NewConsent(p, b, NewParticipantForm.blankToNull(agencies.getText()),
                NewParticipantForm.blankToNull(obtainedBy.getText()), on,
                b == ConsentBasis.SAFEGUARDING ? safeguardingReason.getText().trim() : null,
                b == ConsentBasis.SAFEGUARDING ? decidedBy.getText().trim() : null);
    }

    ConsentWithdrawal readWithdrawal() {
        return new ConsentWithdrawal(null, NewParticipantForm.blankToNull(withdrawalNote.getText()));
    }

    void clearConsentForm() {
        agencies.setText("");
        obtainedBy.setText("");
        obtainedOn.setDate(LocalDate.now(UkDates.UK));
        safeguardingReason.setText("");
        decidedBy.setText("");
        withdrawalNote.setText("");
    }

    private static String wrap(String text) {
        return "<html><div style='width:640px'>" + ParticipantRecordPanel.escape(text == null ? "" : text) + "</div></html>";
    }

    static JPanel flow(JComponent... components) {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, components.length > 1 ? 8 : 0, 0));
        for (JComponent component : components) {
            row.add(component);
        }
        return row;
    }

    static JLabel heading(String text) {
        JLabel heading = new JLabel(text);
        heading.setFont(Theme.scaled(1.1f, Font.BOLD));
        heading.setBorder(BorderFactory.createEmptyBorder(10, 4, 4, 4));
        return heading;
    }

    static <C extends JComponent> C left(C component) {
        component.setAlignmentX(LEFT_ALIGNMENT);
        return component;
    }
}
