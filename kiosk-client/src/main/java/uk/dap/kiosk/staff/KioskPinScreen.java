package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.util.Arrays;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.shared.api.attendance.PinChange;

/** The PIN a facilitator or lead uses on kiosks to open a session and to unlock kiosk mode: typed twice, 4 to 8 digits. */
class KioskPinScreen extends StaffScreen {
    private final JPasswordField pin = new JPasswordField(8);
    private final JPasswordField again = new JPasswordField(8);
    private final JButton save = new JButton("Set PIN");

    KioskPinScreen(StaffContext context) {
        super(context, "kioskPinScreen", "My kiosk PIN");
        FormPanel form = new FormPanel();
        form.wide(new JLabel("<html>Your PIN opens today's session on a kiosk and unlocks kiosk mode. Choose 4 to 8 digits that "
                + "nobody could guess (not your birthday, not 1234), and keep it to yourself.</html>"));
        form.field("New PIN", "newPin", pin, ReferralDetailPanel.flow(pin), KeyEvent.VK_N);
        form.field("New PIN again", "newPinAgain", again, ReferralDetailPanel.flow(again), KeyEvent.VK_A);
        FormPanel.name(save, "setPin", "Set my kiosk PIN");
        save.setMnemonic(KeyEvent.VK_S);
        save.addActionListener(e -> save());
        again.addActionListener(e -> save());
        form.wide(ReferralDetailPanel.flow(save));
        form.end();
        JPanel wrapper = new JPanel(new BorderLayout());
        wrapper.add(form, BorderLayout.NORTH);
        content(wrapper);
    }

    private void save() {
        char[] first = pin.getPassword();
        char[] second = again.getPassword();
        try {
            String chosen = new String(first);
            if (!chosen.matches("\\d{4,8}")) {
                problem("Choose a PIN of 4 to 8 digits.");
                pin.requestFocusInWindow();
                return;
            }
            if (!Arrays.equals(first, second)) {
                problem("The two PINs are not the same. Type the new PIN twice.");
                again.setText("");
                again.requestFocusInWindow();
                return;
            }
            PinChange change = new PinChange(chosen);
            save.setEnabled(false);
            call("Setting your PIN…", () -> {
                context.api().setPin(change);
                return Boolean.TRUE;
            }, done -> {
                pin.setText("");
                again.setText("");
                ok("Your kiosk PIN is set. Use it from now on to open sessions and unlock kiosks.");
            }, () -> save.setEnabled(true));
        } finally {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
        }
    }
}
