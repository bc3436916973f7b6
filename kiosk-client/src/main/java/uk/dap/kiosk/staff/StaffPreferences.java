package uk.dap.kiosk.staff;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A staff member's choice of larger text, kept on this computer across sign-ins with {@code java.util.prefs}. */
public final class StaffPreferences {
    private static final String LARGER_TEXT = "largerText";
    private final Preferences node;

    public StaffPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's node for the staff client. */
    public static StaffPreferences user() {
        return new StaffPreferences(Preferences.userRoot().node("uk/dap/staff"));
    }

    public boolean largerText() {
        return node.getBoolean(LARGER_TEXT, false);
    }

    public void largerText(boolean on) {
        node.putBoolean(LARGER_TEXT, on);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Kept for this run; chosen again after a restart.
        }
    }
}
