package uk.dap.kiosk.kiosk;

import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingWorker;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.KioskCredential;
import uk.dap.shared.client.ApiException;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.client.ServerUnreachableException;

/** First start of a kiosk: a member of staff types the one-time enrolment code an administrator was given. */
public class EnrolmentScreen extends JPanel {
    private final DapClient client;
    private final Consumer<KioskCredential> onEnrolled;
    private final JTextField code = new JTextField(16);
    private final JButton enrol = new JButton("Set up this kiosk");
    private final JProgressBar progress = new JProgressBar();
    private final StatusBanner status = new StatusBanner("enrolmentStatus", 420);

    public EnrolmentScreen(DapClient client, Consumer<KioskCredential> onEnrolled) {
        super(new GridBagLayout());
        this.client = client;
        this.onEnrolled = onEnrolled;
        setName("enrolmentScreen");
        setBorder(BorderFactory.createEmptyBorder(40, 40, 40, 40));
        JLabel title = new JLabel("Set up this kiosk");
        title.setFont(Theme.scaled(1.6f, Font.BOLD));
        JLabel label = new JLabel("Enrolment code (from your administrator)");
        label.setLabelFor(code);
        code.setName("enrolmentCode");
        code.getAccessibleContext().setAccessibleName("Enrolment code");
        enrol.setName("enrol");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(10, 10, 10, 10);
        c.fill = GridBagConstraints.HORIZONTAL;
        add(title, c);
        add(label, c);
        add(code, c);
        add(enrol, c);
        add(progress, c);
        add(status, c);
        enrol.addActionListener(e -> submit());
        code.addActionListener(e -> submit());
    }

    @Override
    public boolean requestFocusInWindow() {
        return code.requestFocusInWindow();
    }

    private void submit() {
        String typed = code.getText().trim();
        if (typed.isEmpty()) {
            status.show(StatusBanner.Kind.PROBLEM, "Type the enrolment code first.");
            return;
        }
        enrol.setEnabled(false);
        progress.setVisible(true);
        status.show(StatusBanner.Kind.INFO, "Setting up…");
        new SwingWorker<KioskCredential, Void>() {
            @Override
            protected KioskCredential doInBackground() {
                return client.enrolKiosk(typed);
            }

            @Override
            protected void done() {
                enrol.setEnabled(true);
                progress.setVisible(false);
                try {
                    onEnrolled.accept(get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    status.show(StatusBanner.Kind.PROBLEM, cause instanceof ServerUnreachableException
                            ? "Cannot reach the server at " + client.base() + ". Check the network and try again."
                            : cause instanceof ApiException api ? api.getMessage() : "Something went wrong. Try again.");
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }
}
