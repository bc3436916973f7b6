package uk.dap.kiosk.staff;

import java.awt.CardLayout;
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
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.SecondFactorOffer;
import uk.dap.shared.api.SecondFactorSetUp;
import uk.dap.shared.api.SignedIn;
import uk.dap.shared.client.ApiException;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.client.ServerUnreachableException;

/**
 * Username and password, and the code from an authenticator app for an account with a second factor (the field appears
 * when the server asks for it); setting a second factor up, when the role needs one or the person chooses to
 * ({@link SecondFactorSetupPanel}). Every network call runs off the event thread while a progress bar shows.
 */
public class SignInScreen extends JPanel {
    private static final String FORM = "form";
    private static final String SETUP = "setup";
    private final DapClient client;
    private final Consumer<StaffSession> onSignedIn;
    private final CardLayout cards = new CardLayout();
    private final JPanel form = new JPanel(new GridBagLayout());
    private final JTextField username = new JTextField(20);
    private final JPasswordField password = new JPasswordField(20);
    private final JLabel codeLabel = new JLabel("Code");
    private final JTextField code = new JTextField(20);
    private final JButton signIn = new JButton("Sign in");
    private final JButton setUpSecondFactor = new JButton("Set up a second factor");
    private final JProgressBar progress = new JProgressBar();
    private final StatusBanner status = new StatusBanner("signInStatus", 420);
    private final SecondFactorSetupPanel setup = new SecondFactorSetupPanel();
    private StaffSession setUpSession;

    SignInScreen(DapClient client, Consumer<StaffSession> onSignedIn) {
        super();
        setLayout(cards);
        this.client = client;
        this.onSignedIn = onSignedIn;
        setName("signInScreen");
        form.setBorder(BorderFactory.createEmptyBorder(24, 24, 24, 24));
        add(form, FORM);
        add(setup, SETUP);

        JLabel title = new JLabel("Sign in");
        title.setFont(Theme.scaled(1.8f, java.awt.Font.BOLD));
        signIn.setName("signIn");
        signIn.setMnemonic(KeyEvent.VK_S);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.getAccessibleContext().setAccessibleName("Signing in");

        setUpSecondFactor.setName("setUpSecondFactor");
        setUpSecondFactor.setMnemonic(KeyEvent.VK_E);
        addWide(title, 0);
        addWide(new JLabel("Server: " + client.base()), 1);
        addField("Username", KeyEvent.VK_U, username, 2);
        addField("Password", KeyEvent.VK_P, password, 3);
        addField(codeLabel, KeyEvent.VK_C, code, 4);
        codeLabel.setVisible(false);
        code.setVisible(false);
        addWide(signIn, 5);
        addWide(setUpSecondFactor, 6);
        addWide(progress, 7);
        addWide(status, 8);

        signIn.addActionListener(e -> submit());
        password.addActionListener(e -> submit());
        code.addActionListener(e -> submit());
        username.addActionListener(e -> password.requestFocusInWindow());
        setUpSecondFactor.addActionListener(e -> startSetup());
        setup.confirm.addActionListener(e -> confirmSetup());
        setup.back.addActionListener(e -> showForm());
        setup.kept.addActionListener(e -> {
            StaffSession session = setUpSession;
            setUpSession = null;
            showForm();
            onSignedIn.accept(session);
        });
    }

    /** A labelled field: the label names it for screen readers and its mnemonic (Alt+key) focuses it. */
    private void addField(String text, int mnemonic, JTextField field, int row) {
        addField(new JLabel(text), mnemonic, field, row);
    }

    private void addField(JLabel label, int mnemonic, JTextField field, int row) {
        label.setDisplayedMnemonic(mnemonic);
        label.setLabelFor(field);
        field.setName(label.getText().toLowerCase());
        field.getAccessibleContext().setAccessibleName(label.getText());
        form.add(label, cell(0, row, 1));
        form.add(field, cell(1, row, 1));
    }

