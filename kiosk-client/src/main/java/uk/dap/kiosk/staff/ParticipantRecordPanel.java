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
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.Choice;
import uk.dap.shared.api.StaffRef;
import uk.dap.kiosk.ui.DateField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.shared.api.participant.LinkRole;
import uk.dap.shared.api.participant.NewChild;
import uk.dap.shared.api.participant.NewLink;
import uk.dap.shared.api.participant.Relationship;
import uk.dap.shared.api.participant.SocialCareStatus;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.participant.ChildView;
import uk.dap.shared.api.participant.ContactView;
import uk.dap.shared.api.participant.LinkCorrection;
import uk.dap.shared.api.participant.LinkView;
import uk.dap.shared.api.participant.ParticipantSummary;
import uk.dap.shared.api.participant.ParticipantView;
import uk.dap.shared.api.participant.SafeContact;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.UkDates;

/** One participant's record as the signed-in worker may see it; what the server withholds is said, not blanked. */
class ParticipantRecordPanel extends JPanel {
    static final String NOT_SHOWN = "Not shown to you";
    static final String HIDDEN_PERSON = "Another person (not visible to you)";

    private final StaffContext context;
    private final JLabel title = new JLabel(" ");
    private final JLabel access = new JLabel(" ");
    private final JLabel dateOfBirth;
    private final JLabel gender;
    private final JLabel language;
    private final JLabel accessibility;
    private final JLabel keyWorker;
    private final JLabel risk;
    private final JLabel contact;
    private final JLabel safeContact;
    private final JLabel codeWord;
    private final JLabel safeTimes;
    private final RowTableModel<ChildView> children = new RowTableModel<ChildView>()
            .column("Child", c -> (c.firstName() + " " + (c.lastName() == null ? "" : c.lastName())).trim())
            .column("Date of birth", c -> UkDates.date(c.dateOfBirth()))
            .column("Lives with them", c -> yesNo(c.livesWithParticipant()))
            .column("Regular contact", c -> c.regularContact() == null ? "Not known" : yesNo(c.regularContact()))
            .column("Social care", c -> c.socialCareStatus() == null ? "" : c.socialCareStatus().label())
            .column("Since", c -> UkDates.date(c.statusChangedOn()));
    private final RowTableModel<LinkView> links = new RowTableModel<LinkView>()
            .column("Other person", l -> l.other() == null ? HIDDEN_PERSON
                    : l.other().firstName() + " " + l.other().lastName() + " (" + l.other().reference() + ")")
            .column("Relationship", l -> l.relationship().label())
            .column("This person's role", l -> l.thisRole().label())
            .column("Other person's role", l -> l.otherRole().label())
            .column("Records agree", l -> l.disputed() ? "No: kept apart until corrected" : "Yes");
    private final RowTableModel<ReferralSummary> referrals = new RowTableModel<ReferralSummary>()
            .column("Programme", r -> programmeName(r.programme()))
            .column("Referred on", r -> UkDates.date(r.referredOn()))
            .column("Where it has got to", r -> r.state() == null ? "" : r.state().label());
    private final JTable referralTable;
    final JTable childTable;
    // Adding a child, changing a child's status, linking to another participant
    final JTextField childFirstName = new JTextField(10);
    final JTextField childLastName = new JTextField(10);
    final DateField childDateOfBirth = new DateField();
    final JCheckBox childLivesWith = new JCheckBox("Lives with them");
    final JComboBox<ReferralForm.Answer> childRegularContact = new JComboBox<>(ReferralForm.Answer.values());
    final JComboBox<Choice<SocialCareStatus>> childStatus = statusChoice();
    final JCheckBox childCreche = new JCheckBox("Needs a crèche place");
    final JButton addChild = new JButton("Add child");
    final JComboBox<Choice<SocialCareStatus>> newStatus = statusChoice();
    final JButton changeStatus = new JButton("Change status of selected child");
    final JTextField linkReference = new JTextField(9);
    final DateField linkDateOfBirth = new DateField();
    final JComboBox<Choice<Relationship>> linkRelationship = new JComboBox<>(
            Choice.of(java.util.Arrays.asList(Relationship.values()), Relationship::label).toArray(Choice[]::new));
    final JComboBox<Choice<LinkRole>> linkThisRole = roleChoice();
    final JComboBox<Choice<LinkRole>> linkOtherRole = roleChoice();
    final JButton addLink = new JButton("Add link");
    // Correcting or ending the link chosen in the table
    final JTable linkTable;
    final JComboBox<Choice<Relationship>> fixRelationship = new JComboBox<>(
            Choice.of(java.util.Arrays.asList(Relationship.values()), Relationship::label).toArray(Choice[]::new));
    final JComboBox<Choice<LinkRole>> fixThisRole = roleChoice();
    final JComboBox<Choice<LinkRole>> fixOtherRole = roleChoice();
    final JTextField fixReason = new JTextField(24);
    final JButton correctLink = new JButton("Correct the selected link");
    final JButton endLink = new JButton("End the selected link");
    // A lead assigns or changes the key worker (the list is filled when a record is first shown).
    final JComboBox<Choice<StaffRef>> newKeyWorker = new JComboBox<>();
    final JButton assignKeyWorker = new JButton("Assign");
    private ParticipantView shown;

