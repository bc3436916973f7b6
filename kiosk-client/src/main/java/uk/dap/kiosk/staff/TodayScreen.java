package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.swing.AbstractAction;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.ScrollablePanel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.KioskView;
import uk.dap.shared.api.StaffAccountView;
import uk.dap.shared.api.attendance.SessionRegister;
import uk.dap.shared.api.cohort.AlertView;
import uk.dap.shared.api.cohort.CohortView;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.api.cohort.SessionView;
import uk.dap.shared.api.evaluation.FollowUpDue;
import uk.dap.shared.api.participant.ParticipantSummary;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.UkDates;

/**
 * The first screen after sign-in: the day's work for the role, each list one click (or Enter) from the screen that
 * does it. A facilitator's (and a lead's) sessions today and this week, who is expected and who has signed in; a key
 * worker's caseload with their open alerts and follow-ups due; a lead's referrals waiting for a decision, waiting
 * lists and alerts; an administrator's accounts that cannot sign in and kiosks waiting for their code. The lists
 * refresh every minute while shown, and on F5.
 */
class TodayScreen extends StaffScreen {
    static final int REFRESH_SECONDS = 60;
    private static final int VISIBLE_ROWS = 5;

    private final JLabel heading = new JLabel(" ");
    private final JLabel refreshed = new JLabel(" ");
    private final List<Runnable> loaders = new ArrayList<>();
    /** Refreshes while the screen is shown; stops once it is not (another screen, or signed out), until shown again. */
    private final Timer refresh = new Timer(REFRESH_SECONDS * 1000, e -> {
        if (!isShowing()) {
            ((Timer) e.getSource()).stop();
        } else if (!busy()) {
            load();
        }
    });

    /** A session in the week ahead, with how many are expected and (today) how many have signed in. */
    record Upcoming(CohortView cohort, SessionView session, Integer signedIn) {
    }

    /** Someone on the caseload, with what needs doing about them. */
    record CaseloadRow(ParticipantSummary person, long openAlerts, List<FollowUpDue> followUps) {
    }

