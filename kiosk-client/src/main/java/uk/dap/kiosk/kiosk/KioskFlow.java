package uk.dap.kiosk.kiosk;

import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import uk.dap.kiosk.CredentialStore;
import uk.dap.kiosk.ui.AppFrame;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.shared.api.KioskCredential;
import uk.dap.shared.client.ApiException;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.client.ServerUnreachableException;

/**
 * Kiosk mode: enrol once with the code an administrator gives, keep the credential, then show the welcome screen and
 * keep a live connection: sign in with the device credential, renew the token before it expires, and when the
 * server cannot be reached say so plainly and retry. All network work runs on a background thread.
 */
public class KioskFlow {
    static final long RETRY_SECONDS = 5;
    /** Well inside the server's 30-minute token lifetime. */
    static final long RENEW_SECONDS = 20 * 60;

    private final AppFrame frame;
    private final DapClient client;
    private final CredentialStore store;
    private final ScheduledExecutorService network = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kiosk-network");
        thread.setDaemon(true);
        return thread;
    });
    private WelcomeScreen welcome;

    public KioskFlow(AppFrame frame, DapClient client, CredentialStore store) {
        this.frame = frame;
        this.client = client;
        this.store = store;
    }

    public void begin() {
        Optional<KioskCredential> credential = store.load();
        if (credential.isPresent()) {
            showWelcome(credential.get());
        } else {
            frame.show(new EnrolmentScreen(client, this::enrolled));
        }
    }

    private void enrolled(KioskCredential credential) {
        store.save(credential);
        showWelcome(credential);
    }

    private void showWelcome(KioskCredential credential) {
        welcome = new WelcomeScreen(credential.venueName());
        frame.show(welcome);
        welcome.status(StatusBanner.Kind.INFO, "Connecting to the server…");
        network.execute(() -> connect(credential));
    }

    private void connect(KioskCredential credential) {
        try {
            client.kioskSignIn(credential);
            ui(StatusBanner.Kind.OK, "Connected.");
            network.schedule(() -> connect(credential), RENEW_SECONDS, TimeUnit.SECONDS);
        } catch (ApiException e) {
            if (e.status() == 401) {
                // Revoked: retrying cannot help, and the screen must say who can.
                ui(StatusBanner.Kind.PROBLEM, "This kiosk is no longer registered. Please ask a member of staff.");
            } else {
                retryLater(credential, "The server had a problem.");
            }
        } catch (ServerUnreachableException e) {
            retryLater(credential, "Cannot reach the server.");
        } catch (RuntimeException e) {
            retryLater(credential, "Something went wrong.");
        }
    }

    private void retryLater(KioskCredential credential, String problem) {
        ui(StatusBanner.Kind.PROBLEM, problem + " Trying again every " + RETRY_SECONDS + " seconds…");
        network.schedule(() -> connect(credential), RETRY_SECONDS, TimeUnit.SECONDS);
    }

    private void ui(StatusBanner.Kind kind, String text) {
        SwingUtilities.invokeLater(() -> welcome.status(kind, text));
    }
}
