package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.table.AbstractTableModel;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.CurrentUser;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.api.participant.ParticipantSummary;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.UkDates;

/**
 * Who is signed in, a list of what their role may use on the left (Ctrl+1, Ctrl+2, ... or the arrow keys), and the
 * chosen screen on the right. The programme catalogue is the overview everyone sees.
 */
public class HomeScreen extends JPanel implements StaffContext.Navigator {
    private final StaffContext context;
    private final CardLayout cards = new CardLayout();
    private final JPanel centre = new JPanel(cards);
    private final DefaultListModel<Section> sections = new DefaultListModel<>();
    private final JList<Section> navigation = new JList<>(sections);
    private ParticipantsScreen participants;
    private ReferralsScreen referrals;
    private EligibilityScreen eligibility;
    private CohortsScreen cohorts;
    private RosterScreen roster;
    private CohortRegisterScreen cohortRegister;
    private NotesScreen notes;
    private ProgressScreen progress;
    private RegisterScreen register;
    private AlertsScreen alerts;
    private AccountsScreen accounts;
    private KiosksScreen kiosks;

    /** One entry of the navigation list: its name and the screen it shows. */
    private record Section(String key, String label, JComponent screen) {
        @Override
        public String toString() {
            return label;
        }
    }

    HomeScreen(StaffSession session, StaffApi api, Runnable onSignOut) {
        this(session, api, onSignOut, null);
    }

