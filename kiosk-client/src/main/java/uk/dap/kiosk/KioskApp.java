package uk.dap.kiosk;

import java.time.Duration;
import javax.swing.SwingUtilities;
import uk.dap.kiosk.kiosk.KioskFlow;
import uk.dap.kiosk.kiosk.KioskPreferences;
import uk.dap.kiosk.staff.StaffFlow;
import uk.dap.kiosk.ui.AppFrame;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.client.DapClient;

/** Starts the client in kiosk mode (the shared screen in a group room) or staff mode (a worker's desktop). */
public final class KioskApp {
    private KioskApp() {
    }

    public static void main(String[] args) {
        ClientOptions options = ClientOptions.parse(args);
        SwingUtilities.invokeLater(() -> start(options));
    }

    /** Builds and shows the window on the event thread; returns the frame, for tests. */
    public static AppFrame start(ClientOptions options) {
        Theme.install(options.mode());
        DapClient client = new DapClient(options.server(), Duration.ofSeconds(5));
        AppFrame frame = new AppFrame(options);
        if (options.mode() == ClientOptions.Mode.KIOSK) {
            new KioskFlow(frame, client, new CredentialStore(options.home()), options, KioskPreferences.user()).begin();
        } else {
            new StaffFlow(frame, client).begin();
        }
        frame.showFor(options);
        return frame;
    }
}
