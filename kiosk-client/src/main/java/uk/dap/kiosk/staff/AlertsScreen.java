package uk.dap.kiosk.staff;

import static uk.dap.kiosk.ui.Html.escape;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.table.DefaultTableCellRenderer;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.shared.api.cohort.AlertAcknowledgement;
import uk.dap.shared.api.cohort.AlertView;
import uk.dap.shared.text.UkDates;

/**
 * Alerts for the signed-in member of staff, newest first: those not yet acknowledged stand out (bold, tinted, and
 * "Needs action" in words); acknowledging one needs a note saying what was done.
 */
class AlertsScreen extends StaffScreen {
    static final String NEEDS_ACTION = "Needs action";

    private final JLabel count = new JLabel(" ");
    private final RowTableModel<AlertView> alerts = new RowTableModel<AlertView>()
            .column("State", a -> a.acknowledgedAt() == null ? NEEDS_ACTION : "Acknowledged")
            .column("Raised", a -> UkDates.dateTime(a.raisedAt()))
            .column("Alert", a -> a.kind() == null ? "" : a.kind().label())
            .column("Programme", a -> context.programmeName(a.programme()))
            .column("Participant", AlertView::participantReference)
            .column("Acknowledged", AlertsScreen::acknowledged);
    private final JTable table = Tables.table("alerts", "Alerts", alerts, 115, 160, 265, 145, 95, 250);
    private final JLabel detailTitle = new JLabel(" ");
    private final JTextArea detail = new JTextArea(2, 40);
    private final JLabel acknowledgement = new JLabel(" ");
    private final JTextArea note = new JTextArea(3, 40);
    private final JButton acknowledge = new JButton("Acknowledge");