    TodayScreen(StaffContext context) {
        super(context, "todayScreen", "Today");
        heading.setName("todayHeading");
        heading.setFont(Theme.scaled(1.1f, Font.BOLD));
        refreshed.setName("todayRefreshed");
        JButton refreshNow = FormPanel.name(new JButton("Refresh (F5)"), "refreshToday", "Refresh the lists");
        refreshNow.setMnemonic(KeyEvent.VK_R);
        refreshNow.addActionListener(e -> load());
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.add(heading, BorderLayout.CENTER);
        JPanel right = new JPanel(new BorderLayout(8, 0));
        right.add(refreshed, BorderLayout.CENTER);
        right.add(refreshNow, BorderLayout.EAST);
        top.add(right, BorderLayout.EAST);
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_F5, 0), "refreshToday");
        getActionMap().put("refreshToday", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                if (isShowing()) {
                    load();
                }
            }
        });

        List<JComponent> lists = new ArrayList<>();
        if (context.is(Role.FACILITATOR, Role.PROGRAMME_LEAD)) {
            lists.add(sessions());
        }
        if (context.is(Role.KEY_WORKER)) {
            lists.add(caseload());
        }
        if (context.is(Role.PROGRAMME_LEAD)) {
            lists.add(decisions());
            lists.add(waitingLists());
            lists.add(alerts());
        }
        if (context.is(Role.ADMIN)) {
            lists.add(accounts());
            lists.add(kiosks());
        }
        // One list under another, full width, so that names and dates are never cut; the page scrolls when they do not fit.
        JPanel column = new JPanel();
        column.setLayout(new BoxLayout(column, BoxLayout.Y_AXIS));
        for (JComponent list : lists) {
            list.setAlignmentX(LEFT_ALIGNMENT);
            column.add(list);
            column.add(Box.createVerticalStrut(12));
        }
        JPanel body = new JPanel(new BorderLayout(8, 8));
        body.add(top, BorderLayout.NORTH);
        body.add(ScrollablePanel.vertical(column), BorderLayout.CENTER);
        content(body);
        refresh.setRepeats(true);
    }

    @Override
    void shown() {
        if (!busy()) {
            load();
        }
        refresh.start();
    }

    private void load() {
        LocalDate today = LocalDate.now(UkDates.UK);
        heading.setText("Today, " + today.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " " + UkDates.date(today));
        loaders.forEach(Runnable::run);
        refreshed.setText("Up to date at " + UkDates.dateTime(java.time.Instant.now()).replaceFirst("^.*, ", ""));
    }

    // --- a facilitator's and a lead's sessions ---

    private JComponent sessions() {
        RowTableModel<Upcoming> model = new RowTableModel<Upcoming>()
                .column("When", u -> (u.session().date().equals(LocalDate.now(UkDates.UK)) ? "Today" : UkDates.date(u.session().date()))
                        + " at " + CohortsScreen.TIME.format(u.session().startTime()))
                .column("Group", u -> u.cohort().programmeName() + ", " + u.cohort().venueName()
                        + (u.cohort().room() == null || u.cohort().room().isBlank() ? "" : ", " + u.cohort().room()))
                .column("Week", u -> u.session().number())
                .column("Expected", u -> u.cohort().enrolled())
                .column("Signed in", u -> u.signedIn() == null ? "" : u.signedIn());
        JTable table = Tables.table("todaySessions", "Sessions today and this week", model, 120, 500, 45, 70, 70);
        JButton open = FormPanel.name(new JButton("Open the register"), "openTodayRegister", "Open the register of the chosen session");
        Consumer<Upcoming> opener = u -> context.navigator().openRegister(u.cohort().id(), u.session().id());
        loaders.add(() -> call("Loading your sessions…", () -> upcomingSessions(), rows -> show(table, model, rows,
                "No sessions today or in the next six days.", u -> u.session().id())));
        return section("Sessions today and this week", table, model, open, opener);
    }

    /** The week ahead's sessions of the caller's current cohorts, soonest first; today's with how many have signed in. */
    private List<Upcoming> upcomingSessions() {
        LocalDate today = LocalDate.now(UkDates.UK);
        List<Upcoming> rows = new ArrayList<>();
        for (CohortView c : context.api().cohorts(null, "current")) {
            for (SessionView s : c.sessions()) {
                if (s.status() != SessionStatus.CANCELLED && !s.date().isBefore(today) && s.date().isBefore(today.plusDays(7))) {
                    Integer signedIn = null;
                    if (s.date().equals(today)) {
                        SessionRegister register = context.api().sessionRegister(s.id());
                        signedIn = (int) register.entries().stream().filter(e -> e.status() != null && e.status().attended()).count();
                    }
                    rows.add(new Upcoming(c, s, signedIn));
                }
            }
        }
        rows.sort(Comparator.comparing((Upcoming u) -> u.session().date()).thenComparing(u -> u.session().startTime()));
        return rows;
    }

    // --- a key worker's caseload ---

    private JComponent caseload() {
        RowTableModel<CaseloadRow> model = new RowTableModel<CaseloadRow>()
                .column("Person", r -> r.person().firstName() + " " + r.person().lastName() + " (" + r.person().reference() + ")")
                .column("Alerts to act on", CaseloadRow::openAlerts)
                .column("Follow-up due", r -> r.followUps().isEmpty() ? "" : r.followUps().stream()
                        .map(f -> UkDates.date(f.dueOn())).collect(Collectors.joining(", ")));
        JTable table = Tables.table("todayCaseload", "Your caseload", model, 400, 140, 200);
        JButton open = FormPanel.name(new JButton("Open their record"), "openTodayPerson", "Open the chosen person's record");
        loaders.add(() -> call("Loading your caseload…", () -> {
            List<AlertView> alerts = context.api().alerts();
            List<FollowUpDue> due = context.api().followUps();
            Map<String, Long> toActOn = alerts.stream().filter(a -> a.acknowledgedAt() == null)
                    .collect(Collectors.groupingBy(AlertView::participantReference, Collectors.counting()));
            return context.api().searchParticipants(null, null, null).stream().map(p -> new CaseloadRow(p, toActOn.getOrDefault(p.reference(), 0L),
                    due.stream().filter(f -> f.participantId().equals(p.id())).toList()))
                    .sorted(Comparator.comparing((CaseloadRow r) -> -(r.openAlerts() + r.followUps().size()))
                            .thenComparing(r -> r.person().lastName()))
                    .toList();
        }, rows -> show(table, model, rows, "Nobody on your caseload yet.", r -> r.person().id())));
        return section("Your caseload, who needs you first", table, model, open, r -> context.navigator().openParticipant(r.person().id()));
    }

    // --- a lead's decisions, waiting lists and alerts ---

    private JComponent decisions() {
        RowTableModel<ReferralSummary> model = new RowTableModel<ReferralSummary>()
                .column("Person", r -> r.participantName() + " (" + r.participantReference() + ")")
                .column("Programme", r -> context.programmeName(r.programme()))
                .column("Referred on", r -> UkDates.date(r.referredOn()))
                .column("Stage", r -> r.state().label());
        JTable table = Tables.table("todayDecisions", "Referrals waiting for a decision", model, 320, 200, 110, 120);
        JButton open = FormPanel.name(new JButton("Open the decision"), "openTodayDecision", "Open the chosen referral's eligibility and decision");
        loaders.add(() -> call("Loading referrals…", () -> context.api().referrals(null, EnrolmentState.REFERRED, EnrolmentState.ASSESSED),
                rows -> show(table, model, rows.stream().sorted(Comparator.comparing(ReferralSummary::referredOn)).toList(),
                        "No referral is waiting for a decision.", ReferralSummary::id)));
        return section("Referrals waiting for a decision, oldest first", table, model, open, r -> context.navigator().openEligibility(r.id()));
    }

    private JComponent waitingLists() {
        RowTableModel<CohortView> model = new RowTableModel<CohortView>()
                .column("Group", c -> RegisterScreen.cohortLabel(c))
                .column("Places", c -> c.enrolled() + " of " + c.capacity())
                .column("Waiting", CohortView::waiting);
        JTable table = Tables.table("todayWaiting", "Waiting lists", model, 540, 100, 80);
        JButton open = FormPanel.name(new JButton("Open the roster"), "openTodayRoster", "Open the chosen cohort's roster and waiting list");
        loaders.add(() -> call("Loading waiting lists…", () -> context.api().cohorts(null, "open"), rows -> show(table, model,
                rows.stream().filter(c -> c.waiting() > 0).toList(), "Nobody is waiting for a place.", CohortView::id)));
        return section("Waiting lists", table, model, open, c -> context.navigator().openRoster(c.id()));
    }

    private JComponent alerts() {
        RowTableModel<AlertView> model = new RowTableModel<AlertView>()
                .column("Raised", a -> UkDates.dateTime(a.raisedAt()))
                .column("Alert", a -> a.kind() == null ? "" : a.kind().label())
                .column("Person", AlertView::participantReference);
        JTable table = Tables.table("todayAlerts", "Alerts to act on", model, 150, 460, 110);
        JButton open = FormPanel.name(new JButton("Open the alerts"), "openTodayAlerts", "Open the alerts screen");
        loaders.add(() -> call("Loading alerts…", () -> context.api().alerts(), rows -> show(table, model, rows.stream()
                .filter(a -> a.acknowledgedAt() == null).sorted(Comparator.comparing(AlertView::raisedAt).reversed()).toList(),
                "No alert needs action.", AlertView::id)));
        return section("Alerts to act on, newest first", table, model, open, a -> context.navigator().openAlerts());
    }

    // --- an administrator's accounts and kiosks ---

    private JComponent accounts() {
        RowTableModel<StaffAccountView> model = new RowTableModel<StaffAccountView>()
                .column("Name", StaffAccountView::displayName)
                .column("Role", a -> a.role().label())
                .column("Can sign in", AccountsScreen::state);
        JTable table = Tables.table("todayAccounts", "Accounts that cannot sign in", model, 300, 160, 260);
        JButton open = FormPanel.name(new JButton("Open staff accounts"), "openTodayAccounts", "Open the staff accounts screen");
        loaders.add(() -> call("Loading accounts…", () -> context.api().accounts(), rows -> show(table, model,
                rows.stream().filter(a -> !AccountsScreen.canSignIn(a)).toList(), "Every account can sign in.", StaffAccountView::id)));
        return section("Accounts that cannot sign in (disabled or locked)", table, model, open, a -> context.navigator().openAccounts());
    }

    private JComponent kiosks() {
        RowTableModel<KioskView> model = new RowTableModel<KioskView>()
                .column("Kiosk", KioskView::label)
                .column("Venue", KioskView::venueName)
                .column("State", KiosksScreen::state);
        JTable table = Tables.table("todayKiosks", "Kiosks", model, 250, 300, 170);
        JButton open = FormPanel.name(new JButton("Open kiosks"), "openTodayKiosks", "Open the kiosks screen");
        loaders.add(() -> call("Loading kiosks…", () -> context.api().kiosks(), rows -> show(table, model,
                rows.stream().filter(k -> !k.status().equals("REVOKED")).toList(), "No kiosks yet.", KioskView::id)));
        return section("Kiosks in use or waiting for their code", table, model, open, k -> context.navigator().openKiosks());
    }

    // --- shared ---

    /** A titled list with its action: the button, a double click or Enter opens the chosen row (or the first). */
    private <T> JComponent section(String title, JTable table, RowTableModel<T> model, JButton open, Consumer<T> opener) {
        Runnable act = () -> {
            T row = Tables.selected(table, model);
            if (row == null && model.getRowCount() > 0) {
                row = model.row(0);
            }
            if (row != null) {
                opener.accept(row);
            }
        };
        open.addActionListener(e -> act.run());
        table.getInputMap(WHEN_ANCESTOR_OF_FOCUSED_COMPONENT).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, 0), "openRow");
        table.getActionMap().put("openRow", new AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                act.run();
            }
        });
        table.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getClickCount() == 2) {
                    act.run();
                }
            }
        });
        JLabel label = ReferralDetailPanel.heading(title);
        label.setLabelFor(table);
        JLabel empty = new JLabel(" ");
        empty.setName(table.getName() + "Empty");
        table.putClientProperty("emptyLabel", empty);
        JPanel panel = new JPanel(new BorderLayout(4, 4));
        panel.add(label, BorderLayout.NORTH);
        panel.add(Tables.scroll(table, VISIBLE_ROWS), BorderLayout.CENTER);
        JPanel foot = new JPanel(new BorderLayout(8, 0));
        foot.add(empty, BorderLayout.CENTER);
        foot.add(open, BorderLayout.EAST);
        panel.add(foot, BorderLayout.SOUTH);
        return panel;
    }

    /**
     * Shows the rows, keeping the row chosen before chosen by what it is ({@code key}), never by its place in the list:
     * a refresh that changes the order must not move the choice to someone else. Says in words when there are none.
     */
    private static <T> void show(JTable table, RowTableModel<T> model, List<T> rows, String none, Function<T, Object> key) {
        T chosen = Tables.selected(table, model);
        Object chosenKey = chosen == null ? null : key.apply(chosen);
        model.setRows(rows);
        for (int i = 0; chosenKey != null && i < rows.size(); i++) {
            if (chosenKey.equals(key.apply(rows.get(i)))) {
                table.setRowSelectionInterval(i, i);
            }
        }
        ((JLabel) table.getClientProperty("emptyLabel")).setText(rows.isEmpty() ? none : " ");
    }
}
