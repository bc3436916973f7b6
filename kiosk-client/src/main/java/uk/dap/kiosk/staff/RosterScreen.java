package uk.dap.kiosk.staff;

import static uk.dap.kiosk.ui.Html.escape;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JOptionPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.api.cohort.CohortRoster;
import uk.dap.shared.api.cohort.CohortView;
import uk.dap.shared.api.cohort.RosterEntry;
import uk.dap.shared.api.cohort.WaitingEntry;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.UkDates;

/** Who is enrolled in a cohort and who waits, in order; a lead places an eligible referral into it. */
class RosterScreen extends StaffScreen {
    private final JComboBox<Choice<String>> programme = new JComboBox<>();
    private final JComboBox<Choice<CohortView>> cohort = new JComboBox<>();
    private final JLabel places = new JLabel(" ");
    private final RowTableModel<RosterEntry> enrolled = new RowTableModel<RosterEntry>()
            .column("Reference", RosterEntry::reference)
            .column("Name", e -> e.firstName() + " " + e.lastName())
            .column("Enrolled on", e -> UkDates.dateTime(e.enrolledAt()));
    private final JTable enrolledTable = Tables.table("rosterEnrolled", "Enrolled", enrolled, 100, 200, 160);
    private final RowTableModel<WaitingEntry> waiting = new RowTableModel<WaitingEntry>()
            .column("Position", WaitingEntry::position)
            .column("Reference", WaitingEntry::reference)
            .column("Name", e -> e.firstName() + " " + e.lastName())
            .column("Referred on", e -> UkDates.date(e.referredOn()))
            .column("Offered a place", e -> e.offered() ? "Yes" : "No");
    private final JTable waitingTable = Tables.table("rosterWaiting", "Waiting list", waiting, 70, 100, 180, 110, 110);
    private final JComboBox<Choice<ReferralSummary>> eligible = new JComboBox<>();
    private final JButton place = new JButton("Place in this cohort");
    private final JButton undo = new JButton("Undo placement");
    private final JComboBox<Choice<CohortView>> moveTo = new JComboBox<>();
    private final JTextField moveReason = new JTextField(30);
    private final JButton move = new JButton("Move to that cohort");
    private List<CohortView> programmeCohorts = List.of();
    private boolean filling;
    private long pendingCohort = -1;
    /** The enrolment to select in a table once the roster has been loaded again (the person just placed). */
    private Long selectAfterLoad;

    RosterScreen(StaffContext context) {
        super(context, "rosterScreen", "Cohort roster and waiting list");
        for (ProgrammeView p : context.programmes()) {
            programme.addItem(new Choice<>(p.code(), p.name()));
        }
        FormPanel choose = new FormPanel();
        choose.field("Programme", "rosterProgramme", programme, KeyEvent.VK_P);
        choose.field("Cohort", "rosterCohort", cohort, KeyEvent.VK_C);
        places.setName("rosterPlaces");
        places.setFont(places.getFont().deriveFont(Font.BOLD));
        choose.wide(places);

        JPanel top = new JPanel(new BorderLayout(8, 8));
        top.add(choose, BorderLayout.NORTH);
        if (context.is(Role.PROGRAMME_LEAD)) {
            FormPanel placement = new FormPanel();
            placement.heading("Place someone in this cohort");
            FormPanel.name(place, "placeReferral", "Place in this cohort");
            place.setMnemonic(KeyEvent.VK_L);
            placement.stacked("Accepted referral", "rosterEligible", eligible, withButton(eligible, place), KeyEvent.VK_A);
            placement.wide(new JLabel("<html>When the cohort is full they join the waiting list, in referral order. A placement made"
                    + " in error can be undone until their group meets: choose them in a table below.</html>"));
            FormPanel.name(undo, "undoPlacement", "Undo the placement of the person chosen in the enrolled or waiting table");
            undo.setMnemonic(KeyEvent.VK_U);
            undo.setEnabled(false);
            JPanel undoRow = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
            undoRow.add(undo);
            placement.wide(undoRow);
            top.add(placement, BorderLayout.CENTER);
            place.addActionListener(e -> place());
            undo.addActionListener(e -> undoPlacement());
            enrolledTable.getSelectionModel().addListSelectionListener(e -> chosenInTable(enrolledTable, waitingTable));
            waitingTable.getSelectionModel().addListSelectionListener(e -> chosenInTable(waitingTable, enrolledTable));
        }

        JPanel tables = new JPanel(new GridLayout(1, 2, 12, 0));
        tables.add(titled("Enrolled", enrolledTable));
        tables.add(titled("Waiting list, in order", waitingTable));
        JPanel body = new JPanel(new BorderLayout(8, 8));
        body.add(top, BorderLayout.NORTH);
        body.add(tables, BorderLayout.CENTER);
        if (context.is(Role.PROGRAMME_LEAD)) {
            body.add(moveForm(), BorderLayout.SOUTH);
        }
        content(body);

        programme.addActionListener(e -> {
            if (!filling) {
                loadCohorts(-1);
            }
        });
        cohort.addActionListener(e -> {
            if (!filling) {
                loadRoster();
            }
        });
    }

