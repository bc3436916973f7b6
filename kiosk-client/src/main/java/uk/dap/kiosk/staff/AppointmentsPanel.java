package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.time.Instant;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.DateTimeField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.shared.api.casework.AppointmentMark;
import uk.dap.shared.api.casework.AppointmentOutcome;
import uk.dap.shared.api.casework.AppointmentType;
import uk.dap.shared.api.casework.AppointmentView;
import uk.dap.shared.api.casework.NewAppointment;
import uk.dap.shared.text.UkDates;

/**
 * One participant's one-to-one appointments (key workers and leads): the list, booking one, and marking how it went.
 * A tab of the case notes screen, which tells it whose appointments to show and lends it its status line.
 */
class AppointmentsPanel extends JPanel {
    private final StaffScreen screen;
    private final RowTableModel<AppointmentView> appointments = new RowTableModel<AppointmentView>()
            .column("When", a -> UkDates.dateTime(a.startsAt()))
            .column("Type", a -> a.type().label())
            .column("With", AppointmentView::withWhom)
            .column("Outcome", a -> a.outcome() == null ? "Not marked" : a.outcome().label())
            .column("Marked by", a -> a.markedBy() == null ? "" : a.markedBy() + (a.changeReason() == null ? "" : " (changed: " + a.changeReason() + ")"));
    private final JTable table = Tables.table("appointments", "Appointments, latest first", appointments, 170, 115, 170, 85, 230);
    private final JComboBox<AppointmentType> bookType = new JComboBox<>(AppointmentType.values());
    private final DateTimeField bookWhen = new DateTimeField();
    private final JTextField bookWith = new JTextField(16);
    private final JComboBox<AppointmentOutcome> outcome = new JComboBox<>(AppointmentOutcome.values());
    private final JTextField outcomeReason = new JTextField(24);
    private Long participantId;

    AppointmentsPanel(StaffScreen screen) {
        super(new BorderLayout(6, 6));
        this.screen = screen;
        JPanel list = new JPanel(new BorderLayout(4, 4));
        JLabel heading = ReferralDetailPanel.heading("Latest first");
        heading.setLabelFor(table);
        list.add(heading, BorderLayout.NORTH);
        list.add(new JScrollPane(table), BorderLayout.CENTER);

        FormPanel book = new FormPanel();
        book.heading("Book an appointment");
        bookType.setRenderer(new Labels());
        book.field("Type", "bookType", bookType, KeyEvent.VK_Y);
        book.field("When (date and time)", "bookWhen", bookWhen, KeyEvent.VK_W);
        book.field("With whom (you if empty)", "bookWith", bookWith, 0);
        JButton bookButton = FormPanel.name(new JButton("Book"), "bookAppointment", "Book the appointment");
        bookButton.setMnemonic(KeyEvent.VK_B);
        bookButton.addActionListener(e -> screen.validated(this::book));
        book.wide(ReferralDetailPanel.flow(bookButton));
        book.end();

        FormPanel mark = new FormPanel();
        mark.heading("How the selected appointment went");
        outcome.setRenderer(new Labels());
        mark.field("Outcome", "appointmentOutcome", outcome, KeyEvent.VK_U);
        mark.field("Reason (when changing)", "appointmentReason", outcomeReason, 0);
        JButton markButton = FormPanel.name(new JButton("Mark"), "markAppointment", "Mark the selected appointment");
        markButton.setMnemonic(KeyEvent.VK_M);
        markButton.addActionListener(e -> mark());
        mark.wide(ReferralDetailPanel.flow(markButton));
        mark.end();

        JPanel forms = new JPanel(new GridLayout(1, 2, 12, 0));
        forms.add(book);
        forms.add(mark);
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        add(list, BorderLayout.CENTER);
        add(forms, BorderLayout.SOUTH);
    }

    /** Shows this participant's appointments. */
    void show(long participantId) {
        this.participantId = participantId;
        load(null);
    }

    private void load(String done) {
        if (participantId == null) {
            return;
        }
        long id = participantId;
        screen.call("Loading appointments…", () -> screen.context.api().appointments(id), rows -> {
            Long keep = selectedId();
            appointments.setRows(rows);
            for (int i = 0; i < rows.size(); i++) {
                if (keep != null && rows.get(i).id() == keep) {
                    table.setRowSelectionInterval(i, i);
                }
            }
            if (done != null) {
                screen.ok(done);
            }
        });
    }

    private Long selectedId() {
        AppointmentView a = Tables.selected(table, appointments);
        return a == null ? null : a.id();
    }

    private void book() {
        if (participantId == null) {
            screen.problem("Type the participant's reference first.");
            return;
        }
        Instant when = bookWhen.instant("When");
        long id = participantId;
        NewAppointment appointment = new NewAppointment((AppointmentType) bookType.getSelectedItem(), when, bookWith.getText().trim());
        screen.call("Booking…", () -> screen.context.api().bookAppointment(id, appointment), booked -> {
            bookWhen.setText("");
            bookWith.setText("");
            load("Booked: " + booked.type().label().toLowerCase(Locale.UK) + ", " + UkDates.dateTime(booked.startsAt()) + ".");
        });
    }

    private void mark() {
        AppointmentView a = Tables.selected(table, appointments);
        if (a == null) {
            screen.problem("Choose the appointment to mark.");
            return;
        }
        long id = participantId;
        AppointmentOutcome chosen = (AppointmentOutcome) outcome.getSelectedItem();
        String reason = outcomeReason.getText().isBlank() ? null : outcomeReason.getText().trim();
        screen.call("Marking the appointment…", () -> screen.context.api().markAppointment(id, a.id(), new AppointmentMark(chosen, reason)),
                marked -> {
                    outcomeReason.setText("");
                    load("Marked " + marked.outcome().label().toLowerCase(Locale.UK) + ": " + UkDates.dateTime(marked.startsAt()) + ".");
                });
    }

    /** Shows the appointment types and outcomes by their British labels. */
    private static final class Labels extends javax.swing.DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean selected, boolean focused) {
            Object shown = value instanceof AppointmentType t ? t.label() : value instanceof AppointmentOutcome o ? o.label() : value;
            return super.getListCellRendererComponent(list, shown, index, selected, focused);
        }
    }
}
