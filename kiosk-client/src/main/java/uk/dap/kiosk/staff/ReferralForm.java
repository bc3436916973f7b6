package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.DateField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.api.participant.ParticipantSummary;
import uk.dap.shared.api.referral.AgencyType;
import uk.dap.shared.api.referral.NewReferral;
import uk.dap.shared.api.referral.NewRisk;
import uk.dap.shared.api.referral.ReferralAnswers;
import uk.dap.shared.api.referral.RiskLevel;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.ReferralQuestions;
import uk.dap.shared.text.UkDates;

/**
 * A new referral: who, to which programme, from whom, why; the facts the eligibility rules ask about (yes, no or not
 * known); and the risk assessment (DASH score, judgement, MARAC), sent in one call.
 */
class ReferralForm extends JPanel {
    /** Yes, no or not known, as the eligibility rules take them (not known = null). */
    enum Answer {
        NOT_KNOWN("Not known", null), YES("Yes", Boolean.TRUE), NO("No", Boolean.FALSE);

        final String label;
        final Boolean value;

        Answer(String label, Boolean value) {
            this.label = label;
            this.value = value;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    final JTextField participantQuery = new JTextField(12);
    final JButton findParticipant = new JButton("Find");
    final JComboBox<Choice<ParticipantSummary>> participant = new JComboBox<>();
    final JComboBox<Choice<String>> programme = new JComboBox<>();
    final JComboBox<Choice<AgencyType>> agencyType = new JComboBox<>(
            Choice.of(Arrays.asList(AgencyType.values()), AgencyType::label).toArray(Choice[]::new));
    final JTextField agency = new JTextField(16);
    final JTextField contact = new JTextField(16);
    final DateField referredOn = new DateField();
    final JTextArea reason = new JTextArea(3, 20);
    final JComboBox<Answer> fatherFigure = answer();
    final JComboBox<Answer> abusiveToMother = answer();
    final JComboBox<Answer> hostileAfterSeparation = answer();
    final JComboBox<Answer> childSexualAbuse = answer();
    final JComboBox<Answer> experiencedAbuse = answer();
    final JTextField dashScore = new JTextField(4);
    final JComboBox<Choice<RiskLevel>> judgedLevel = new JComboBox<>();
    final JTextField judgementReason = new JTextField(16);
    final JCheckBox maracOpen = new JCheckBox("Open to MARAC");
    final DateField lastMarac = new DateField();
    final JButton submit = new JButton("Send referral");
    /** Send and Cancel, for the screen to keep in view below the form however far the form is scrolled. */
    final JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
    final javax.swing.DefaultListModel<Choice<Long>> childModel = new javax.swing.DefaultListModel<>();
    final javax.swing.JList<Choice<Long>> familyChildren = new javax.swing.JList<>(childModel);
    private final boolean staff;
    private final java.util.Map<String, ProgrammeView> programmes = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, JComboBox<Answer>> questions = new java.util.LinkedHashMap<>();
    /** Says why the programme changed by itself when a person was chosen (Caring Dads is not for a woman). */
    final JLabel programmeHint = new JLabel(" ");
    private FormPanel whoPanel;
    private FormPanel factsPanel;

    ReferralForm(StaffContext context, Runnable onFind, Runnable onSubmit, Runnable onCancel) {
        super(new BorderLayout(8, 8));
        setName("referralForm");
        setBorder(BorderFactory.createEmptyBorder(4, 8, 8, 8));
        staff = !context.is(Role.REFERRER);
        for (ProgrammeView p : context.programmes()) {
            programme.addItem(new Choice<>(p.code(), p.name()));
            programmes.put(p.code(), p);
        }
        questions.put("fatherFigure", fatherFigure);
        questions.put("abusiveToMother", abusiveToMother);
        questions.put("hostileAfterSeparation", hostileAfterSeparation);
        questions.put("mainConcernChildSexualAbuse", childSexualAbuse);
        questions.put("experiencedDomesticAbuse", experiencedAbuse);
        judgedLevel.addItem(new Choice<>(null, "Not raised by judgement"));
        for (RiskLevel level : RiskLevel.values()) {
            judgedLevel.addItem(new Choice<>(level, level.label()));
        }
        reason.setLineWrap(true);
        reason.setWrapStyleWord(true);

        FormPanel who = new FormPanel();
        who.heading("Referral");
        JPanel find = new JPanel(new BorderLayout(4, 0));
        find.add(participantQuery, BorderLayout.CENTER);
        FormPanel.name(findParticipant, "referralFindParticipant", "Find the participant");
        find.add(findParticipant, BorderLayout.EAST);
        who.field("Find participant", "referralParticipantQuery", participantQuery, find, KeyEvent.VK_I);
        who.field("Participant", "referralParticipant", participant, KeyEvent.VK_P);
        who.field("Programme", "referralProgramme", programme, KeyEvent.VK_M);
        programmeHint.setName("referralProgrammeHint");
        who.wide(programmeHint);
        who.field("Agency type", "referralAgencyType", agencyType, KeyEvent.VK_A);
        if (staff) {
            who.field("Referring agency", "referralAgency", agency);
            who.field("Contact at the agency", "referralContact", contact);
        } else {
            who.wide(new JLabel("You are recorded as the referrer."));
        }
        who.field("Referred on", "referralDate", referredOn);
        who.field("Reason for referral", "referralReason", reason);
        familyChildren.setVisibleRowCount(3);
        who.field("Children attending", "referralFamilyChildren", familyChildren,
                new javax.swing.JScrollPane(familyChildren), 0);
        who.end();
        whoPanel = who;

        FormPanel facts = new FormPanel();
        facts.heading("What you know (for the eligibility check)");
        facts.field(ReferralQuestions.label("fatherFigure"), "answerFatherFigure", fatherFigure);
        facts.field(ReferralQuestions.label("abusiveToMother"), "answerAbusiveToMother", abusiveToMother);
        facts.field(ReferralQuestions.label("hostileAfterSeparation"), "answerHostile", hostileAfterSeparation);
        facts.field(ReferralQuestions.label("mainConcernChildSexualAbuse"), "answerChildSexualAbuse", childSexualAbuse);
        facts.field(ReferralQuestions.label("experiencedDomesticAbuse"), "answerExperiencedAbuse", experiencedAbuse);
        facts.heading("Risk");
        facts.field("DASH score (0 to 24)", "riskDashScore", dashScore, KeyEvent.VK_H);
        facts.field("Level by judgement", "riskJudgedLevel", judgedLevel);
        facts.field("Reason for the judgement", "riskJudgementReason", judgementReason);
        facts.field("", "riskMaracOpen", maracOpen);
        facts.field("Last MARAC on", "riskLastMarac", lastMarac);
        facts.end();
        factsPanel = facts;
        programme.addActionListener(e -> askForProgramme());
        participant.addActionListener(e -> suggestProgrammeFor(chosenParticipant()));
        askForProgramme();

        JPanel columns = new JPanel(new GridLayout(1, 2, 16, 0));
        columns.add(who);
        columns.add(facts);
        add(columns, BorderLayout.CENTER);

        FormPanel.name(submit, "sendReferral", "Send referral");
        submit.setMnemonic(KeyEvent.VK_S);
        JButton cancel = FormPanel.name(new JButton("Cancel"), "cancelReferral", "Cancel the referral");
        buttons.add(cancel);
        buttons.add(submit);
        findParticipant.addActionListener(e -> onFind.run());
        participantQuery.addActionListener(e -> onFind.run());
        submit.addActionListener(e -> onSubmit.run());
        cancel.addActionListener(e -> onCancel.run());
    }

    void reset() {
        participantQuery.setText("");
        participant.removeAllItems();
        childModel.clear();
        agency.setText("");
        contact.setText("");
        referredOn.setDate(LocalDate.now(UkDates.UK));
        reason.setText("");
        for (JComboBox<Answer> a : List.of(fatherFigure, abusiveToMother, hostileAfterSeparation, childSexualAbuse, experiencedAbuse)) {
            a.setSelectedItem(Answer.NOT_KNOWN);
        }
        dashScore.setText("");
        judgedLevel.setSelectedIndex(0);
        judgementReason.setText("");
        maracOpen.setSelected(false);
        lastMarac.setText("");
    }

    void participants(List<ParticipantSummary> found) {
        participant.removeAllItems();
        for (ParticipantSummary p : found) {
            participant.addItem(new Choice<>(p, p.firstName() + " " + p.lastName() + " (" + p.reference() + ", born "
                    + UkDates.date(p.dateOfBirth()) + ")"));
        }
    }

    @SuppressWarnings("unchecked")
    NewReferral read() {
        Choice<ParticipantSummary> who = (Choice<ParticipantSummary>) participant.getSelectedItem();
        if (who == null) {
            throw new IllegalArgumentException("Find and choose the participant first.");
        }
        AgencyType type = ((Choice<AgencyType>) agencyType.getSelectedItem()).value();
        if (staff && type != AgencyType.SELF_REFERRAL && agency.getText().isBlank()) {
            throw new IllegalArgumentException("Name the referring agency, or choose Self-referral.");
        }
        if (reason.getText().isBlank()) {
            throw new IllegalArgumentException("Give the reason for the referral.");
        }
        ReferralAnswers answers = new ReferralAnswers(value(fatherFigure), value(abusiveToMother),
                value(hostileAfterSeparation), value(childSexualAbuse), value(experiencedAbuse));
        return new NewReferral(who.value().id(), ((Choice<String>) programme.getSelectedItem()).value(), type,
                staff ? NewParticipantForm.blankToNull(agency.getText()) : null,
                staff ? NewParticipantForm.blankToNull(contact.getText()) : null,
                referredOn.date("referral date"), reason.getText().trim(), answers,
                familyChildren.isVisible() ? familyChildren.getSelectedValuesList().stream().map(Choice::value).toList() : List.of(), risk());
    }

    @SuppressWarnings("unchecked")
    private NewRisk risk() {
        Integer score = null;
        if (!dashScore.getText().isBlank()) {
            try {
                score = Integer.parseInt(dashScore.getText().trim());
            } catch (NumberFormatException e) {
                score = -1;
            }
            if (score < 0 || score > 24) {
                throw new IllegalArgumentException("Give the DASH score as the number of yes answers, from 0 to 24.");
            }
        }
        RiskLevel judged = ((Choice<RiskLevel>) judgedLevel.getSelectedItem()).value();
        if (judged != null && judgementReason.getText().isBlank()) {
            throw new IllegalArgumentException("Say why professional judgement sets the risk level.");
        }
        LocalDate marac = lastMarac.date("date of the last MARAC");
        if (score == null && judged == null && !maracOpen.isSelected() && marac == null) {
            return null;
        }
        return new NewRisk(score, judged, NewParticipantForm.blankToNull(judgementReason.getText()), maracOpen.isSelected(), marac);
    }

    /** The chosen participant's children, to pick those who attend DART with her. */
    void children(List<uk.dap.shared.api.participant.ChildView> children) {
        childModel.clear();
        for (uk.dap.shared.api.participant.ChildView c : children) {
            childModel.addElement(new Choice<>(c.id(), c.firstName() + ", born " + UkDates.date(c.dateOfBirth())));
        }
    }

    @SuppressWarnings("unchecked")
    ParticipantSummary chosenParticipant() {
        Choice<ParticipantSummary> who = (Choice<ParticipantSummary>) participant.getSelectedItem();
        return who == null ? null : who.value();
    }

    void select(String programmeCode) {
        for (int i = 0; i < programme.getItemCount(); i++) {
            if (programme.getItemAt(i).value().equals(programmeCode)) {
                programme.setSelectedIndex(i);
            }
        }
    }

    /** Only what the chosen programme's rules read is asked (and sent); the rest is hidden and not known. */
    private void askForProgramme() {
        ProgrammeView chosen = selectedProgramme();
        java.util.List<String> asked = chosen == null || chosen.referralQuestions() == null ? List.of() : chosen.referralQuestions();
        questions.forEach((name, box) -> factsPanel.showField(box, asked.contains(name)));
        whoPanel.showField(familyChildren, asked.contains("familyChildIds"));
    }

    /**
     * A person's gender may rule a programme out (Caring Dads is not for a woman): then a programme that takes them is
     * chosen instead, and the form says so. The eligibility check still decides.
     */
    private void suggestProgrammeFor(ParticipantSummary person) {
        ProgrammeView current = selectedProgramme();
        programmeHint.setText(" ");
        programmeHint.getAccessibleContext().setAccessibleName(null);
        if (person == null || person.gender() == null || current == null || current.genders() == null
                || current.genders().contains(person.gender())) {
            return;
        }
        // A programme made for them before one open to everyone; of those, the one that asks least (Freedom for a woman,
        // rather than DART, which also needs a child of 7 to 14 to come).
        programmes.values().stream().filter(p -> p.genders() != null && p.genders().contains(person.gender()))
                .min(java.util.Comparator.<ProgrammeView>comparingInt(p -> p.genders().size())
                        .thenComparingInt(p -> p.referralQuestions() == null ? 0 : p.referralQuestions().size())).ifPresent(p -> {
            select(p.code());
            String why = current.name() + " does not take " + person.gender().label().toLowerCase(java.util.Locale.UK)
                    + " participants: " + p.name() + " is chosen instead.";
            // Wrapped within the form's column, so that it is read whole rather than cut short.
            programmeHint.setText("<html><div style='width:300px'>" + uk.dap.kiosk.ui.Html.escape(why) + "</div></html>");
            programmeHint.getAccessibleContext().setAccessibleName(why);
        });
    }

    @SuppressWarnings("unchecked")
    private ProgrammeView selectedProgramme() {
        Choice<String> chosen = (Choice<String>) programme.getSelectedItem();
        return chosen == null ? null : programmes.get(chosen.value());
    }

    /** The answer, or null (not known) for a question the chosen programme does not ask. */
    private static Boolean value(JComboBox<Answer> box) {
        return box.isVisible() ? ((Answer) box.getSelectedItem()).value : null;
    }

    private static JComboBox<Answer> answer() {
        JComboBox<Answer> box = new JComboBox<>(Answer.values());
        box.setSelectedItem(Answer.NOT_KNOWN);
        return box;
    }
}
