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
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.participant.ChildView;
import uk.dap.shared.api.participant.ContactView;
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
            .column("Other person's role", l -> l.otherRole().label());
    private final RowTableModel<ReferralSummary> referrals = new RowTableModel<ReferralSummary>()
            .column("Programme", r -> programmeName(r.programme()))
            .column("Referred on", r -> UkDates.date(r.referredOn()))
            .column("Where it has got to", r -> r.state() == null ? "" : r.state().label());
    private final JTable referralTable;
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
        risk = details.value("Risk level", "recordRisk");
        details.heading("Contact details");
        contact = details.value("Address and phone", "recordContact");
        details.heading("Safe contact");
        safeContact = details.value("We may", "recordSafeContact");
        codeWord = details.value("Code word", "recordCodeWord");
        safeTimes = details.value("Safe times", "recordSafeTimes");
        add(left(details));

        add(left(sectionHeading("Children")));
        JTable childTable = Tables.table("recordChildren", "Children", children, 130, 95, 70, 70, 140, 95);
        add(left(Tables.scroll(childTable, 3)));
        add(left(sectionHeading("Linked parties")));
        JTable linkTable = Tables.table("recordLinks", "Linked parties", links, 250, 100, 110, 110);
        add(left(Tables.scroll(linkTable, 3)));
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
                            shown.firstName(), shown.lastName(), shown.dateOfBirth()));
                }
            });
            actions.add(openReferral);
            actions.add(javax.swing.Box.createHorizontalStrut(8));
            actions.add(refer);
        }
        add(left(actions));
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