    ParticipantRecordPanel(StaffContext context) {
        this.context = context;
        setName("participantRecord");
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createEmptyBorder(4, 8, 8, 8));
        title.setName("recordTitle");
        title.setFont(Theme.scaled(1.25f, Font.BOLD));
        access.setName("recordAccess");
        JPanel head = new JPanel(new BorderLayout());
        head.add(title, BorderLayout.NORTH);
        head.add(access, BorderLayout.SOUTH);
        add(left(head));

        FormPanel details = new FormPanel();
        details.heading("Personal details");
        dateOfBirth = details.value("Date of birth", "recordDateOfBirth");
        gender = details.value("Gender", "recordGender");
        language = details.value("Language", "recordLanguage");
        accessibility = details.value("Accessibility needs", "recordAccessibility");
        keyWorker = details.value("Key worker", "recordKeyWorker");
        if (context.is(Role.PROGRAMME_LEAD)) {
            FormPanel.name(assignKeyWorker, "assignKeyWorker", "Make the chosen key worker this person's key worker");
            JPanel choice = new JPanel(new BorderLayout(6, 0));
            choice.add(newKeyWorker, BorderLayout.CENTER);
            choice.add(assignKeyWorker, BorderLayout.EAST);
            details.field("Change key worker to", "recordNewKeyWorker", newKeyWorker, choice, java.awt.event.KeyEvent.VK_K);
        }
        risk = details.value("Risk level", "recordRisk");
        details.heading("Contact details");
        contact = details.value("Address and phone", "recordContact");
        details.heading("Safe contact");
        safeContact = details.value("We may", "recordSafeContact");
        codeWord = details.value("Code word", "recordCodeWord");
        safeTimes = details.value("Safe times", "recordSafeTimes");
        add(left(details));

        add(left(sectionHeading("Children")));
        // Children and linked parties are casework: the server gives them to key workers and leads only. Others are
        // told so, rather than shown an empty table that reads as "none".
        boolean casework = context.is(Role.KEY_WORKER, Role.PROGRAMME_LEAD);
        childTable = Tables.table("recordChildren", "Children", children, 130, 95, 70, 70, 140, 95);
        linkTable = Tables.table("recordLinks", "Linked parties", links, 250, 100, 110, 110, 190);
        if (casework) {
            add(left(Tables.scroll(childTable, 3)));
            add(left(childForms()));
            add(left(sectionHeading("Linked parties")));
            add(left(Tables.scroll(linkTable, 3)));
            add(left(linkForms()));
        } else {
            add(left(hiddenNote("recordChildrenHidden")));
            add(left(sectionHeading("Linked parties")));
            add(left(hiddenNote("recordLinksHidden")));
        }
        add(left(sectionHeading("Referrals")));
        referralTable = Tables.table("recordReferrals", "Referrals", referrals, 220, 110, 160);
        add(left(Tables.scroll(referralTable, 3)));