    /** Moving the person chosen in the enrolled table to another cohort of the programme, with a reason. */
    private FormPanel moveForm() {
        FormPanel form = new FormPanel();
        form.heading("Move someone enrolled to another cohort");
        form.wide(new JLabel("<html>Choose them in the enrolled table. They join the other cohort from today; the sessions they have"
                + " attended so far still count. Their key worker is told, and their place here goes to the waiting list.</html>"));
        form.field("To the cohort", "moveToCohort", moveTo, KeyEvent.VK_T);
        FormPanel.name(move, "moveEnrolled", "Move the chosen person to that cohort");
        move.setMnemonic(KeyEvent.VK_M);
        form.field("Why they are moving", "moveReason", moveReason, withButton(moveReason, move), KeyEvent.VK_W);
        move.addActionListener(e -> move());
        return form;
    }

    /** A field with the button that acts on it at its end. */
    private static JPanel withButton(JComponent field, JButton button) {
        JPanel row = new JPanel(new BorderLayout(6, 0));
        row.add(field, BorderLayout.CENTER);
        row.add(button, BorderLayout.EAST);
        return row;
    }

    private static JPanel titled(String title, JTable table) {
        JPanel panel = new JPanel(new BorderLayout(4, 4));
        JLabel label = ReferralDetailPanel.heading(title);
        label.setLabelFor(table);
        panel.add(label, BorderLayout.NORTH);
        panel.add(new javax.swing.JScrollPane(table), BorderLayout.CENTER);
        return panel;
    }

    @Override
    void shown() {
        if (cohort.getItemCount() == 0 && !busy()) {
            loadCohorts(pendingCohort);
        }
    }

    /** Opens the roster of one cohort, from another screen. */
    void show(long cohortId) {
        call("Opening the cohort…", () -> context.api().cohort(cohortId), c -> {
            filling = true;
            for (int i = 0; i < programme.getItemCount(); i++) {
                if (programme.getItemAt(i).value().equals(c.programme())) {
                    programme.setSelectedIndex(i);
                }
            }
            filling = false;
            loadCohorts(cohortId);
        });
    }

