package uk.dap.kiosk.kiosk;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** The kiosk's look, chosen by staff and kept across restarts with {@code java.util.prefs}. */
public final class KioskPreferences {
    private static final String HIGH_CONTRAST = "highContrast";
    private static final String LARGER_TEXT = "largerText";
    private final Preferences node;

    public KioskPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's node for the kiosk. */
    public static KioskPreferences user() {
        return new KioskPreferences(Preferences.userRoot().node("uk/dap/kiosk"));
    }

    public boolean highContrast() {
        return node.getBoolean(HIGH_CONTRAST, false);
    }

    public boolean largerText() {
        return node.getBoolean(LARGER_TEXT, false);
    }

    public void highContrast(boolean on) {
        node.putBoolean(HIGH_CONTRAST, on);
        flush();
    }

    public void largerText(boolean on) {
        node.putBoolean(LARGER_TEXT, on);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Kept for this run; it will be asked again after a restart.
        }
    }
}
