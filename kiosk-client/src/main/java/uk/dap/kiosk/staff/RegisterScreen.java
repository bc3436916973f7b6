package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.attendance.ChildMark;
import uk.dap.shared.api.attendance.RegisterEntry;
import uk.dap.shared.api.attendance.RegisterMark;
import uk.dap.shared.api.attendance.SessionRegister;
import uk.dap.shared.api.cohort.CohortView;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.api.cohort.SessionView;
import uk.dap.shared.text.UkDates;

/**
 * A session's register for its facilitators and programme lead: who signed in (the kiosk's time and the server's),
 * marking the rest, closing the register, and corrections with a reason once it is closed.
 */
class RegisterScreen extends StaffScreen {
    static final String NOT_MARKED = "Not marked";

    private final JComboBox<Choice<CohortView>> cohort = new JComboBox<>();
    private final JComboBox<Choice<SessionView>> session = new JComboBox<>();
    private final JLabel state = new JLabel(" ");
    private final JLabel counts = new JLabel(" ");
    /**
     * One line of the register: a person enrolled, or (DART) one of the children who came with her, on the line after
     * hers. A child's mark is the child's own and changes none of the mother's figures.
     */
    record Line(RegisterEntry entry, ChildMark child) {
        String name() {
            return child == null ? entry.firstName() + " " + entry.lastName() : child.firstName() + " (child of " + entry.firstName() + ")";
        }

        AttendanceStatus status() {
            return child == null ? entry.status() : child.status();
        }

        String key() {
            return entry.enrolmentId() + (child == null ? "" : "/" + child.childId());
        }
    }

    private final RowTableModel<Line> entries = new RowTableModel<Line>()
            .column("Name", Line::name)
            .column("Reference", l -> l.child() == null ? l.entry().reference() : "")
            .column("Status", l -> l.status() == null ? NOT_MARKED : l.status().label())
            .column("Kiosk time", l -> l.child() == null ? UkDates.dateTime(l.entry().kioskTime()) : "")
            .column("Server time", l -> l.child() == null ? UkDates.dateTime(l.entry().serverTime()) : "")
            .column("Marked by", l -> l.child() == null ? l.entry().markedBy() : "")
            .column("Remark", l -> l.child() == null ? l.entry().correctionReason() : "");
    private final JTable table = Tables.table("registerEntries", "Register", entries, 180, 80, 150, 145, 145, 160, 180);
    private final JComboBox<Choice<AttendanceStatus>> status = new JComboBox<>();
    private final JTextField reason = new JTextField(28);
    private final JButton mark = new JButton("Mark selected");
    private final JButton close = new JButton("Close register");
    private final JButton cohortRegister = new JButton("Cohort register");
    private final JButton printBlank = new JButton("Print a blank register…");
    private SessionRegister shown;
    private boolean filling;

    RegisterScreen(StaffContext context) {
        super(context, "registerScreen", "Session register");
        for (AttendanceStatus s : AttendanceStatus.values()) {
            status.addItem(new Choice<>(s, s.label()));
        }

        FormPanel choose = new FormPanel();
        choose.stacked("Cohort", "registerCohort", cohort, cohort, KeyEvent.VK_C);
        JButton refresh = FormPanel.name(new JButton("Refresh"), "refreshRegister", "Refresh the register");
        refresh.setMnemonic(KeyEvent.VK_R);
        refresh.addActionListener(e -> loadRegister());
        JPanel sessionRow = new JPanel(new BorderLayout(6, 0));
        sessionRow.add(session, BorderLayout.CENTER);
        sessionRow.add(refresh, BorderLayout.EAST);
        choose.field("Session", "registerSession", session, sessionRow, KeyEvent.VK_S);
        state.setName("registerState");
        state.setFont(state.getFont().deriveFont(Font.BOLD));
        state.setOpaque(true);
        state.setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        choose.wide(state);
        counts.setName("registerCounts");
        choose.wide(counts);

        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.setDefaultRenderer(Object.class, new javax.swing.table.DefaultTableCellRenderer() {
            @Override
            public java.awt.Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused,
                                                                    int row, int column) {
                super.getTableCellRendererComponent(t, value, selected, focused, row, column);
                // A long name or reason is cut short in its column: the tooltip shows it whole.
                String text = value == null ? "" : value.toString();
                setToolTipText(text.isEmpty() ? null : text);
                return this;
            }
        });
        JLabel tableLabel = ReferralDetailPanel.heading("People on the register");
        tableLabel.setLabelFor(table);
        tableLabel.setDisplayedMnemonic(KeyEvent.VK_P);
        JPanel list = new JPanel(new BorderLayout(4, 4));
        list.add(tableLabel, BorderLayout.NORTH);
        list.add(new JScrollPane(table), BorderLayout.CENTER);

