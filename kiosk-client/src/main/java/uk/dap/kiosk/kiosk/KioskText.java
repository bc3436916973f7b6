package uk.dap.kiosk.kiosk;

import java.awt.ComponentOrientation;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The participant-facing words of the kiosk in one language, from the {@code KioskText} resource bundles (UTF-8
 * properties files beside this class). English is the base bundle, whatever the machine's own locale. Staff-facing
 * screens (opening a session, unlocking) are in English only.
 */
public final class KioskText {
    static final String BUNDLE = "uk.dap.kiosk.kiosk.KioskText";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale POLISH = new Locale("pl");
    public static final Locale URDU = new Locale("ur");
    /** The languages offered on the welcome screen, in the order of their buttons. */
    public static final List<Locale> OFFERED = List.of(ENGLISH, POLISH, URDU);

    private final Locale locale;
    private final ResourceBundle bundle;

    private KioskText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static KioskText of(Locale locale) {
        return new KioskText(OFFERED.contains(locale) ? locale : ENGLISH);
    }

    public static KioskText english() {
        return of(ENGLISH);
    }

    public Locale locale() {
        return locale;
    }

    /** Left to right, or right to left for Urdu: screens apply it to mirror their layout. */
    public ComponentOrientation orientation() {
        return ComponentOrientation.getOrientation(locale);
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    /**
     * The kiosk language for a language as recorded on a participant's record ("Polish", "polski", "pl", "Urdu", ...);
     * null when the kiosk has no text in it (the kiosk then keeps the language chosen on the welcome screen).
     */
    public static Locale forRecordedLanguage(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return null;
        }
        String name = recorded.trim().toLowerCase(Locale.ROOT);
        for (Locale offered : OFFERED) {
            if (name.equals(offered.getLanguage())
                    || name.equals(offered.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT))
                    || name.equals(offered.getDisplayLanguage(offered).toLowerCase(offered))
                    || name.startsWith(offered.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT) + " ")) {
                return offered;
            }
        }
        return null;
    }
}