        JPanel actions = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 4));
        if (context.is(Role.REFERRER, Role.KEY_WORKER, Role.PROGRAMME_LEAD)) {
            JButton openReferral = FormPanel.name(new JButton("Open referral"), "openReferral", "Open the selected referral");
            openReferral.setMnemonic(KeyEvent.VK_P);
            openReferral.addActionListener(e -> {
                ReferralSummary r = Tables.selected(referralTable, referrals);
                if (r != null) {
                    context.navigator().openReferral(r.id());
                }
            });
            JButton refer = FormPanel.name(new JButton("Refer this person"), "referParticipant", "Refer this person to a programme");
            refer.setMnemonic(KeyEvent.VK_R);
            refer.addActionListener(e -> {
                if (shown != null) {
                    context.navigator().newReferralFor(new ParticipantSummary(shown.id(), shown.reference(),
                            shown.firstName(), shown.lastName(), shown.dateOfBirth(), shown.gender()));
                }
            });
            JButton progress = FormPanel.name(new JButton("Progress"), "openProgress", "Open this person's progress");
            progress.setMnemonic(KeyEvent.VK_G);
            progress.addActionListener(e -> {
                if (shown != null) {
                    context.navigator().openProgress(shown.id());
                }
            });
            // Open referral acts on the table above it; the person's own actions go to the top of the record, where
            // they are reached without scrolling past the children and links (issue 19).
            add(left(ReferralDetailPanel.flow(openReferral)));
            actions.add(refer);
            actions.add(javax.swing.Box.createHorizontalStrut(8));
            actions.add(progress);
        }
        if (context.is(Role.KEY_WORKER, Role.PROGRAMME_LEAD, Role.FACILITATOR)) {
            JButton notes = FormPanel.name(new JButton("Case notes"), "openNotes", "Open this person's case notes");
            notes.setMnemonic(KeyEvent.VK_N);
            notes.addActionListener(e -> {
                if (shown != null) {
                    context.navigator().openNotes(shown.id());
                }
            });
            if (actions.getComponentCount() > 0) {
                actions.add(javax.swing.Box.createHorizontalStrut(8));
            }
            actions.add(notes);
        }
        add(left(actions), 1);
    }

    private JPanel childForms() {
        FormPanel add = new FormPanel();
        add.heading("Add a child");
        add.field("First name", "childFirstName", childFirstName);
        add.field("Last name", "childLastName", childLastName);
        add.field("Date of birth", "childDateOfBirth", childDateOfBirth);
        add.field("", "childLivesWith", childLivesWith);
        add.field("Regular contact", "childRegularContact", childRegularContact);
        add.field("Social care", "childStatus", childStatus);
        add.field("", "childCreche", childCreche);
        FormPanel.name(addChild, "addChild", "Add child");
        add.wide(ReferralDetailPanel.flow(addChild));
        add.end();
        FormPanel change = new FormPanel();
        change.heading("Status with children's social care");
        change.wide(new JLabel("<html><div style='width:260px'>Choose the child in the table, then the new status. "
                + "The date it changed is recorded.</div></html>"));
        change.field("New status", "childNewStatus", newStatus);
        FormPanel.name(changeStatus, "changeChildStatus", "Change the status of the selected child");
        change.wide(ReferralDetailPanel.flow(changeStatus));
        change.end();
        JPanel both = new JPanel(new java.awt.GridLayout(1, 2, 16, 0));
        both.add(add);
        both.add(change);
        return both;
    }

    private JPanel linkForms() {
        JPanel both = new JPanel();
        both.setLayout(new BoxLayout(both, BoxLayout.Y_AXIS));
        both.add(left(linkForm()));
        both.add(left(correctionForm()));
        return both;
    }

    private JPanel correctionForm() {
        FormPanel fix = new FormPanel();
        fix.heading("Correct or end a link");
        fix.wide(new JLabel("<html><div style='width:420px'>Choose the link in the table, then put it right or end it. Say "
                + "why: the reason is kept with the link. Only a programme lead can stop a link keeping two people apart.</div></html>"));
        fix.field("Relationship", "fixRelationship", fixRelationship);
        fix.field("This person's role", "fixThisRole", fixThisRole);
        fix.field("Other person's role", "fixOtherRole", fixOtherRole);
        fix.field("Reason", "fixReason", fixReason);
        FormPanel.name(correctLink, "correctLink", "Correct the selected link");
        FormPanel.name(endLink, "endLink", "End the selected link");
        fix.wide(ReferralDetailPanel.flow(correctLink, endLink));
        fix.end();
        linkTable.getSelectionModel().addListSelectionListener(e -> {
            LinkView chosen = selectedLink();
            if (!e.getValueIsAdjusting() && chosen != null) {
                select(fixRelationship, chosen.relationship());
                select(fixThisRole, chosen.thisRole());
                select(fixOtherRole, chosen.otherRole());
            }
        });
        return fix;
    }

    @SuppressWarnings("unchecked")
    private static <T> void select(JComboBox<Choice<T>> box, T value) {
        for (int i = 0; i < box.getItemCount(); i++) {
            if (box.getItemAt(i).value() == value) {
                box.setSelectedIndex(i);
            }
        }
    }

    LinkView selectedLink() {
        return Tables.selected(linkTable, links);
    }

    /** The correction form as a request; throws {@link IllegalArgumentException} with a sentence when a field needs fixing. */
    @SuppressWarnings("unchecked")
    LinkCorrection readCorrection() {
        return new LinkCorrection(((Choice<Relationship>) fixRelationship.getSelectedItem()).value(),
                ((Choice<LinkRole>) fixThisRole.getSelectedItem()).value(), ((Choice<LinkRole>) fixOtherRole.getSelectedItem()).value(),
                reason());
    }

    /** The reason typed for a correction or an ending; a sentence when there is none. */
    String reason() {
        if (fixReason.getText().isBlank()) {
            throw new IllegalArgumentException("Say why the link is being corrected or ended.");
        }
        return fixReason.getText().trim();
    }

    private JPanel linkForm() {
        FormPanel link = new FormPanel();
        link.heading("Link to another participant");
        link.field("Their reference", "linkReference", linkReference);
        linkReference.putClientProperty("JTextField.placeholderText", "P-000012");
        link.field("Their date of birth", "linkDateOfBirth", linkDateOfBirth);
        link.wide(new JLabel("<html><div style='width:420px'>The reference and the date of birth together name the other "
                + "person, even one you may not see; their record is not shown to you.</div></html>"));
        link.field("Relationship", "linkRelationship", linkRelationship);
        link.field("This person's role", "linkThisRole", linkThisRole);
        link.field("Other person's role", "linkOtherRole", linkOtherRole);
        FormPanel.name(addLink, "addLink", "Add link");
        link.wide(ReferralDetailPanel.flow(addLink));
        link.end();
        return link;
    }

    private static JComboBox<Choice<SocialCareStatus>> statusChoice() {
        return new JComboBox<>(Choice.of(java.util.Arrays.asList(SocialCareStatus.values()), SocialCareStatus::label)
                .toArray(Choice[]::new));
    }

    private static JComboBox<Choice<LinkRole>> roleChoice() {
        JComboBox<Choice<LinkRole>> box = new JComboBox<>(
                Choice.of(java.util.Arrays.asList(LinkRole.values()), LinkRole::label).toArray(Choice[]::new));
        box.setSelectedIndex(LinkRole.UNKNOWN.ordinal());
        return box;
    }

    ParticipantView shown() {
        return shown;
    }

    ChildView selectedChild() {
        return Tables.selected(childTable, children);
    }

    @SuppressWarnings("unchecked")
    NewChild readChild() {
        if (childFirstName.getText().isBlank()) {
            throw new IllegalArgumentException("Enter the child's first name.");
        }
        java.time.LocalDate born = childDateOfBirth.date("child's date of birth");
        if (born == null) {
            throw new IllegalArgumentException("Enter the child's date of birth as DD/MM/YYYY.");
        }
        return new NewChild(childFirstName.getText().trim(), NewParticipantForm.blankToNull(childLastName.getText()), born,
                childLivesWith.isSelected(), ((ReferralForm.Answer) childRegularContact.getSelectedItem()).value,
                ((Choice<SocialCareStatus>) childStatus.getSelectedItem()).value(), childCreche.isSelected());
    }

    @SuppressWarnings("unchecked")
    SocialCareStatus readNewStatus() {
        return ((Choice<SocialCareStatus>) newStatus.getSelectedItem()).value();
    }

    /** The link form as a request; throws {@link IllegalArgumentException} with a sentence when a field needs fixing. */
    @SuppressWarnings("unchecked")
    NewLink readLink() {
        String reference = linkReference.getText().trim().toUpperCase(java.util.Locale.UK);
        java.time.LocalDate born = linkDateOfBirth.date("other person's date of birth");
        if (reference.isEmpty() || born == null) {
            throw new IllegalArgumentException("Enter the other person's reference (such as P-000012) and date of birth.");
        }
        return new NewLink(null, reference, born, ((Choice<Relationship>) linkRelationship.getSelectedItem()).value(),
                ((Choice<LinkRole>) linkThisRole.getSelectedItem()).value(), ((Choice<LinkRole>) linkOtherRole.getSelectedItem()).value());
    }

    void clearForms() {
        for (JTextField f : List.of(childFirstName, childLastName, childDateOfBirth, linkReference, linkDateOfBirth, fixReason)) {
            f.setText("");
        }
        childLivesWith.setSelected(false);
        childCreche.setSelected(false);
    }

    void show(ParticipantView p) {
        shown = p;
        title.setText(p.firstName() + " " + p.lastName() + " (" + p.reference() + ")");
        access.setText(p.access() == null ? " " : "You see this record as: " + roleLabel(p.access()));
        dateOfBirth.setText(orNotShown(UkDates.date(p.dateOfBirth())));
        gender.setText(p.gender() == null ? NOT_SHOWN : p.gender().label());
        String lang = p.preferredLanguage() == null || p.preferredLanguage().isBlank() ? "Not recorded" : p.preferredLanguage();
        language.setText(p.interpreterNeeded() ? lang + ", interpreter needed (never a family member)" : lang + ", no interpreter needed");
        accessibility.setText(p.accessibilityNeeds() == null || p.accessibilityNeeds().isBlank() ? "None recorded" : wrap(p.accessibilityNeeds()));
        keyWorker.setText(p.keyWorker() == null ? "None assigned" : p.keyWorker().displayName());
        risk.setText(p.riskLevel() == null ? "Not assessed, or not shown to you" : p.riskLevel().label());
        contact.setText(contactText(p.contact()));
        SafeContact safe = p.safeContact();
        if (safe == null) {
            safeContact.setText(NOT_SHOWN);
            codeWord.setText(NOT_SHOWN);
            safeTimes.setText(NOT_SHOWN);
        } else {
            safeContact.setText(wrap(safeText(safe)));
            codeWord.setText(safe.codeWord() == null || safe.codeWord().isBlank() ? "None" : safe.codeWord());
            safeTimes.setText(safe.safeTimes() == null || safe.safeTimes().isBlank() ? "Not recorded" : safe.safeTimes());
        }
        children.setRows(p.children());
        links.setRows(p.links());
        referrals.setRows(p.referrals());
        revalidate();
        repaint();
    }

    static String contactText(ContactView c) {
        if (c == null) {
            return NOT_SHOWN;
        }
        List<String> lines = new ArrayList<>();
        String address = join(", ", c.address(), c.postcode());
        lines.add(address.isEmpty() ? "No address recorded" : address);
        if (c.phone() != null && !c.phone().isBlank()) {
            lines.add("Phone " + c.phone());
        }
        if (c.email() != null && !c.email().isBlank()) {
            lines.add("Email " + c.email());
        }
        if (c.confidential()) {
            lines.add("CONFIDENTIAL: " + (c.confidentialReason() == null ? "" : c.confidentialReason())
                    + " (only the key worker and the programme lead see this)");
        }
        return "<html><div style='width:440px'>" + String.join("<br>", lines.stream().map(ParticipantRecordPanel::escape).toList()) + "</div></html>";
    }

    static String safeText(SafeContact s) {
        return "Phone: " + yn(s.phone()) + " · Voicemail: " + yn(s.voicemail()) + " · Text: " + yn(s.text())
                + " · Email: " + yn(s.email()) + " · Letters: " + (SafeContact.yes(s.letters()) ? "yes (neutrally worded)" : "no");
    }

    private String programmeName(String code) {
        return context.programmeName(code);
    }

    private static String roleLabel(String access) {
        try {
            return Role.valueOf(access).label().toLowerCase(java.util.Locale.UK);
        } catch (IllegalArgumentException e) {
            return access;
        }
    }

    private static String yn(Boolean b) {
        return SafeContact.yes(b) ? "yes" : "no";
    }

    private static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }

    private static String orNotShown(String s) {
        return s == null || s.isEmpty() ? NOT_SHOWN : s;
    }

    private static String join(String sep, String... parts) {
        return String.join(sep, java.util.Arrays.stream(parts).filter(s -> s != null && !s.isBlank()).toList());
    }

    private static String wrap(String text) {
        return "<html><div style='width:440px'>" + escape(text) + "</div></html>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static JLabel hiddenNote(String name) {
        JLabel note = new JLabel(NOT_SHOWN);
        note.setName(name);
        note.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        return note;
    }

    private static JLabel sectionHeading(String text) {
        JLabel heading = new JLabel(text);
        heading.setFont(Theme.scaled(1.1f, Font.BOLD));
        heading.setBorder(BorderFactory.createEmptyBorder(10, 4, 4, 4));
        return heading;
    }

    private static <C extends javax.swing.JComponent> C left(C component) {
        component.setAlignmentX(LEFT_ALIGNMENT);
        return component;
    }
}
