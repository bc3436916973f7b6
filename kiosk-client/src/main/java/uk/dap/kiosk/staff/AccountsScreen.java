package uk.dap.kiosk.staff;

import static uk.dap.kiosk.ui.Html.escape;

import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.shared.api.NewStaffAccount;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.api.StaffAccountView;
import uk.dap.shared.security.Role;
import uk.dap.shared.text.UkDates;

/**
 * Staff accounts, for an administrator: who has one and in what role, whether it can sign in and has a second
 * factor; a new account; disabling and enabling one; a second factor reset for someone who lost their phone. Each
 * change names the account before anything happens.
 */
class AccountsScreen extends StaffScreen {
    private final JLabel count = new JLabel(" ");
    private final RowTableModel<StaffAccountView> accounts = new RowTableModel<StaffAccountView>()
            .column("Name", StaffAccountView::displayName)
            .column("Username", StaffAccountView::username)
            .column("Role", a -> a.role().label())
            .column("Can sign in", AccountsScreen::state)
            .column("Second factor", a -> a.secondFactor() ? "Set up" : "Not set up")
            .column("Created", a -> a.createdAt() == null ? "" : UkDates.date(java.time.LocalDate.ofInstant(a.createdAt(), UkDates.UK)));
    private final JTable table = Tables.table("accounts", "Staff accounts", accounts, 220, 150, 130, 190, 110, 100);
    private final JButton disable = new JButton("Disable");
    private final JButton enable = new JButton("Enable");
    private final JButton resetSecondFactor = new JButton("Reset second factor");
    private final JTextField username = new JTextField(20);
    private final JTextField displayName = new JTextField(30);
    private final JComboBox<Choice<Role>> role = new JComboBox<>();
    private final JList<Choice<String>> programmes = new JList<>();
    private final JPasswordField password = new JPasswordField(20);

    AccountsScreen(StaffContext context) {
        super(context, "accountsScreen", "Staff accounts");
        count.setName("accountCount");
        JButton refresh = FormPanel.name(new JButton("Refresh"), "refreshAccounts", "Refresh the accounts");
        refresh.setMnemonic(KeyEvent.VK_R);
        refresh.addActionListener(e -> load(null, null));
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.add(count, BorderLayout.CENTER);
        top.add(refresh, BorderLayout.EAST);

        FormPanel.name(disable, "disableAccount", "Disable the chosen account");
        disable.setMnemonic(KeyEvent.VK_D);
        disable.addActionListener(e -> change("Disable", "They can no longer sign in, and any session they have open ends.",
                a -> context.api().disableAccount(a.id()), "is disabled"));
        FormPanel.name(enable, "enableAccount", "Enable the chosen account");
        enable.setMnemonic(KeyEvent.VK_E);
        enable.addActionListener(e -> change("Enable", "They can sign in again.", a -> context.api().enableAccount(a.id()), "is enabled"));
        FormPanel.name(resetSecondFactor, "resetSecondFactor", "Reset the chosen account's second factor");
        resetSecondFactor.setMnemonic(KeyEvent.VK_S);
        resetSecondFactor.addActionListener(e -> change("Reset the second factor of",
                "Their authenticator app and recovery codes stop working; they set up a new one when they next sign in.",
                a -> context.api().resetSecondFactor(a.id()), "has no second factor now: they set one up when they next sign in"));
        JPanel list = new JPanel(new BorderLayout(4, 4));
        JLabel tableLabel = ReferralDetailPanel.heading("Accounts, by name");
        tableLabel.setLabelFor(table);
        list.add(tableLabel, BorderLayout.NORTH);
        list.add(new JScrollPane(table), BorderLayout.CENTER);
        list.add(ReferralDetailPanel.flow(disable, enable, resetSecondFactor), BorderLayout.SOUTH);

        JPanel body = new JPanel(new BorderLayout(8, 8));
        body.add(top, BorderLayout.NORTH);
        body.add(list, BorderLayout.CENTER);
        body.add(newAccountForm(), BorderLayout.SOUTH);
        content(body);
        table.getSelectionModel().addListSelectionListener(e -> enableActions());
        enableActions();
    }

