package uk.dap.kiosk.staff;

import static uk.dap.kiosk.ui.Html.escape;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.DateField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.shared.api.NewVenue;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.api.cohort.ClosureDate;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.UkDates;

/**
 * Where groups meet and the days none does (issue 19: both were left to the API). An administrator adds venues; an
 * administrator or a lead adds and removes closure dates, which new schedules skip. Existing schedules are not moved by
 * a new closure date: the screen says so, since the sessions concerned must be moved or cancelled on their cohorts.
 */
class VenuesScreen extends StaffScreen {
    private final RowTableModel<VenueView> venues = new RowTableModel<VenueView>().column("Venue", VenueView::name);
    private final JTable venueTable = Tables.table("venues", "Venues", venues, 300);
    private final RowTableModel<ClosureDate> closures = new RowTableModel<ClosureDate>()
            .column("Date", c -> UkDates.date(c.date()))
            .column("Why no group meets", ClosureDate::description);
    private final JTable closureTable = Tables.table("closureDates", "Closure dates", closures, 120, 300);
    private final JTextField venueName = new JTextField(24);
    private final DateField closureDay = new DateField();
    private final JTextField closureWhy = new JTextField(24);
    private final JButton removeClosure = new JButton("Remove the chosen date");

    VenuesScreen(StaffContext context) {
        super(context, "venuesScreen", "Venues and closure dates");
        boolean admin = context.is(Role.ADMIN);

        JPanel venuePanel = new JPanel(new BorderLayout(4, 4));
        JLabel venueLabel = ReferralDetailPanel.heading("Venues");
        venueLabel.setLabelFor(venueTable);
        venuePanel.add(venueLabel, BorderLayout.NORTH);
        venuePanel.add(new JScrollPane(venueTable), BorderLayout.CENTER);
        if (admin) {
            FormPanel addVenue = new FormPanel();
            addVenue.field("New venue's name", "newVenueName", venueName, KeyEvent.VK_N);
            JButton add = FormPanel.name(new JButton("Add the venue"), "addVenue", "Add the venue");
            add.setMnemonic(KeyEvent.VK_V);
            add.addActionListener(e -> addVenue());
            addVenue.wide(ReferralDetailPanel.flow(add));
            venuePanel.add(addVenue, BorderLayout.SOUTH);
        } else {
            venuePanel.add(new JLabel("An administrator adds venues."), BorderLayout.SOUTH);
        }

        JPanel closurePanel = new JPanel(new BorderLayout(4, 4));
        JLabel closureLabel = ReferralDetailPanel.heading("Closure dates: no group meets");
        closureLabel.setLabelFor(closureTable);
        closurePanel.add(closureLabel, BorderLayout.NORTH);
        // Under the table it acts on, on a line of its own: beside "Add the date" it ran off a half-width panel.
        JPanel closureList = new JPanel(new BorderLayout(4, 4));
        closureList.add(new JScrollPane(closureTable), BorderLayout.CENTER);
        closureList.add(ReferralDetailPanel.flow(removeClosure), BorderLayout.SOUTH);
        closurePanel.add(closureList, BorderLayout.CENTER);
        FormPanel addClosure = new FormPanel();
        addClosure.field("Date", "newClosureDate", closureDay, KeyEvent.VK_D);
        addClosure.field("Why (e.g. Christmas Day)", "newClosureWhy", closureWhy, KeyEvent.VK_W);
        JButton add = FormPanel.name(new JButton("Add the date"), "addClosureDate", "Add the closure date");
        add.setMnemonic(KeyEvent.VK_A);
        add.addActionListener(e -> addClosure());
        FormPanel.name(removeClosure, "removeClosureDate", "Remove the chosen closure date");
        removeClosure.setMnemonic(KeyEvent.VK_M);
        removeClosure.addActionListener(e -> removeClosure());
        addClosure.wide(ReferralDetailPanel.flow(add));
        addClosure.wide(new JLabel("<html>New schedules skip these days. A schedule made before a date was added keeps its"
                + " session on that day: move or cancel it on the cohort.</html>"));
        closurePanel.add(addClosure, BorderLayout.SOUTH);

        JPanel body = new JPanel(new GridLayout(1, 2, 16, 0));
        body.add(venuePanel);
        body.add(closurePanel);
        content(body);
        closureTable.getSelectionModel().addListSelectionListener(e -> removeClosure.setEnabled(Tables.selected(closureTable, closures) != null));
        removeClosure.setEnabled(false);
    }

    @Override
    void shown() {
        if (!busy()) {
            load(null);
        }
    }

    private void load(String done) {
        call("Loading venues and closure dates…", () -> new Object[] {context.api().venues(), context.api().closureDates()}, (Object[] answer) -> {
            @SuppressWarnings("unchecked") List<VenueView> v = new ArrayList<>((List<VenueView>) answer[0]);
            @SuppressWarnings("unchecked") List<ClosureDate> c = new ArrayList<>((List<ClosureDate>) answer[1]);
            v.sort(Comparator.comparing(VenueView::name, String.CASE_INSENSITIVE_ORDER));
            c.sort(Comparator.comparing(ClosureDate::date));
            venues.setRows(v);
            closures.setRows(c);
            removeClosure.setEnabled(false);
            if (done != null) {
                ok(done);
            }
        });
    }

    private void addVenue() {
        NewVenue venue = new NewVenue(venueName.getText().trim());
        call("Adding the venue…", () -> context.api().addVenue(venue), added -> {
            venueName.setText("");
            load(added.name() + " is added: cohorts and kiosks can use it now.");
        });
    }

    private void addClosure() {
        try {
            java.time.LocalDate day = closureDay.date("closure date");
            if (day == null) {
                problem("Enter the closure date as DD/MM/YYYY, for example 25/12/2026.");
                return;
            }
            ClosureDate closure = new ClosureDate(day, closureWhy.getText().trim());
            call("Adding the closure date…", () -> context.api().addClosureDate(closure), added -> {
                closureDay.setText("");
                closureWhy.setText("");
                load(UkDates.date(added.date()) + " is a closure date: new schedules skip it. Check the cohorts that already meet on it.");
            });
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
        }
    }

    private void removeClosure() {
        ClosureDate chosen = Tables.selected(closureTable, closures);
        if (chosen == null) {
            problem("Choose the closure date in the table first.");
            return;
        }
        String[] options = {"Remove it", "Keep it"};
        int answer = JOptionPane.showOptionDialog(this, "<html>Remove the closure date <b>" + escape(UkDates.date(chosen.date())) + "</b> ("
                        + escape(chosen.description()) + ")?<br>New schedules may then have a session on that day.</html>",
                "Remove " + UkDates.date(chosen.date()) + "?", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null, options, options[1]);
        if (answer != 0) {
            return;
        }
        call("Removing the closure date…", () -> {
            context.api().removeClosureDate(chosen.date());
            return chosen;
        }, removed -> load(UkDates.date(removed.date()) + " is no longer a closure date."));
    }
}
