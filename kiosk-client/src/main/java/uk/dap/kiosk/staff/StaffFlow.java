package uk.dap.kiosk.staff;

import uk.dap.kiosk.ui.AppFrame;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.client.DapClient;

/**
 * Staff mode: sign in, then the home screen; signing out returns to the sign-in screen. The text size chosen is kept on
 * this computer (StaffPreferences); switching it builds the screens again in the new size, on the screen the user was on.
 */
public class StaffFlow {
    private final AppFrame frame;
    private final DapClient client;
    private final StaffPreferences preferences;

    public StaffFlow(AppFrame frame, DapClient client) {
        this(frame, client, StaffPreferences.user());
    }

    public StaffFlow(AppFrame frame, DapClient client, StaffPreferences preferences) {
        this.frame = frame;
        this.client = client;
        this.preferences = preferences;
    }

    public void begin() {
        Theme.installStaff(preferences.largerText());
        frame.show(new SignInScreen(client, this::signedIn));
    }

    private void signedIn(StaffSession session) {
        home(session, null);
    }

    private void home(StaffSession session, String section) {
        HomeScreen[] home = new HomeScreen[1];
        home[0] = new HomeScreen(session, new StaffApi(client), () -> {
            client.useToken(null);
            begin();
        }, larger -> {
            preferences.largerText(larger);
            Theme.installStaff(larger);
            com.formdev.flatlaf.FlatLaf.updateUI();
            home(session, home[0].shownSection());
        });
        frame.show(home[0]);
        if (section != null) {
            home[0].showSection(section);
        }
    }
}
