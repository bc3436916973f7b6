package uk.dap.kiosk.staff;

import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.SecondFactorOffer;

/**
 * Setting up a second factor, inside the sign-in screen: the key to type into an authenticator app (in groups of four,
 * as the apps show it), the code the app then makes, and afterwards the ten recovery codes, shown this once. The network
 * calls are the sign-in screen's; this panel only shows and asks.
 */
final class SecondFactorSetupPanel extends JPanel {
    private final JLabel heading = new JLabel("Set up your second factor");
    private final JLabel steps = new JLabel();
    private final JTextField key = readOnly("secondFactorKey", "Key for your authenticator app");
    private final JTextField address = readOnly("otpauthUri", "Address for apps that read one");
    private final JTextField code = new JTextField(8);
    final JButton confirm = new JButton("Set up and sign in");
    final JButton back = new JButton("Back to sign-in");
    private final JTextArea recoveryCodes = new JTextArea(10, 14);
    final JButton kept = new JButton("I have kept them: continue");
    private final JProgressBar progress = new JProgressBar();
    final StatusBanner status = new StatusBanner("setupStatus", 520);
    private final JPanel asking = new JPanel(new GridBagLayout());
    private final JPanel showingCodes = new JPanel(new GridBagLayout());

    SecondFactorSetupPanel() {
        super(new GridBagLayout());
        setName("secondFactorSetup");
        setBorder(BorderFactory.createEmptyBorder(24, 24, 24, 24));
        heading.setFont(Theme.scaled(1.6f, Font.BOLD));
        code.setName("setupCode");
        code.getAccessibleContext().setAccessibleName("Code from the app");
        confirm.setName("confirmSecondFactor");
        confirm.setMnemonic(KeyEvent.VK_S);
        back.setName("backToSignIn");
        back.setMnemonic(KeyEvent.VK_B);
        kept.setName("recoveryCodesKept");
        kept.setMnemonic(KeyEvent.VK_C);
        recoveryCodes.setName("recoveryCodes");
        recoveryCodes.setEditable(false);
        recoveryCodes.setFont(new Font(Font.MONOSPACED, Font.PLAIN, Theme.scaled(1f, Font.PLAIN).getSize() + 2));
        recoveryCodes.getAccessibleContext().setAccessibleName("Recovery codes");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getAccessibleContext().setAccessibleName("Setting up");
        steps.setText("<html><body style='width: 460px'>1. On your phone, open an authenticator app (any app that makes six-digit"
                + " codes) and add an account by typing the key below, or paste the address into it.<br>2. Type the code the"
                + " app shows, then choose Set up and sign in.</body></html>");

        int row = 0;
        add(asking, row, heading, 2);
        add(asking, ++row, steps, 2);
        row = field(asking, ++row, "Key", KeyEvent.VK_K, key);
        row = field(asking, row, "Address", KeyEvent.VK_A, address);
        row = field(asking, row, "Code from the app", KeyEvent.VK_O, code);
        add(asking, row, confirm, 2);
        add(asking, ++row, back, 2);

        JLabel codesHeading = new JLabel("Your recovery codes");
        codesHeading.setFont(Theme.scaled(1.6f, Font.BOLD));
        JLabel codesText = new JLabel("<html><body style='width: 460px'>Keep these ten codes somewhere safe, apart from your"
                + " phone. Each signs you in once if you lose it: type it where the app's code goes. They are shown only now.</body></html>");
        JLabel codesLabel = new JLabel("Recovery codes");
        codesLabel.setLabelFor(recoveryCodes);
        add(showingCodes, 0, codesHeading, 2);
        add(showingCodes, 1, codesText, 2);
        add(showingCodes, 2, codesLabel, 2);
        add(showingCodes, 3, recoveryCodes, 2);
        add(showingCodes, 4, kept, 2);
        showingCodes.setVisible(false);

        GridBagConstraints c = cell(0, 0, 1);
        add(asking, c);
        add(showingCodes, cell(0, 1, 1));
        add(progress, cell(0, 2, 1));
        add(status, cell(0, 3, 1));
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

    private static JTextField readOnly(String name, String accessibleName) {
        JTextField field = new JTextField(30);
        field.setName(name);
        field.setEditable(false);
        field.getAccessibleContext().setAccessibleName(accessibleName);
        return field;
    }

    private static int field(JPanel panel, int row, String text, int mnemonic, JTextField field) {
        JLabel label = new JLabel(text);
        label.setDisplayedMnemonic(mnemonic);
        label.setLabelFor(field);
        panel.add(label, cell(0, row, 1));
        panel.add(field, cell(1, row, 1));
        return row + 1;
    }

    private static void add(JPanel panel, int row, java.awt.Component component, int width) {
        panel.add(component, cell(0, row, width));
    }

    private static GridBagConstraints cell(int x, int y, int width) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = width;
        c.insets = new Insets(6, 6, 6, 6);
        c.fill = GridBagConstraints.HORIZONTAL;
        return c;
    }
}