    @SuppressWarnings("unchecked")
    private void loadCohorts(long select) {
        Choice<String> p = (Choice<String>) programme.getSelectedItem();
        if (p == null) {
            return;
        }
        call("Loading cohorts…", () -> context.api().cohorts(p.value()), (List<CohortView> rows) -> {
            programmeCohorts = rows;
            filling = true;
            cohort.removeAllItems();
            for (CohortView c : rows) {
                Choice<CohortView> choice = new Choice<>(c, "Starts " + UkDates.date(c.startDate()) + " at " + venueAndRoom(c));
                cohort.addItem(choice);
                if (c.id() == select) {
                    cohort.setSelectedItem(choice);
                }
            }
            filling = false;
            if (rows.isEmpty()) {
                places.setText("No cohorts for this programme yet.");
                enrolled.setRows(List.of());
                waiting.setRows(List.of());
            } else {
                loadRoster();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private CohortView selectedCohort() {
        Choice<CohortView> c = (Choice<CohortView>) cohort.getSelectedItem();
        return c == null ? null : c.value();
    }

    private void loadRoster() {
        CohortView c = selectedCohort();
        if (c == null) {
            return;
        }
        boolean lead = context.is(Role.PROGRAMME_LEAD);
        call("Loading the roster…", () -> new Object[] {context.api().roster(c.id()),
                        lead ? context.api().referrals(c.programme(), EnrolmentState.ELIGIBLE) : List.of()},
                (Object[] answer) -> {
                    showRoster((CohortRoster) answer[0]);
                    fillMoveTo(c);
                    @SuppressWarnings("unchecked") List<ReferralSummary> referrals = (List<ReferralSummary>) answer[1];
                    // The person chosen stays chosen while the list is filled again (another cohort chosen, a refresh):
                    // it once jumped to the first entry, and the lead placed someone else.
                    Long chosenBefore = chosenReferral() == null ? null : chosenReferral().enrolmentId();
                    eligible.removeAllItems();
                    for (ReferralSummary r : referrals) {
                        // The server answered only this programme's accepted referrals.
                        if (r.enrolmentId() != null) {
                            Choice<ReferralSummary> choice = new Choice<>(r, r.participantName() + " (" + r.participantReference()
                                    + "), referred " + UkDates.date(r.referredOn()));
                            eligible.addItem(choice);
                            if (r.enrolmentId().equals(chosenBefore)) {
                                eligible.setSelectedItem(choice);
                            }
                        }
                    }
                    place.setEnabled(eligible.getItemCount() > 0);
                });
    }

    /** The other cohorts of the programme, as places to move someone to. */
    private void fillMoveTo(CohortView current) {
        moveTo.removeAllItems();
        for (CohortView other : programmeCohorts) {
            if (!other.id().equals(current.id())) {
                moveTo.addItem(new Choice<>(other, "The cohort " + describe(other)));
            }
        }
        move.setEnabled(moveTo.getItemCount() > 0);
    }

    /** "starting 8 Dec 2026 at Hall, Room 1 (Tuesdays at 10:00)": enough to tell two cohorts of a programme apart. */
    private static String describe(CohortView c) {
        return "starting " + UkDates.date(c.startDate()) + " at " + venueAndRoom(c) + " (" + c.weekday() + "s at " + c.startTime() + ")";
    }

    /** The venue, and the room when there is one. */
    private static String venueAndRoom(CohortView c) {
        return c.venueName() + (c.room() == null || c.room().isBlank() ? "" : ", " + c.room());
    }

    private void showRoster(CohortRoster roster) {
        enrolled.setRows(roster.enrolled());
        waiting.setRows(roster.waiting());
        if (selectAfterLoad != null) {
            select(enrolledTable, enrolled.rows().stream().map(RosterEntry::enrolmentId).toList().indexOf(selectAfterLoad));
            select(waitingTable, waiting.rows().stream().map(WaitingEntry::enrolmentId).toList().indexOf(selectAfterLoad));
            selectAfterLoad = null;
        }
        undo.setEnabled(chosenPlacement() != null);
        int taken = roster.enrolled() == null ? 0 : roster.enrolled().size();
        int queue = roster.waiting() == null ? 0 : roster.waiting().size();
        places.setText(taken + " of " + roster.capacity() + " places taken; " + (queue == 0 ? "nobody waiting."
                : queue == 1 ? "1 person waiting." : queue + " people waiting."));
    }

    @SuppressWarnings("unchecked")
    private void place() {
        CohortView c = selectedCohort();
        Choice<ReferralSummary> chosen = (Choice<ReferralSummary>) eligible.getSelectedItem();
        if (c == null || chosen == null) {
            problem("Choose the cohort and the accepted referral to place.");
            return;
        }
        ReferralSummary r = chosen.value();
        String name = r.participantName() + " (" + r.participantReference() + ")";
        String[] options = {"Place them", "Do not place them"};
        int answer = JOptionPane.showOptionDialog(this, "<html>Place <b>" + escape(name) + "</b><br>in the " + escape(c.programmeName())
                        + " cohort " + escape(describe(c)) + "?<br>If it has no free place, they join its waiting list.</html>",
                "Place " + name + "?", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null, options, options[1]);
        if (answer != 0) {
            return;
        }
        place.setEnabled(false);
        call("Placing " + name + "…", () -> context.api().place(r.enrolmentId(), c.id()), result -> {
            selectAfterLoad = r.enrolmentId();
            loadRoster();
            ok((result.state() == EnrolmentState.WAITING
                    ? name + " is on the waiting list of the cohort " + describe(c) + ", position " + result.waitingPosition() + "."
                    : name + " is enrolled in the cohort " + describe(c) + ".") + " If that was a mistake, press Undo placement.");
        }, () -> place.setEnabled(true));
    }

    /** The referral chosen to place, or null. */
    @SuppressWarnings("unchecked")
    private ReferralSummary chosenReferral() {
        Choice<ReferralSummary> chosen = (Choice<ReferralSummary>) eligible.getSelectedItem();
        return chosen == null ? null : chosen.value();
    }

    /** Someone placed in this cohort, enrolled or waiting, as chosen in one of the two tables. */
    private record Placed(Long enrolmentId, String name, boolean waiting) {
    }

    private Placed chosenPlacement() {
        RosterEntry in = Tables.selected(enrolledTable, enrolled);
        if (in != null) {
            return new Placed(in.enrolmentId(), in.firstName() + " " + in.lastName() + " (" + in.reference() + ")", false);
        }
        WaitingEntry queued = Tables.selected(waitingTable, waiting);
        return queued == null ? null
                : new Placed(queued.enrolmentId(), queued.firstName() + " " + queued.lastName() + " (" + queued.reference() + ")", true);
    }

    /** One person at a time is chosen: choosing in one table clears the other. */
    private void chosenInTable(JTable chosen, JTable other) {
        if (chosen.getSelectedRow() >= 0) {
            other.clearSelection();
        }
        undo.setEnabled(chosenPlacement() != null);
    }

    private static void select(JTable table, int row) {
        if (row >= 0) {
            table.setRowSelectionInterval(row, row);
            table.scrollRectToVisible(table.getCellRect(row, 0, true));
        }
    }

    /** Names the person and the cohort before anything changes, as for a placement. */
    private void undoPlacement() {
        CohortView c = selectedCohort();
        Placed who = chosenPlacement();
        if (c == null || who == null) {
            problem("Choose the person in the enrolled table or on the waiting list.");
            return;
        }
        String[] options = {"Undo the placement", "Keep them placed"};
        int answer = JOptionPane.showOptionDialog(this, "<html>Take <b>" + escape(who.name()) + "</b><br>"
                        + (who.waiting() ? "off the waiting list of" : "out of") + " the cohort " + escape(describe(c)) + "?<br>"
                        + "They stay accepted for the programme, waiting to be placed.</html>",
                "Undo the placement of " + who.name() + "?", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null, options, options[1]);
        if (answer != 0) {
            return;
        }
        undo.setEnabled(false);
        call("Undoing the placement of " + who.name() + "…", () -> context.api().undoPlacement(who.enrolmentId()), result -> {
            loadRoster();
            ok("The placement of " + who.name() + " is undone: they are waiting to be placed again.");
        }, () -> undo.setEnabled(chosenPlacement() != null));
    }

    /** Names the person and both cohorts before anything changes: the table may have been reloaded since they were chosen. */
    @SuppressWarnings("unchecked")
    private void move() {
        CohortView from = selectedCohort();
        RosterEntry who = Tables.selected(enrolledTable, enrolled);
        Choice<CohortView> to = (Choice<CohortView>) moveTo.getSelectedItem();
        if (from == null || who == null || to == null) {
            problem("Choose the person in the enrolled table and the cohort to move them to.");
            return;
        }
        if (moveReason.getText().isBlank()) {
            problem("Say why they are moving: it stays on their record.");
            moveReason.requestFocusInWindow();
            return;
        }
        String name = who.firstName() + " " + who.lastName() + " (" + who.reference() + ")";
        String[] options = {"Move them", "Keep them here"};
        int answer = JOptionPane.showOptionDialog(this, "<html>Move <b>" + escape(name) + "</b><br>from the cohort "
                        + escape(describe(from)) + "<br>to the cohort " + escape(describe(to.value()))
                        + ", from today?<br>The sessions they attended so far still count.</html>",
                "Move " + name + "?", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null, options, options[1]);
        if (answer != 0) {
            return;
        }
        String reason = moveReason.getText().trim();
        move.setEnabled(false);
        call("Moving " + name + "…", () -> context.api().transfer(who.enrolmentId(), to.value().id(), reason), result -> {
            moveReason.setText("");
            loadRoster();
            ok(name + " moved to the cohort " + describe(to.value()) + ". Their key worker has been told.");
        }, () -> move.setEnabled(moveTo.getItemCount() > 0));
    }
}
