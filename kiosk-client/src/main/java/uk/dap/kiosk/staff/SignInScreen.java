package uk.dap.kiosk.staff;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;
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
import uk.dap.shared.api.CurrentUser;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.client.ApiException;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.client.ServerUnreachableException;

/** Username and password; the network call runs off the event thread while a progress bar shows. */
public class SignInScreen extends JPanel {
    private final DapClient client;
    private final BiConsumer<CurrentUser, List<ProgrammeView>> onSignedIn;
    private final JTextField username = new JTextField(20);
    private final JPasswordField password = new JPasswordField(20);
    private final JButton signIn = new JButton("Sign in");
    private final JProgressBar progress = new JProgressBar();
    private final StatusBanner status = new StatusBanner("signInStatus");

    public SignInScreen(DapClient client, BiConsumer<CurrentUser, List<ProgrammeView>> onSignedIn) {
        super(new GridBagLayout());
        this.client = client;
        this.onSignedIn = onSignedIn;
        setName("signInScreen");
        setBorder(BorderFactory.createEmptyBorder(24, 24, 24, 24));

        JLabel title = new JLabel("Sign in");
        title.setFont(Theme.scaled(1.8f, java.awt.Font.BOLD));
        JLabel server = new JLabel("Server: " + client.base());
        JLabel userLabel = new JLabel("Username");
        userLabel.setDisplayedMnemonic(KeyEvent.VK_U);
        userLabel.setLabelFor(username);
        JLabel passwordLabel = new JLabel("Password");
        passwordLabel.setDisplayedMnemonic(KeyEvent.VK_P);
        passwordLabel.setLabelFor(password);
        username.setName("username");
        username.getAccessibleContext().setAccessibleName("Username");
        password.setName("password");
        password.getAccessibleContext().setAccessibleName("Password");
        signIn.setName("signIn");
        signIn.setMnemonic(KeyEvent.VK_S);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getAccessibleContext().setAccessibleName("Signing in");

        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridwidth = 2;
        c.insets = new Insets(6, 6, 6, 6);
        c.fill = GridBagConstraints.HORIZONTAL;
        add(title, c);
        add(server, c);
        c.gridwidth = 1;
        c.gridy = 2;
        add(userLabel, c);
        c.gridx = 1;
        add(username, c);
        c.gridx = 0;
        c.gridy = 3;
        add(passwordLabel, c);
        c.gridx = 1;
        add(password, c);
        c.gridx = 0;
        c.gridy = 4;
        c.gridwidth = 2;
        add(signIn, c);
        c.gridy = 5;
        add(progress, c);
        c.gridy = 6;
        add(status, c);

        signIn.addActionListener(e -> submit());
        password.addActionListener(e -> submit());
        username.addActionListener(e -> password.requestFocusInWindow());
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
        new SwingWorker<Object[], Void>() {
            @Override
            protected Object[] doInBackground() {
                client.signIn(user, secret);
                return new Object[] {client.me(), client.programmes()};
            }

            @Override
            @SuppressWarnings("unchecked")
            protected void done() {
                setBusy(false);
                try {
                    Object[] result = get();
                    password.setText("");
                    onSignedIn.accept((CurrentUser) result[0], (List<ProgrammeView>) result[1]);
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
