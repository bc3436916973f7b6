package uk.dap.kiosk.staff;

import uk.dap.kiosk.ui.AppFrame;
import uk.dap.shared.client.DapClient;

/** Staff mode: sign in, then the home screen; signing out returns to the sign-in screen. */
public class StaffFlow {
    private final AppFrame frame;
    private final DapClient client;

    public StaffFlow(AppFrame frame, DapClient client) {
        this.frame = frame;
        this.client = client;
    }

    public void begin() {
        frame.show(new SignInScreen(client, this::signedIn));
    }

    private void signedIn(StaffSession session) {
        frame.show(new HomeScreen(session, new StaffApi(client), () -> {
            client.useToken(null);
            begin();
        }));
    }
}