    /**
     * {@code onTextSize}: called with the new choice when the user switches larger text on or off (the flow keeps the
     * choice and builds the screens again in the new size); null applies it to this screen only.
     */
    HomeScreen(StaffSession session, StaffApi api, Runnable onSignOut, java.util.function.Consumer<Boolean> onTextSize) {
        super(new BorderLayout(12, 12));
        CurrentUser user = session.user();
        context = new StaffContext(session, api);
        context.navigator(this);
        setName("homeScreen");
        setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));

        JLabel who = new JLabel("Signed in as " + user.displayName() + " (" + user.role().label() + ")");
        who.setName("signedInAs");
        who.setFont(Theme.scaled(1.3f, Font.BOLD));
        JButton signOut = new JButton("Sign out");
        signOut.setName("signOut");
        signOut.setMnemonic(KeyEvent.VK_O);
        signOut.addActionListener(e -> onSignOut.run());
        // Tokens last 30 minutes: say when, so that nobody loses work to a surprise sign-out.
        JLabel sessionEnds = new JLabel("Session ends " + UkDates.dateTime(session.signedIn().expiresAt()));
        sessionEnds.setName("sessionEnds");
        JPanel top = new JPanel(new BorderLayout());
        top.add(who, BorderLayout.CENTER);
        top.add(sessionEnds, BorderLayout.SOUTH);
        javax.swing.JCheckBox largerText = new javax.swing.JCheckBox("Larger text", Theme.largerStaffText());
        largerText.setName("largerText");
        largerText.setMnemonic(KeyEvent.VK_X);
        largerText.getAccessibleContext().setAccessibleDescription("Makes the text of every screen larger; kept on this computer");
        largerText.addActionListener(e -> {
            if (onTextSize != null) {
                onTextSize.accept(largerText.isSelected());
            } else {
                Theme.installStaff(largerText.isSelected());
                com.formdev.flatlaf.FlatLaf.updateUI();
            }
        });
        JPanel corner = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.RIGHT, 12, 0));
        corner.add(largerText);
        corner.add(signOut);
        top.add(corner, BorderLayout.EAST);

        // The first screen is the day's work: a referrer's is their referrals; everyone else's is Today.
        if (context.is(Role.REFERRER)) {
            add(new Section("myReferrals", "My referrals", new MyReferralsScreen(context)));
        } else {
            add(new Section("today", "Today", new TodayScreen(context)));
        }
        add(new Section("overview", "Programmes", overview(session)));
        if (context.is(Role.REFERRER, Role.KEY_WORKER, Role.PROGRAMME_LEAD, Role.FACILITATOR)) {
            participants = new ParticipantsScreen(context);
            add(new Section("participants", "Participants", participants));
        }
        if (context.is(Role.REFERRER, Role.KEY_WORKER, Role.PROGRAMME_LEAD)) {
            referrals = new ReferralsScreen(context);
            add(new Section("referrals", "Referrals", referrals));
        }
        if (context.is(Role.KEY_WORKER, Role.PROGRAMME_LEAD)) {
            eligibility = new EligibilityScreen(context);
            add(new Section("eligibility", "Eligibility and decision", eligibility));
        }
        if (context.is(Role.PROGRAMME_LEAD, Role.FACILITATOR)) {
            cohorts = new CohortsScreen(context);
            add(new Section("cohorts", "Cohorts and schedules", cohorts));
            roster = new RosterScreen(context);
            add(new Section("roster", "Cohort roster", roster));
            register = new RegisterScreen(context);
            add(new Section("register", "Session register", register));
            cohortRegister = new CohortRegisterScreen(context);
            add(new Section("cohortRegister", "Cohort register", cohortRegister));
        }
        if (context.is(Role.KEY_WORKER, Role.PROGRAMME_LEAD, Role.FACILITATOR)) {
            notes = new NotesScreen(context);
            add(new Section("notes", "Case notes", notes));
        }
        if (context.is(Role.KEY_WORKER, Role.PROGRAMME_LEAD)) {
            add(new Section("paperQuestionnaire", "Questionnaire on paper", new PaperQuestionnaireScreen(context)));
        }
        if (context.is(Role.PROGRAMME_LEAD, Role.KEY_WORKER, Role.REFERRER)) {
            progress = new ProgressScreen(context);
            add(new Section("progress", "Progress", progress));
            alerts = new AlertsScreen(context);
            add(new Section("alerts", "Alerts", alerts));
        }
        if (context.is(Role.PROGRAMME_LEAD, Role.KEY_WORKER)) {
            add(new Section("completion", "Outcomes", new CompletionScreen(context)));
            add(new Section("newBeginnings", "New Beginnings", new NewBeginningsScreen(context)));
        }
        if (context.is(Role.PROGRAMME_LEAD)) {
            add(new Section("settings", "Programme settings", new ProgrammeSettingsScreen(context)));
            add(new Section("reports", "Reports", new ReportsScreen(context)));
            add(new Section("duplicates", "Possible duplicates", new DuplicatesScreen(context)));
        }
        if (context.is(Role.PROGRAMME_LEAD, Role.FACILITATOR)) {
            add(new Section("kioskPin", "My kiosk PIN", new KioskPinScreen(context)));
        }
        if (context.is(Role.ADMIN)) {
            accounts = new AccountsScreen(context);
            add(new Section("accounts", "Staff accounts", accounts));
            kiosks = new KiosksScreen(context);
            add(new Section("kiosks", "Kiosks", kiosks));
        }
        if (context.is(Role.PROGRAMME_LEAD, Role.ADMIN)) {
            add(new Section("venues", "Venues", new VenuesScreen(context)));
            add(new Section("import", "Import", new ImportScreen(context)));
        }
        if (context.is(Role.PROGRAMME_LEAD, Role.ADMIN, Role.KEY_WORKER)) {
            add(new Section("dataProtection", "Data protection", new DataProtectionScreen(context)));
        }

        navigation.setName("navigation");
        navigation.getAccessibleContext().setAccessibleName("Screens");
        navigation.setSelectionMode(javax.swing.ListSelectionModel.SINGLE_SELECTION);
        navigation.setFixedCellHeight(navigation.getFontMetrics(navigation.getFont()).getHeight() + 14);
        navigation.setBorder(BorderFactory.createEmptyBorder(4, 4, 4, 4));
        navigation.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && navigation.getSelectedValue() != null) {
                reveal(navigation.getSelectedValue());
            }
        });
        for (int i = 0; i < sections.size() && i < 9; i++) {
            int index = i;
            String action = "section" + (i + 1);
            getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, InputEvent.CTRL_DOWN_MASK), action);
            getActionMap().put(action, new AbstractAction() {
                @Override
                public void actionPerformed(java.awt.event.ActionEvent e) {
                    navigation.setSelectedIndex(index);
                    navigation.requestFocusInWindow();
                }
            });
        }
        navigation.setToolTipText("Ctrl+1 to Ctrl+" + sections.size() + " switch screens");
        JScrollPane navScroll = new JScrollPane(navigation);
        // As wide as the longest screen name in the text size chosen, so that larger text is not cut short.
        int widest = 0;
        for (int i = 0; i < sections.size(); i++) {
            widest = Math.max(widest, navigation.getFontMetrics(navigation.getFont()).stringWidth(sections.get(i).label()));
        }
        int scrollBar = navScroll.getVerticalScrollBar().getPreferredSize().width;
        navScroll.setPreferredSize(new Dimension(Math.max(185, widest + 36 + scrollBar), 200));
        JLabel navLabel = new JLabel("Go to");
        navLabel.setLabelFor(navigation);
        navLabel.setDisplayedMnemonic(KeyEvent.VK_G);
        JPanel left = new JPanel(new BorderLayout(4, 4));
        left.add(navLabel, BorderLayout.NORTH);
        left.add(navScroll, BorderLayout.CENTER);

        add(top, BorderLayout.NORTH);
        add(left, BorderLayout.WEST);
        add(centre, BorderLayout.CENTER);
        navigation.setSelectedIndex(0);
    }

    private void add(Section section) {
        sections.addElement(section);
        centre.add(section.screen(), section.key());
    }

    private JComponent overview(StaffSession session) {
        JTable table = new JTable(new ProgrammeTableModel(session.programmes()));
        table.setName("programmes");
        table.getAccessibleContext().setAccessibleName("Programme catalogue");
        table.setRowHeight(table.getFontMetrics(table.getFont()).getHeight() + 10);
        table.setAutoCreateRowSorter(true);
        int[] widths = {260, 60, 90, 420};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        JLabel heading = new JLabel("Programmes");
        heading.setFont(Theme.scaled(1.1f, Font.BOLD));
        heading.setLabelFor(table);
        JPanel panel = new JPanel(new BorderLayout(6, 6));
        panel.setName("overviewScreen");
        panel.add(heading, BorderLayout.NORTH);
        panel.add(new JScrollPane(table), BorderLayout.CENTER);
        return panel;
    }

    private void reveal(Section section) {
        cards.show(centre, section.key());
        if (section.screen() instanceof StaffScreen screen) {
            screen.shown();
        }
    }

    /** The screen shown, by its key, to show it again after the screens are built anew (a new text size). */
    String shownSection() {
        Section shown = navigation.getSelectedValue();
        return shown == null ? null : shown.key();
    }

    /** Shows the screen with this key, if this role has it. */
    void showSection(String key) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).key().equals(key)) {
                navigation.setSelectedIndex(i);
            }
        }
    }

    /** Selects a section in the navigation list (which shows it); returns false when this role has no such screen. */
    private boolean select(JComponent screen) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).screen() == screen) {
                navigation.setSelectedIndex(i);
                return true;
            }
        }
        return false;
    }

    @Override
    public void openParticipant(long participantId) {
        if (select(participants)) {
            participants.open(participantId);
        }
    }

    @Override
    public void openReferral(long referralId) {
        if (select(referrals)) {
            referrals.open(referralId);
        }
    }

    @Override
    public void newReferralFor(ParticipantSummary participant) {
        if (select(referrals)) {
            referrals.startNew(participant);
        }
    }

    @Override
    public void openEligibility(long referralId) {
        if (eligibility != null) {
            eligibility.show(referralId);
            select(eligibility);
        }
    }

    @Override
    public void openCohort(long cohortId) {
        if (select(cohorts)) {
            cohorts.show(cohortId);
        }
    }

    @Override
    public void openRoster(long cohortId) {
        if (roster != null) {
            roster.show(cohortId);
            select(roster);
        }
    }

    @Override
    public void openCohortRegister(long cohortId) {
        if (select(cohortRegister)) {
            cohortRegister.show(cohortId);
        }
    }

    @Override
    public void openNotes(long participantId) {
        if (select(notes)) {
            notes.show(participantId);
        }
    }

    @Override
    public void openProgress(long participantId) {
        if (select(progress)) {
            progress.show(participantId);
        }
    }

    @Override
    public void openRegister(long cohortId, long sessionId) {
        if (select(register)) {
            register.open(cohortId, sessionId);
        }
    }

    @Override
    public void openAlerts() {
        select(alerts);
    }

    @Override
    public void openAccounts() {
        select(accounts);
    }

    @Override
    public void openKiosks() {
        select(kiosks);
    }

    static final class ProgrammeTableModel extends AbstractTableModel {
        private static final String[] COLUMNS = {"Programme", "Weeks", "Session", "Completed when"};
        private final List<ProgrammeView> rows;

        ProgrammeTableModel(List<ProgrammeView> rows) {
            this.rows = List.copyOf(rows);
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
            return column == 1 ? Integer.class : String.class;
        }

        @Override
        public Object getValueAt(int row, int column) {
            ProgrammeView p = rows.get(row);
            return switch (column) {
                case 0 -> p.name();
                case 1 -> p.lengthWeeks();
                case 2 -> hours(p.sessionMinutes());
                default -> completion(p.completionRule());
            };
        }

        private static String hours(int minutes) {
            return minutes % 60 == 0 ? (minutes / 60) + (minutes == 60 ? " hour" : " hours") : minutes + " minutes";
        }

        private static String completion(ProgrammeView.CompletionRule rule) {
            StringBuilder text = new StringBuilder("at least " + rule.minAttendancePercent() + "% attended");
            if (rule.requiresFinalSession()) {
                text.append(", including the final session");
            }
            if (rule.requiresPostQuestionnaire()) {
                text.append(", post questionnaire done");
            }
            return text.toString();
        }
    }
}
