package uk.dap.kiosk;

import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;

/**
 * Modal dialogs (the kiosk's PIN and staff menu, the staff client's confirmations), filled and pressed through their
 * real components on the event thread. Under Xvfb there is no window manager: the window behind takes the focus back,
 * and typed keys or a mouse click aimed at a modal dialog were lost often enough to fail a run, although the dialog
 * itself worked. Keyboard paths are tested on the screens themselves (signing in at the kiosk by keyboard alone).
 */
public final class ModalDialogs {
    private ModalDialogs() {
    }

    static void unlock(DialogFixture dialog, String username, String pin) {
        fill(dialog, "unlockUsername", username);
        fill(dialog, "unlockPin", pin);
        press(dialog, "unlock");
    }

    static void fill(DialogFixture dialog, String field, String text) {
        JTextComponent component = (JTextComponent) dialog.textBox(field).target();
        GuiActionRunner.execute(() -> component.setText(text));
    }

    /** A button or check box by name. */
    static void press(DialogFixture dialog, String button) {
        press(dialog.robot().finder().findByName(dialog.target(), button, AbstractButton.class, true));
    }

    /** Posted, not waited for: pressing a button may close this dialog or open the next modal one. */
    public static void press(AbstractButton button) {
        SwingUtilities.invokeLater(button::doClick);
    }
}