    private FormPanel newAccountForm() {
        FormPanel form = new FormPanel();
        form.heading("New account");
        form.field("Username", "newUsername", username, KeyEvent.VK_U);
        form.field("Name as colleagues know it", "newDisplayName", displayName, KeyEvent.VK_N);
        for (Role r : Role.values()) {
            if (r != Role.KIOSK) {
                role.addItem(new Choice<>(r, r.label()));
            }
        }
        form.field("Role", "newRole", role, KeyEvent.VK_O);
        List<Choice<String>> all = new ArrayList<>();
        for (ProgrammeView p : context.programmes()) {
            all.add(new Choice<>(p.code(), p.name()));
        }
        programmes.setListData(all.toArray(Choice[]::new));
        programmes.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        programmes.setVisibleRowCount(Math.min(5, all.size()));
        form.field("Programmes they lead (a lead only)", "newProgrammes", programmes, new JScrollPane(programmes), KeyEvent.VK_G);
        form.field("First password (they change it)", "newPassword", password, KeyEvent.VK_P);
        JButton create = FormPanel.name(new JButton("Create the account"), "createAccount", "Create the account");
        create.setMnemonic(KeyEvent.VK_C);
        create.addActionListener(e -> create());
        form.wide(ReferralDetailPanel.flow(create));
        role.addActionListener(e -> programmes.setEnabled(chosenRole() == Role.PROGRAMME_LEAD));
        programmes.setEnabled(chosenRole() == Role.PROGRAMME_LEAD);
        return form;
    }

    static String state(StaffAccountView a) {
        if (!a.enabled()) {
            return "No: disabled";
        }
        return locked(a) ? "Locked until " + UkDates.dateTime(a.lockedUntil()) : "Yes";
    }

    /** Enabled and not locked out. */
    static boolean canSignIn(StaffAccountView a) {
        return a.enabled() && !locked(a);
    }

    private static boolean locked(StaffAccountView a) {
        return a.lockedUntil() != null && a.lockedUntil().isAfter(java.time.Instant.now());
    }

    @Override
    void shown() {
        if (!busy()) {
            load(null, null);
        }
    }

    private void load(Long select, String done) {
        call("Loading the accounts…", () -> context.api().accounts(), (List<StaffAccountView> rows) -> {
            List<StaffAccountView> sorted = new ArrayList<>(rows);
            sorted.sort(Comparator.comparing(StaffAccountView::displayName, String.CASE_INSENSITIVE_ORDER));
            Long keep = select != null ? select : selectedId();
            accounts.setRows(sorted);
            long disabled = sorted.stream().filter(a -> !a.enabled()).count();
            count.setText(sorted.size() + (sorted.size() == 1 ? " account" : " accounts") + (disabled == 0 ? "." : ", " + disabled + " disabled."));
            for (int i = 0; i < sorted.size(); i++) {
                if (keep != null && sorted.get(i).id() == keep) {
                    table.setRowSelectionInterval(i, i);
                }
            }
            enableActions();
            if (done != null) {
                ok(done);
            }
        });
    }

    private Long selectedId() {
        StaffAccountView a = Tables.selected(table, accounts);
        return a == null ? null : a.id();
    }

    private void enableActions() {
        StaffAccountView a = Tables.selected(table, accounts);
        disable.setEnabled(a != null && a.enabled());
        enable.setEnabled(a != null && !a.enabled());
        resetSecondFactor.setEnabled(a != null && a.secondFactor());
    }

    private interface Change {
        StaffAccountView apply(StaffAccountView account);
    }

    /** Asks first, naming the account and what follows; then makes the change and says what was done. */
    private void change(String verb, String consequence, Change change, String result) {
        StaffAccountView a = Tables.selected(table, accounts);
        if (a == null) {
            problem("Choose the account in the table first.");
            return;
        }
        String who = a.displayName() + " (" + a.username() + ", " + a.role().label() + ")";
        String[] options = {verb.split(" ")[0] + " it", "Leave it as it is"};
        int answer = JOptionPane.showOptionDialog(this, "<html>" + verb + " the account of <b>" + escape(who) + "</b>?<br>" + escape(consequence)
                + "</html>", verb + " " + a.displayName() + "?", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null, options, options[1]);
        if (answer != 0) {
            return;
        }
        call(verb + " " + a.displayName() + "…", () -> change.apply(a), changed -> load(changed.id(), who + " " + result + "."));
    }

    @SuppressWarnings("unchecked")
    private Role chosenRole() {
        Choice<Role> chosen = (Choice<Role>) role.getSelectedItem();
        return chosen == null ? null : chosen.value();
    }

    private void create() {
        Role r = chosenRole();
        List<String> led = r == Role.PROGRAMME_LEAD ? programmes.getSelectedValuesList().stream().map(Choice::value).toList() : null;
        if (r == Role.PROGRAMME_LEAD && led.isEmpty()) {
            problem("Choose the programmes this lead leads.");
            return;
        }
        NewStaffAccount account = new NewStaffAccount(username.getText().trim(), displayName.getText().trim(), r,
                new String(password.getPassword()), led);
        call("Creating the account…", () -> context.api().createAccount(account), created -> {
            username.setText("");
            displayName.setText("");
            password.setText("");
            programmes.clearSelection();
            load(created.id(), "The account of " + created.displayName() + " (" + created.username() + ") is created. Give them the"
                    + " first password in person or by phone, never by email.");
        });
    }
}
