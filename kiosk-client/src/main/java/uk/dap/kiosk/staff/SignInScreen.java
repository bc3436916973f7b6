package uk.dap.kiosk.staff;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JProgressBar;
import javax.swing.JTextField;
import javax.swing.SwingWorker;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.SignedIn;
import uk.dap.shared.client.ApiException;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.client.ServerUnreachableException;

/** Username and password; the network call runs off the event thread while a progress bar shows. */
public class SignInScreen extends JPanel {
    private final DapClient client;
    private final Consumer<StaffSession> onSignedIn;
    private final JTextField username = new JTextField(20);
    private final JPasswordField password = new JPasswordField(20);
    private final JButton signIn = new JButton("Sign in");
    private final JProgressBar progress = new JProgressBar();
    private final StatusBanner status = new StatusBanner("signInStatus", 420);

    SignInScreen(DapClient client, Consumer<StaffSession> onSignedIn) {
        super(new GridBagLayout());
        this.client = client;
        this.onSignedIn = onSignedIn;
        setName("signInScreen");
        setBorder(BorderFactory.createEmptyBorder(24, 24, 24, 24));

        JLabel title = new JLabel("Sign in");
        title.setFont(Theme.scaled(1.8f, java.awt.Font.BOLD));
        signIn.setName("signIn");
        signIn.setMnemonic(KeyEvent.VK_S);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getAccessibleContext().setAccessibleName("Signing in");

        addWide(title, 0);
        addWide(new JLabel("Server: " + client.base()), 1);
        addField("Username", KeyEvent.VK_U, username, 2);
        addField("Password", KeyEvent.VK_P, password, 3);
        addWide(signIn, 4);
        addWide(progress, 5);
        addWide(status, 6);

        signIn.addActionListener(e -> submit());
        password.addActionListener(e -> submit());
        username.addActionListener(e -> password.requestFocusInWindow());
    }

    /** A labelled field: the label names it for screen readers and its mnemonic (Alt+key) focuses it. */
    private void addField(String text, int mnemonic, JTextField field, int row) {
        JLabel label = new JLabel(text);
        label.setDisplayedMnemonic(mnemonic);
        label.setLabelFor(field);
        field.setName(text.toLowerCase());
        field.getAccessibleContext().setAccessibleName(text);
        add(label, cell(0, row, 1));
        add(field, cell(1, row, 1));
    }

    private void addWide(java.awt.Component component, int row) {
        add(component, cell(0, row, 2));
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

    @Override
    public boolean requestFocusInWindow() {
        return username.requestFocusInWindow();
    }

    private void submit() {
        if (username.getText().isBlank() || password.getPassword().length == 0) {
            status.show(StatusBanner.Kind.PROBLEM, "Enter your username and password.");
            return;
        }
        setBusy(true);
        status.show(StatusBanner.Kind.INFO, "Signing in…");
        String user = username.getText().trim();
        String secret = new String(password.getPassword());
        new SwingWorker<StaffSession, Void>() {
            @Override
            protected StaffSession doInBackground() {
                SignedIn signedIn = client.signIn(user, secret);
                return new StaffSession(signedIn, client.me(), client.programmes());
            }

            @Override
            protected void done() {
                setBusy(false);
                try {
                    StaffSession session = get();
                    password.setText("");
                    onSignedIn.accept(session);
                } catch (ExecutionException e) {
                    status.show(StatusBanner.Kind.PROBLEM, describe(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private String describe(Throwable failure) {
        if (failure instanceof ServerUnreachableException) {
            return "Cannot reach the server at " + client.base() + ". Check the network, or ask whoever runs the service.";
        }
        if (failure instanceof ApiException api) {
            return api.getMessage();
        }
        return "Something went wrong. Try again.";
    }

    private void setBusy(boolean busy) {
        signIn.setEnabled(!busy);
        username.setEnabled(!busy);
        password.setEnabled(!busy);
        progress.setVisible(busy);
    }
}
