package uk.dap.kiosk.staff;

import java.util.List;
import uk.dap.kiosk.ui.AppFrame;
import uk.dap.shared.api.CurrentUser;
import uk.dap.shared.api.ProgrammeView;
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

    private void signedIn(CurrentUser user, List<ProgrammeView> programmes) {
        frame.show(new HomeScreen(user, programmes, () -> {
            client.useToken(null);
            begin();
        }));
    }
}