    AlertsScreen(StaffContext context) {
        super(context, "alertsScreen", "Alerts");
        count.setName("alertCount");
        count.setFont(count.getFont().deriveFont(Font.BOLD));
        JButton refresh = FormPanel.name(new JButton("Refresh"), "refreshAlerts", "Refresh the alerts");
        refresh.setMnemonic(KeyEvent.VK_R);
        refresh.addActionListener(e -> load(null, null));
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.add(count, BorderLayout.CENTER);
        top.add(refresh, BorderLayout.EAST);

        table.setDefaultRenderer(Object.class, new AlertRenderer());
        JLabel tableLabel = ReferralDetailPanel.heading("Newest first");
        tableLabel.setLabelFor(table);
        tableLabel.setDisplayedMnemonic(KeyEvent.VK_N);
        JPanel list = new JPanel(new BorderLayout(4, 4));
        list.add(tableLabel, BorderLayout.NORTH);
        list.add(new JScrollPane(table), BorderLayout.CENTER);

        FormPanel form = new FormPanel();
        detailTitle.setName("alertTitle");
        detailTitle.setFont(detailTitle.getFont().deriveFont(Font.BOLD));
        form.wide(detailTitle);
        detail.setName("alertMessage");
        detail.getAccessibleContext().setAccessibleName("What the alert says");
        detail.setEditable(false);
        detail.setLineWrap(true);
        detail.setWrapStyleWord(true);
        detail.setOpaque(false);
        detail.setBorder(javax.swing.BorderFactory.createEmptyBorder());
        detail.setMargin(new java.awt.Insets(0, 0, 0, 0));
        detail.setFocusable(true);
        form.wide(detail);
        acknowledgement.setName("alertAcknowledgement");
        form.wide(acknowledgement);
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        note.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        note.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        form.field("What was done (required)", "acknowledgementNote", note, KeyEvent.VK_W);
        note.getDocument().addDocumentListener(new javax.swing.event.DocumentListener() {
            // Once a note is being written, the "write a note" refusal no longer applies.
            private void changed() {
                if (!note.getText().isBlank() && status.kind() == uk.dap.kiosk.ui.StatusBanner.Kind.PROBLEM) {
                    status.show(uk.dap.kiosk.ui.StatusBanner.Kind.INFO, " ");
                }
            }

            @Override
            public void insertUpdate(javax.swing.event.DocumentEvent e) {
                changed();
            }

            @Override
            public void removeUpdate(javax.swing.event.DocumentEvent e) {
                changed();
            }

            @Override
            public void changedUpdate(javax.swing.event.DocumentEvent e) {
            }
        });
        FormPanel.name(acknowledge, "acknowledgeAlert", "Acknowledge the selected alert");
        acknowledge.setMnemonic(KeyEvent.VK_K);
        acknowledge.addActionListener(e -> acknowledge());
        form.wide(ReferralDetailPanel.flow(acknowledge));

        JPanel body = new JPanel(new BorderLayout(8, 8));
        body.add(top, BorderLayout.NORTH);
        body.add(list, BorderLayout.CENTER);
        body.add(form, BorderLayout.SOUTH);
        content(body);
        table.getSelectionModel().addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting()) {
                showSelected();
            }
        });
        showSelected();
    }

    static String acknowledged(AlertView a) {
        return a.acknowledgedAt() == null ? "Not yet" : UkDates.dateTime(a.acknowledgedAt()) + " by " + a.acknowledgedBy();
    }

    @Override
    void shown() {
        if (!busy()) {
            load(null, null);
        }
    }

    /** Loads the alerts, keeping {@code select} (or the current one) selected; then says {@code done}, if given. */
    private void load(Long select, String done) {
        call("Loading alerts…", () -> context.api().alerts(), (List<AlertView> rows) -> {
            List<AlertView> sorted = new ArrayList<>(rows);
            sorted.sort(Comparator.comparing(AlertView::raisedAt, Comparator.nullsLast(Comparator.reverseOrder())));
            Long keep = select != null ? select : selectedId();
            alerts.setRows(sorted);
            long open = sorted.stream().filter(a -> a.acknowledgedAt() == null).count();
            count.setText(sorted.isEmpty() ? "No alerts for you." : sorted.size() + (sorted.size() == 1 ? " alert, " : " alerts, ")
                    + (open == 0 ? "all acknowledged." : open + " not yet acknowledged."));
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).id().equals(keep)) {
                    int view = table.convertRowIndexToView(i);
                    table.setRowSelectionInterval(view, view);
                }
            }
            showSelected();
            if (done != null) {
                ok(done);
            }
        });
    }

    private Long selectedId() {
        AlertView a = Tables.selected(table, alerts);
        return a == null ? null : a.id();
    }

    private void showSelected() {
        AlertView a = Tables.selected(table, alerts);
        if (a == null) {
            detailTitle.setText("Choose an alert to read it and acknowledge it.");
            detail.setText("");
            acknowledgement.setText(" ");
            note.setEnabled(false);
            acknowledge.setEnabled(false);
            return;
        }
        detailTitle.setText((a.kind() == null ? "Alert" : a.kind().label()) + ", raised " + UkDates.dateTime(a.raisedAt()));
        detail.setText(a.message());
        boolean open = a.acknowledgedAt() == null;
        String ack = open ? "Not yet acknowledged." : "Acknowledged by " + a.acknowledgedBy() + " on " + UkDates.dateTime(a.acknowledgedAt())
                + ": " + a.acknowledgementNote();
        acknowledgement.setText("<html>" + escape(ack) + "</html>");
        acknowledgement.getAccessibleContext().setAccessibleName(ack);
        note.setEnabled(open);
        acknowledge.setEnabled(open);
    }

    private void acknowledge() {
        AlertView a = Tables.selected(table, alerts);
        if (a == null) {
            problem("Choose the alert to acknowledge.");
            return;
        }
        if (note.getText().isBlank()) {
            problem("Write a note saying what was done before acknowledging the alert.");
            note.requestFocusInWindow();
            return;
        }
        String text = note.getText().trim();
        long id = a.id();
        acknowledge.setEnabled(false);
        call("Acknowledging the alert…", () -> context.api().acknowledgeAlert(id, new AlertAcknowledgement(text)), done -> {
            note.setText("");
            load(done.id(), "Alert acknowledged.");
        }, () -> acknowledge.setEnabled(true));
    }


    /** Alerts still needing action in bold on a pale amber background; the state column says so in words too. */
    private final class AlertRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused, int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focused, row, column);
            AlertView a = alerts.row(t.convertRowIndexToModel(row));
            boolean open = a.acknowledgedAt() == null;
            setFont(open ? t.getFont().deriveFont(Font.BOLD) : t.getFont());
            if (!selected) {
                setBackground(open ? new Color(0xFFF4D6) : t.getBackground());
                setForeground(open && column == 0 ? new Color(0x8A1C12) : t.getForeground());
            }
            setToolTipText(column == 2 ? a.message() : null);
            return this;
        }
    }
}