        FormPanel actions = new FormPanel();
        actions.heading("Mark the selected people");
        FormPanel.name(mark, "markSelected", "Mark the selected people");
        mark.setMnemonic(KeyEvent.VK_M);
        JPanel statusRow = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 0, 0));
        statusRow.add(status);
        statusRow.add(javax.swing.Box.createHorizontalStrut(8));
        statusRow.add(mark);
        actions.field("Status", "registerStatus", status, statusRow, KeyEvent.VK_T);
        actions.field("Remark", "correctionReason", reason, KeyEvent.VK_A);
        actions.wide(new JLabel("<html>Select several people with Ctrl+click or Shift+click. Once the register is closed, "
                + "a change is a correction and needs a remark saying why. A remark stays on the person's row.</html>"));
        FormPanel.name(close, "closeRegister", "Close the register");
        close.setMnemonic(KeyEvent.VK_L);
        FormPanel.name(cohortRegister, "openCohortRegister", "Open the cohort register");
        cohortRegister.setMnemonic(KeyEvent.VK_O);
        JPanel buttons = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEFT, 0, 0));
        buttons.add(close);
        buttons.add(javax.swing.Box.createHorizontalStrut(12));
        buttons.add(cohortRegister);
        FormPanel.name(printBlank, "printBlankRegister", "Print a blank register for this session, for when the kiosk is down");
        printBlank.setMnemonic(KeyEvent.VK_B);
        printBlank.setToolTipText("A PDF to print: first names and initials, as on the kiosk, with a box to tick, the time and a remark");
        buttons.add(javax.swing.Box.createHorizontalStrut(12));
        buttons.add(printBlank);
        actions.wide(buttons);

        JPanel body = new JPanel(new BorderLayout(8, 8));
        body.add(choose, BorderLayout.NORTH);
        body.add(list, BorderLayout.CENTER);
        body.add(actions, BorderLayout.SOUTH);
        content(body);

        cohort.addActionListener(e -> {
            if (!filling) {
                fillSessions();
            }
        });
        session.addActionListener(e -> {
            if (!filling) {
                loadRegister();
            }
        });
        mark.addActionListener(e -> markSelected());
        close.addActionListener(e -> closeRegister());
        printBlank.addActionListener(e -> {
            SessionView s = selectedSession();
            if (s != null) {
                call("Making the register to print…", () -> context.api().blankRegister(s.id()),
                        pdf -> ProgressReportDialog.save(this, pdf, "register.pdf", "blank register (PDF)"));
            }
        });
        cohortRegister.addActionListener(e -> {
            CohortView c = selectedCohort();
            if (c != null) {
                context.navigator().openCohortRegister(c.id());
            }
        });
        showState(null);
    }

    /** A cohort and session asked for from another screen, chosen once the cohorts are loaded (-1: none). */
    private long pendingCohort = -1;
    private long pendingSession = -1;

    @Override
    void shown() {
        if (cohort.getItemCount() == 0 && !busy()) {
            loadCohorts();
        }
    }

    /** Opens the register of one session, from another screen (Today). */
    void open(long cohortId, long sessionId) {
        pendingCohort = cohortId;
        pendingSession = sessionId;
        if (!busy()) {
            loadCohorts();
        }
    }

    /**
     * The caller's cohorts, opening on the one asked for from another screen, else on one that meets today, else the
     * first; and on its session today (or the one asked for).
     */
    private void loadCohorts() {
        call("Loading your cohorts…", () -> context.api().cohorts(null), (List<CohortView> rows) -> {
            filling = true;
            cohort.removeAllItems();
            LocalDate today = LocalDate.now(UkDates.UK);
            int choice = -1;
            for (int i = 0; i < rows.size(); i++) {
                CohortView c = rows.get(i);
                cohort.addItem(new Choice<>(c, cohortLabel(c)));
                if (c.id() == pendingCohort || choice < 0 && pendingCohort < 0 && c.sessions().stream()
                        .anyMatch(s -> today.equals(s.date()) && s.status() != SessionStatus.CANCELLED)) {
                    choice = i;
                }
            }
            if (choice >= 0) {
                cohort.setSelectedIndex(choice);
            }
            pendingCohort = -1;
            filling = false;
            if (rows.isEmpty()) {
                state.setText("You have no cohorts yet.");
            } else {
                fillSessions();
            }
        });
    }

    static String cohortLabel(CohortView c) {
        return c.programmeName() + ", from " + UkDates.date(c.startDate()) + ", " + c.venueName()
                + (c.room() == null || c.room().isBlank() ? "" : ", " + c.room());
    }

    static String sessionLabel(SessionView s) {
        return "Week " + s.number() + ", " + UkDates.date(s.date())
                + (s.startTime() == null ? "" : " at " + CohortsScreen.TIME.format(s.startTime()))
                + (s.status() == SessionStatus.CANCELLED ? " (cancelled)" : "");
    }

    @SuppressWarnings("unchecked")
    private CohortView selectedCohort() {
        Choice<CohortView> c = (Choice<CohortView>) cohort.getSelectedItem();
        return c == null ? null : c.value();
    }

    @SuppressWarnings("unchecked")
    private SessionView selectedSession() {
        Choice<SessionView> s = (Choice<SessionView>) session.getSelectedItem();
        return s == null ? null : s.value();
    }

    /** The cohort's sessions, with today's chosen, or else the latest that has been held. */
    private void fillSessions() {
        CohortView c = selectedCohort();
        filling = true;
        session.removeAllItems();
        List<SessionView> list = c == null || c.sessions() == null ? List.of() : c.sessions();
        LocalDate today = LocalDate.now(UkDates.UK);
        int choice = -1;
        for (int i = 0; i < list.size(); i++) {
            SessionView s = list.get(i);
            session.addItem(new Choice<>(s, sessionLabel(s)));
            if (s.status() != SessionStatus.CANCELLED && s.date() != null && !s.date().isAfter(today)) {
                // Sessions arrive by date: the last held on or before today wins, and today's is the latest of those.
                choice = i;
            }
        }
        for (int i = 0; pendingSession >= 0 && i < list.size(); i++) {
            if (list.get(i).id() == pendingSession) {
                choice = i;
            }
        }
        pendingSession = -1;
        if (choice < 0 && !list.isEmpty()) {
            choice = 0;
        }
        if (choice >= 0) {
            session.setSelectedIndex(choice);
        }
        filling = false;
        loadRegister();
    }

    private void loadRegister() {
        SessionView s = selectedSession();
        if (s == null) {
            show(null);
            return;
        }
        if (s.status() == SessionStatus.CANCELLED) {
            show(null);
            showState(s);
            return;
        }
        long id = s.id();
        call("Loading the register…", () -> context.api().sessionRegister(id), this::show);
    }

    private void show(SessionRegister register) {
        shown = register;
        List<RegisterEntry> rows = register == null || register.entries() == null ? List.of() : register.entries();
        List<Line> lines = new ArrayList<>();
        for (RegisterEntry e : rows) {
            lines.add(new Line(e, null));
            (e.children() == null ? List.<ChildMark>of() : e.children()).forEach(c -> lines.add(new Line(e, c)));
        }
        entries.setRows(lines);
        if (register != null) {
            long unmarked = rows.stream().filter(e -> e.status() == null).count();
            long attended = rows.stream().filter(e -> e.status() != null && e.status().attended()).count();
            long children = lines.size() - rows.size();
            counts.setText(rows.size() + (rows.size() == 1 ? " person" : " people") + " on the register: " + attended
                    + " attended, " + unmarked + " not marked."
                    + (children == 0 ? "" : " With them " + children + (children == 1 ? " child" : " children") + ", "
                    + lines.stream().filter(l -> l.child() != null && l.status() != null && l.status().attended()).count() + " came."));
        } else {
            counts.setText(" ");
        }
        showState(selectedSession());
    }

    /** Says plainly whether the register is open, closed (by whom, when), cancelled or not yet held. */
    private void showState(SessionView s) {
        LocalDate today = LocalDate.now(UkDates.UK);
        boolean open = false;
        boolean closed = false;
        String text;
        Color background;
        if (s == null) {
            text = "Choose a cohort and a session.";
            background = new Color(0xEEF2F7);
        } else if (s.status() == SessionStatus.CANCELLED) {
            text = "Cancelled: this session has no register" + (s.note() == null || s.note().isBlank() ? "." : " (" + s.note() + ").");
            background = new Color(0xEEEEEE);
        } else if (s.date() != null && s.date().isAfter(today)) {
            text = "Not yet held: the register opens on " + UkDates.date(s.date()) + ".";
            background = new Color(0xEEEEEE);
        } else if (shown != null && shown.closed()) {
            text = "Closed by " + shown.closedBy() + " on " + UkDates.dateTime(shown.closedAt())
                    + ". A change now is a correction and needs a reason.";
            background = new Color(0xE6F4EA);
            closed = true;
        } else if (shown != null) {
            text = "Open: mark everyone, then close the register.";
            background = new Color(0xFFF4D6);
            open = true;
        } else {
            text = " ";
            background = new Color(0xEEF2F7);
        }
        state.setText(text);
        state.setBackground(background);
        state.getAccessibleContext().setAccessibleName(text);
        mark.setEnabled(open || closed);
        status.setEnabled(open || closed);
        close.setEnabled(open);
        reason.setEnabled(open || closed);
        cohortRegister.setEnabled(selectedCohort() != null);
        printBlank.setEnabled(s != null && s.status() != SessionStatus.CANCELLED);
    }

    @SuppressWarnings("unchecked")
    private void markSelected() {
        SessionRegister register = shown;
        if (register == null) {
            problem("Choose a session that has been held.");
            return;
        }
        List<Line> chosen = new ArrayList<>();
        for (int view : table.getSelectedRows()) {
            chosen.add(entries.row(table.convertRowIndexToModel(view)));
        }
        if (chosen.isEmpty()) {
            problem("Select the people to mark in the register.");
            table.requestFocusInWindow();
            return;
        }
        AttendanceStatus newStatus = ((Choice<AttendanceStatus>) status.getSelectedItem()).value();
        String why = reason.getText().isBlank() ? null : reason.getText().trim();
        if (register.closed() && why == null) {
            problem("The register is closed: give the reason for the correction.");
            reason.requestFocusInWindow();
            return;
        }
        long sessionId = register.sessionId();
        boolean correction = register.closed();
        String who = chosen.size() == 1 ? chosen.get(0).name() : chosen.size() + " people";
        mark.setEnabled(false);
        boolean[] failed = {true};
        call("Marking " + who + "…", () -> {
            SessionRegister latest = register;
            for (Line l : chosen) {
                // A child's mark keeps no remark; a correction's reason is audited with it.
                RegisterMark given = new RegisterMark(newStatus, l.child() == null || correction ? why : null);
                latest = l.child() == null ? context.api().mark(sessionId, l.entry().enrolmentId(), given)
                        : context.api().markChild(sessionId, l.entry().enrolmentId(), l.child().childId(), given);
            }
            return latest;
        }, result -> {
            failed[0] = false;
            show(result);
            reselect(chosen);
            reason.setText("");
            ok((correction ? "Corrected: " : "Marked: ") + who + ", " + newStatus.label().toLowerCase(java.util.Locale.UK) + ".");
        }, () -> {
            mark.setEnabled(true);
            // Some may have been marked before a refusal: then show the register as the server has it.
            javax.swing.SwingUtilities.invokeLater(() -> {
                if (failed[0]) {
                    reloadQuietly();
                }
            });
        });
    }

    /** Reloads the register without touching the banner, so that a refusal stays in view. */
    private void reloadQuietly() {
        SessionView s = selectedSession();
        if (s == null || s.status() == SessionStatus.CANCELLED) {
            return;
        }
        long id = s.id();
        new javax.swing.SwingWorker<SessionRegister, Void>() {
            @Override
            protected SessionRegister doInBackground() {
                return context.api().sessionRegister(id);
            }

            @Override
            protected void done() {
                try {
                    show(get());
                } catch (Exception ignored) {
                    // The banner already says what went wrong.
                }
            }
        }.execute();
    }

    private void reselect(List<Line> chosen) {
        table.clearSelection();
        for (int i = 0; i < entries.getRowCount(); i++) {
            String key = entries.row(i).key();
            if (chosen.stream().anyMatch(l -> l.key().equals(key))) {
                int view = table.convertRowIndexToView(i);
                table.addRowSelectionInterval(view, view);
            }
        }
    }

    private void closeRegister() {
        SessionRegister register = shown;
        if (register == null || register.closed()) {
            return;
        }
        long unmarked = register.entries() == null ? 0 : register.entries().stream().filter(e -> e.status() == null).count();
        String[] options = {"Close the register", "Keep it open"};
        int answer = JOptionPane.showOptionDialog(this, "<html>Anyone not marked will be marked absent"
                        + (unmarked == 0 ? "." : " (" + unmarked + (unmarked == 1 ? " person" : " people") + " now).")
                        + "<br>After closing, a change is a correction and needs a reason.</html>",
                "Close the register?", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null, options, options[1]);
        if (answer != 0) {
            return;
        }
        close.setEnabled(false);
        call("Closing the register…", () -> context.api().closeRegister(register.sessionId()), result -> {
            show(result);
            ok("Register closed." + (unmarked == 0 ? "" : " " + unmarked + (unmarked == 1 ? " person was" : " people were")
                    + " marked absent."));
        }, () -> close.setEnabled(shown != null && !shown.closed()));
    }
}
