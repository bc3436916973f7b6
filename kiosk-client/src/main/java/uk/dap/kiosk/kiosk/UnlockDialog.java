package uk.dap.kiosk.kiosk;

import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.WindowConstants;
import uk.dap.kiosk.ui.StatusBanner;

/** Staff only: a username and PIN unlock the kiosk (to change its settings, end the session or leave kiosk mode). */
final class UnlockDialog extends JDialog {
    /** Checks the PIN off the event thread; calls back on the event thread with null (right) or what to say. */
    interface Checker {
        void check(String username, char[] pin, Consumer<String> refusalOrNull);
    }

    private final JTextField username = Ui.named(new JTextField(16), "unlockUsername", "Staff username");
    private final JPasswordField pin = Ui.named(new JPasswordField(8), "unlockPin", "Staff PIN");
    private final JButton unlock;
    private final StatusBanner status = new StatusBanner("unlockStatus", 420);
    private final Checker checker;
    private boolean unlocked;

    UnlockDialog(JFrame owner, Checker checker) {
        super(owner, "Staff only", ModalityType.APPLICATION_MODAL);
        this.checker = checker;
        setName("unlockDialog");
        getAccessibleContext().setAccessibleName("Staff only: unlock the kiosk");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setAlwaysOnTop(true);
        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(20, 30, 20, 30));
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(8, 8, 8, 8);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.gridx = 0;
        c.gridwidth = 2;
        form.add(Ui.label("unlockTitle", "Staff only", 1.2f, Font.BOLD), c);
        form.add(Ui.label("unlockHint", "Enter your username and kiosk PIN.", 0.75f, Font.PLAIN), c);
        c.gridwidth = 1;
        c.gridy = 2;
        JLabel userLabel = new JLabel("Username");
        userLabel.setLabelFor(username);
        form.add(userLabel, c);
        c.gridx = 1;
        form.add(username, c);
        c.gridx = 0;
        c.gridy = 3;
        JLabel pinLabel = new JLabel("PIN");
        pinLabel.setLabelFor(pin);
        form.add(pinLabel, c);
        c.gridx = 1;
        form.add(pin, c);
        c.gridx = 0;
        c.gridy = 4;
        c.gridwidth = 2;
        unlock = Ui.button("unlock", "Unlock", 0.9f, this::submit);
        JButton cancel = Ui.button("unlockCancel", "Cancel", 0.9f, this::dispose);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.CENTER, 16, 0));
        buttons.add(unlock);
        buttons.add(cancel);
        form.add(buttons, c);
        c.gridy = 5;
        form.add(status, c);
        username.addActionListener(e -> pin.requestFocusInWindow());
        pin.addActionListener(e -> submit());
        getRootPane().registerKeyboardAction(e -> dispose(), javax.swing.KeyStroke.getKeyStroke("ESCAPE"),
                javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        setContentPane(form);
        pack();
        setLocationRelativeTo(owner);
    }

    boolean unlocked() {
        return unlocked;
    }

    private void submit() {
        if (username.getText().isBlank() || pin.getPassword().length == 0) {
            status.show(StatusBanner.Kind.PROBLEM, "Enter your username and PIN.");
            return;
        }
        unlock.setEnabled(false);
        status.show(StatusBanner.Kind.INFO, "Checking…");
        char[] typed = pin.getPassword();
        pin.setText("");
        checker.check(username.getText().trim(), typed, refusal -> {
            if (!isDisplayable()) {
                return;
            }
            if (refusal == null) {
                unlocked = true;
                dispose();
            } else {
                unlock.setEnabled(true);
                status.show(StatusBanner.Kind.PROBLEM, refusal);
                pin.requestFocusInWindow();
            }
        });
    }
}
