package uk.dap.kiosk.staff;

import static uk.dap.kiosk.ui.Html.escape;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.KioskRegistered;
import uk.dap.shared.api.KioskView;
import uk.dap.shared.api.NewKiosk;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.text.UkDates;

/**
 * The group-room kiosks, for an administrator: registering one for a venue shows the one-time code to type into the
 * device; a code that ran out is replaced; a lost or stolen kiosk is revoked, after a question naming it.
 */
class KiosksScreen extends StaffScreen {
    private final JLabel count = new JLabel(" ");
    private final RowTableModel<KioskView> kiosks = new RowTableModel<KioskView>()
            .column("Kiosk", KioskView::label)
            .column("Venue", KioskView::venueName)
            .column("State", KiosksScreen::state)
            .column("Since", k -> UkDates.dateTime(k.revokedAt() != null ? k.revokedAt() : k.enrolledAt()));
    private final JTable table = Tables.table("kiosks", "Kiosks", kiosks, 200, 260, 200, 160);
    private final JButton newCode = new JButton("New enrolment code");
    private final JButton revoke = new JButton("Revoke");
    private final JComboBox<Choice<VenueView>> venue = new JComboBox<>();
    private final JTextField label = new JTextField(24);
    private final JLabel code = new JLabel(" ");

    KiosksScreen(StaffContext context) {
        super(context, "kiosksScreen", "Kiosks");
        count.setName("kioskCount");
        JButton refresh = FormPanel.name(new JButton("Refresh"), "refreshKiosks", "Refresh the kiosks");
        refresh.setMnemonic(KeyEvent.VK_R);
        refresh.addActionListener(e -> load(null));
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.add(count, BorderLayout.CENTER);
        top.add(refresh, BorderLayout.EAST);

        FormPanel.name(newCode, "newKioskCode", "A new enrolment code for the chosen kiosk");
        newCode.setMnemonic(KeyEvent.VK_N);
        newCode.addActionListener(e -> newCode());
        FormPanel.name(revoke, "revokeKiosk", "Revoke the chosen kiosk");
        revoke.setMnemonic(KeyEvent.VK_V);
        revoke.addActionListener(e -> revoke());
        JPanel list = new JPanel(new BorderLayout(4, 4));
        JLabel tableLabel = ReferralDetailPanel.heading("Kiosks, by venue");
        tableLabel.setLabelFor(table);
        list.add(tableLabel, BorderLayout.NORTH);
        list.add(new JScrollPane(table), BorderLayout.CENTER);
        list.add(ReferralDetailPanel.flow(newCode, revoke), BorderLayout.SOUTH);

        FormPanel form = new FormPanel();
        form.heading("Register a kiosk");
        form.field("Venue it stands in", "kioskVenue", venue, KeyEvent.VK_E);
        form.field("Label (where it stands)", "kioskLabel", label, KeyEvent.VK_L);
        JButton register = FormPanel.name(new JButton("Register the kiosk"), "registerKiosk", "Register the kiosk");
        register.setMnemonic(KeyEvent.VK_G);
        register.addActionListener(e -> register());
        form.wide(ReferralDetailPanel.flow(register));
        code.setName("kioskCode");
        code.setFont(Theme.scaled(1.3f, Font.BOLD));
        form.wide(code);

        JPanel body = new JPanel(new BorderLayout(8, 8));
        body.add(top, BorderLayout.NORTH);
        body.add(list, BorderLayout.CENTER);
        body.add(form, BorderLayout.SOUTH);
        content(body);
        table.getSelectionModel().addListSelectionListener(e -> enableActions());
        enableActions();
    }

    static String state(KioskView k) {
        return switch (k.status()) {
            case "AWAITING_ENROLMENT" -> "Waiting for its code";
            case "ACTIVE" -> "In use";
            case "REVOKED" -> "Revoked";
            default -> k.status();
        };
    }

    @Override
    void shown() {
        if (!busy()) {
            load(null);
        }
    }

    private void load(String done) {
        call("Loading the kiosks…", () -> new Object[] {context.api().kiosks(), context.api().venues()}, (Object[] answer) -> {
            @SuppressWarnings("unchecked") List<KioskView> rows = new ArrayList<>((List<KioskView>) answer[0]);
            @SuppressWarnings("unchecked") List<VenueView> venues = (List<VenueView>) answer[1];
            rows.sort(Comparator.comparing(KioskView::venueName).thenComparing(KioskView::label));
            kiosks.setRows(rows);
            long inUse = rows.stream().filter(k -> k.status().equals("ACTIVE")).count();
            count.setText(rows.isEmpty() ? "No kiosks yet." : rows.size() + (rows.size() == 1 ? " kiosk, " : " kiosks, ") + inUse + " in use.");
            if (venue.getItemCount() == 0) {
                venues.forEach(v -> venue.addItem(new Choice<>(v, v.name())));
            }
            enableActions();
            if (done != null) {
                ok(done);
            }
        });
    }

    private void enableActions() {
        KioskView k = Tables.selected(table, kiosks);
        newCode.setEnabled(k != null && !k.status().equals("REVOKED"));
        revoke.setEnabled(k != null && !k.status().equals("REVOKED"));
    }

    @SuppressWarnings("unchecked")
    private void register() {
        Choice<VenueView> v = (Choice<VenueView>) venue.getSelectedItem();
        if (v == null) {
            problem("Choose the venue the kiosk stands in.");
            return;
        }
        NewKiosk kiosk = new NewKiosk(v.value().id(), label.getText().trim());
        call("Registering the kiosk…", () -> context.api().registerKiosk(kiosk), registered -> {
            label.setText("");
            showCode(registered);
            load("The kiosk " + registered.label() + " at " + registered.venueName() + " is registered: type the code below into it.");
        });
    }

    private void newCode() {
        KioskView k = Tables.selected(table, kiosks);
        if (k == null) {
            problem("Choose the kiosk in the table first.");
            return;
        }
        call("Making a new code…", () -> context.api().newKioskCode(k.id()), registered -> {
            showCode(registered);
            load("A new code for " + registered.label() + ": type it into the kiosk. Any earlier code no longer works.");
        });
    }

    private void showCode(KioskRegistered registered) {
        String text = "Code for " + registered.label() + ": " + registered.enrolmentCode() + " (works until "
                + UkDates.dateTime(registered.codeExpiresAt()) + ")";
        code.setText(text);
        code.getAccessibleContext().setAccessibleName(text);
    }

    private void revoke() {
        KioskView k = Tables.selected(table, kiosks);
        if (k == null) {
            problem("Choose the kiosk in the table first.");
            return;
        }
        String[] options = {"Revoke it", "Keep it"};
        int answer = JOptionPane.showOptionDialog(this, "<html>Revoke the kiosk <b>" + escape(k.label()) + "</b> at " + escape(k.venueName())
                        + "?<br>It stops working at once and cannot be enrolled again; sign-ins it has not sent yet will not reach the service.</html>",
                "Revoke " + k.label() + "?", JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[1]);
        if (answer != 0) {
            return;
        }
        call("Revoking " + k.label() + "…", () -> context.api().revokeKiosk(k.id()),
                revoked -> load("The kiosk " + revoked.label() + " at " + revoked.venueName() + " is revoked."));
    }
}