    private void addWide(java.awt.Component component, int row) {
        form.add(component, cell(0, row, 2));
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
        String oneTimeCode = code.isVisible() && !code.getText().isBlank() ? code.getText().strip() : null;
        new SwingWorker<StaffSession, Void>() {
            @Override
            protected StaffSession doInBackground() {
                SignedIn signedIn = client.signIn(user, secret, oneTimeCode);
                return new StaffSession(signedIn, client.me(), client.programmes());
            }

            @Override
            protected void done() {
                setBusy(false);
                try {
                    StaffSession session = get();
                    clearSecrets();
                    onSignedIn.accept(session);
                } catch (ExecutionException e) {
                    refused(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    /** A refusal: the server's words, and for a second factor the next step (the code field, or setting one up). */
    private void refused(Throwable failure) {
        String type = failure instanceof ApiException api ? api.problem().type() : "";
        if (ProblemType.SECOND_FACTOR_REQUIRED.uri().equals(type)) {
            codeLabel.setVisible(true);
            code.setVisible(true);
            code.setText("");
            revalidate();
            status.show(StatusBanner.Kind.INFO, describe(failure));
            code.requestFocusInWindow();
        } else if (ProblemType.SECOND_FACTOR_SETUP_REQUIRED.uri().equals(type)) {
            status.show(StatusBanner.Kind.INFO, describe(failure));
            startSetup();
        } else {
            status.show(StatusBanner.Kind.PROBLEM, describe(failure));
        }
    }

    /** Asks the server for a new key, with the username and password typed, and shows the set-up panel. */
    private void startSetup() {
        if (username.getText().isBlank() || password.getPassword().length == 0) {
            status.show(StatusBanner.Kind.PROBLEM, "Enter your username and password first.");
            return;
        }
        setBusy(true);
        status.show(StatusBanner.Kind.INFO, "Asking the server for a key…");
        String user = username.getText().trim();
        String secret = new String(password.getPassword());
        new SwingWorker<SecondFactorOffer, Void>() {
            @Override
            protected SecondFactorOffer doInBackground() {
                return client.offerSecondFactor(user, secret);
            }

            @Override
            protected void done() {
                setBusy(false);
                try {
                    setup.offer(get());
                    cards.show(SignInScreen.this, SETUP);
                    setup.requestFocusInWindow();
                } catch (ExecutionException e) {
                    status.show(StatusBanner.Kind.PROBLEM, describe(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private void confirmSetup() {
        if (setup.code().isEmpty()) {
            setup.status.show(StatusBanner.Kind.PROBLEM, "Type the six-digit code your authenticator app shows.");
            return;
        }
        setup.setBusy(true);
        setup.status.show(StatusBanner.Kind.INFO, "Setting up…");
        String user = username.getText().trim();
        String secret = new String(password.getPassword());
        String oneTimeCode = setup.code();
        new SwingWorker<SecondFactorSetUp, Void>() {
            private StaffSession session;

            @Override
            protected SecondFactorSetUp doInBackground() {
                SecondFactorSetUp done = client.confirmSecondFactor(user, secret, oneTimeCode);
                session = new StaffSession(done.signedIn(), client.me(), client.programmes());
                return done;
            }

            @Override
            protected void done() {
                setup.setBusy(false);
                try {
                    SecondFactorSetUp done = get();
                    clearSecrets();
                    setUpSession = session;
                    setup.showRecoveryCodes(done.recoveryCodes());
                } catch (ExecutionException e) {
                    setup.status.show(StatusBanner.Kind.PROBLEM, describe(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private void showForm() {
        cards.show(this, FORM);
        username.requestFocusInWindow();
    }

    private void clearSecrets() {
        password.setText("");
        code.setText("");
        codeLabel.setVisible(false);
        code.setVisible(false);
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
        setUpSecondFactor.setEnabled(!busy);
        username.setEnabled(!busy);
        password.setEnabled(!busy);
        code.setEnabled(!busy);
        progress.setVisible(busy);
    }
}
