package uk.dap.kiosk.staff;

import java.awt.Font;
import java.awt.GridBagLayout;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.SecondFactorOffer;

/**
 * Setting up a second factor, inside the sign-in screen: the key to type into an authenticator app (in groups of four,
 * as the apps show it), the code the app then makes, and afterwards the ten recovery codes, shown this once. The network
 * calls are the sign-in screen's; this panel only shows and asks.
 */
final class SecondFactorSetupPanel extends JPanel {
    private final JTextField key = readOnly();
    private final JTextField address = readOnly();
    private final JTextField code = new JTextField(8);
    final JButton confirm = new JButton("Set up and sign in");
    final JButton back = new JButton("Back to sign-in");
    private final JTextArea recoveryCodes = new JTextArea(10, 14);
    final JButton kept = new JButton("I have kept them: continue");
    private final JProgressBar progress = new JProgressBar();
    final StatusBanner status = new StatusBanner("setupStatus", 520);
    private final FormPanel asking = new FormPanel();
    private final FormPanel showingCodes = new FormPanel();

    SecondFactorSetupPanel() {
        super(new GridBagLayout());
        setName("secondFactorSetup");
        setBorder(BorderFactory.createEmptyBorder(24, 24, 24, 24));
        confirm.setName("confirmSecondFactor");
        confirm.setMnemonic(KeyEvent.VK_S);
        back.setName("backToSignIn");
        back.setMnemonic(KeyEvent.VK_B);
        kept.setName("recoveryCodesKept");
        kept.setMnemonic(KeyEvent.VK_C);
        recoveryCodes.setEditable(false);
        recoveryCodes.setFont(new Font(Font.MONOSPACED, Font.PLAIN, Theme.scaled(1f, Font.PLAIN).getSize() + 2));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getAccessibleContext().setAccessibleName("Setting up");

        asking.wide(heading("Set up your second factor"));
        asking.wide(new JLabel("<html><body style='width: 460px'>1. On your phone, open an authenticator app (any app that makes"
                + " six-digit codes) and add an account by typing the key below, or paste the address into it.<br>2. Type the"
                + " code the app shows, then choose Set up and sign in.</body></html>"));
        asking.field("Key", "secondFactorKey", key, KeyEvent.VK_K);
        asking.field("Address", "otpauthUri", address, KeyEvent.VK_A);
        asking.field("Code from the app", "setupCode", code, KeyEvent.VK_O);
        asking.wide(confirm);
        asking.wide(back);

        showingCodes.wide(heading("Your recovery codes"));
        showingCodes.wide(new JLabel("<html><body style='width: 460px'>Keep these ten codes somewhere safe, apart from your"
                + " phone. Each signs you in once if you lose it: type it where the app's code goes. They are shown only now.</body></html>"));
        showingCodes.field("Recovery codes", "recoveryCodes", recoveryCodes);
        showingCodes.wide(kept);
        showingCodes.setVisible(false);

        FormPanel page = new FormPanel();
        page.wide(asking);
        page.wide(showingCodes);
        page.wide(progress);
        page.wide(status);
        add(page);
        code.addActionListener(e -> confirm.doClick());
    }

    /** Shows a new offer, ready for its code. */
    void offer(SecondFactorOffer offer) {
        key.setText(String.join(" ", offer.secret().split("(?<=\\G.{4})")));
        address.setText(offer.otpauthUri());
        code.setText("");
        asking.setVisible(true);
        showingCodes.setVisible(false);
        status.show(StatusBanner.Kind.INFO, "Add the key to your authenticator app, then type the code it shows.");
    }

    String code() {
        return code.getText().strip();
    }

    /** The factor is set up: the recovery codes, once. */
    void showRecoveryCodes(List<String> codes) {
        recoveryCodes.setText(String.join("\n", codes));
        asking.setVisible(false);
        showingCodes.setVisible(true);
        status.show(StatusBanner.Kind.OK, "Your second factor is set up. From now on you sign in with a code from the app.");
        kept.requestFocusInWindow();
    }

    void setBusy(boolean busy) {
        confirm.setEnabled(!busy);
        back.setEnabled(!busy);
        code.setEnabled(!busy);
        progress.setVisible(busy);
    }

    @Override
    public boolean requestFocusInWindow() {
        return code.requestFocusInWindow();
    }

    private static JLabel heading(String text) {
        JLabel heading = new JLabel(text);
        heading.setFont(Theme.scaled(1.6f, Font.BOLD));
        return heading;
    }

    private static JTextField readOnly() {
        JTextField field = new JTextField(30);
        field.setEditable(false);
        return field;
    }
}
