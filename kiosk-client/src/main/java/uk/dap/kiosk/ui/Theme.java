package uk.dap.kiosk.ui;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Font;
import javax.swing.UIManager;
import uk.dap.kiosk.ClientOptions;

/** FlatLaf, with large text and touch-sized controls in kiosk mode. */
public final class Theme {
    private Theme() {
    }

    public static void install(ClientOptions.Mode mode) {
        FlatLightLaf.setup();
        int size = mode == ClientOptions.Mode.KIOSK ? 24 : 14;
        UIManager.put("defaultFont", new Font(Font.SANS_SERIF, Font.PLAIN, size));
        UIManager.put("Button.arc", 12);
        UIManager.put("Component.arc", 10);
        UIManager.put("TextComponent.arc", 10);
        // Null puts back FlatLaf's own value: a window of the other mode in the same JVM (as in the tests) must not
        // inherit the kiosk's large buttons or its high-contrast colours.
        UIManager.put("Button.margin", mode == ClientOptions.Mode.KIOSK ? new java.awt.Insets(16, 32, 16, 32) : null);
        for (String key : CONTRAST_KEYS) {
            UIManager.put(key, null);
        }
    }

    /** The staff client's text, and its "Larger text" size for people who need it (issue 19). */
    public static final int STAFF_TEXT = 14;
    public static final int STAFF_LARGER_TEXT = 17;

    /** Staff mode's look with normal or larger text. Call on the event thread; then rebuild or update the screens. */
    public static void installStaff(boolean largerText) {
        install(ClientOptions.Mode.STAFF);
        UIManager.put("defaultFont", new Font(Font.SANS_SERIF, Font.PLAIN, largerText ? STAFF_LARGER_TEXT : STAFF_TEXT));
    }

    /** Whether staff mode's larger text is on. */
    public static boolean largerStaffText() {
        Font base = UIManager.getFont("defaultFont");
        return base != null && base.getSize() == STAFF_LARGER_TEXT;
    }

    public static Font scaled(float factor, int style) {
        Font base = UIManager.getFont("defaultFont");
        return base.deriveFont(style, base.getSize2D() * factor);
    }

    // ---- Kiosk look: high contrast and larger text (switched on by staff), and a font for Urdu. ----

    /** Keys the high-contrast look sets, so that switching it off restores FlatLaf's own values. */
    private static final java.util.List<String> CONTRAST_KEYS = java.util.List.of("Panel.background", "Label.foreground",
            "Button.background", "Button.foreground", "Button.borderColor", "Button.focusedBorderColor",
            "Button.disabledText", "Button.disabledBackground", "Component.focusColor", "Component.focusWidth",
            "Button.borderWidth", "ToggleButton.background", "ToggleButton.foreground", "ToggleButton.selectedBackground",
            "ToggleButton.selectedForeground", "CheckBox.foreground", "CheckBox.background", "TextField.background",
            "TextField.foreground", "PasswordField.background", "PasswordField.foreground", "OptionPane.background",
            "ScrollPane.background", "Viewport.background", "Component.borderColor");
    private static final int KIOSK_TEXT = 24;
    private static final int KIOSK_LARGER_TEXT = 32;
    private static volatile Font scriptRegular;
    private static volatile Font scriptBold;

    /**
     * Kiosk mode's look: FlatLaf light with large text, or (for people with low vision) white and yellow on black, and
     * larger text still. Call on the event thread; call {@link com.formdev.flatlaf.FlatLaf#updateUI()} after a change.
     */
    public static void installKiosk(boolean highContrast, boolean largerText) {
        for (String key : CONTRAST_KEYS) {
            UIManager.put(key, null);
        }
        if (highContrast) {
            com.formdev.flatlaf.FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        UIManager.put("defaultFont", new Font(Font.SANS_SERIF, Font.PLAIN, largerText ? KIOSK_LARGER_TEXT : KIOSK_TEXT));
        UIManager.put("Button.arc", 12);
        UIManager.put("Component.arc", 10);
        UIManager.put("TextComponent.arc", 10);
        UIManager.put("Button.margin", new java.awt.Insets(16, 32, 16, 32));
        if (highContrast) {
            java.awt.Color black = java.awt.Color.BLACK;
            java.awt.Color white = java.awt.Color.WHITE;
            java.awt.Color yellow = new java.awt.Color(0xFFFF00);
            java.awt.Color cyan = new java.awt.Color(0x00FFFF);
            for (String key : java.util.List.of("Panel.background", "Button.background", "ToggleButton.background",
                    "CheckBox.background", "TextField.background", "PasswordField.background", "OptionPane.background",
                    "ScrollPane.background", "Viewport.background", "Button.disabledBackground")) {
                UIManager.put(key, new javax.swing.plaf.ColorUIResource(black));
            }
            for (String key : java.util.List.of("Label.foreground", "CheckBox.foreground", "TextField.foreground",
                    "PasswordField.foreground", "Button.borderColor", "Component.borderColor")) {
                UIManager.put(key, new javax.swing.plaf.ColorUIResource(white));
            }
            UIManager.put("Button.foreground", new javax.swing.plaf.ColorUIResource(yellow));
            UIManager.put("ToggleButton.foreground", new javax.swing.plaf.ColorUIResource(yellow));
            UIManager.put("ToggleButton.selectedBackground", new javax.swing.plaf.ColorUIResource(yellow));
            UIManager.put("ToggleButton.selectedForeground", new javax.swing.plaf.ColorUIResource(black));
            UIManager.put("Button.disabledText", new javax.swing.plaf.ColorUIResource(new java.awt.Color(0xBFBFBF)));
            UIManager.put("Button.focusedBorderColor", new javax.swing.plaf.ColorUIResource(cyan));
            UIManager.put("Component.focusColor", new javax.swing.plaf.ColorUIResource(cyan));
            UIManager.put("Component.focusWidth", 3);
            UIManager.put("Button.borderWidth", 2);
        }
    }

    /**
     * The kiosk's font for a piece of text: the default one, or, when it cannot show every character (Urdu, say), the
     * bundled Noto Naskh Arabic when that can. Java does not fall back from one physical font to another by itself.
     */
    public static Font fontFor(String text, float factor, int style) {
        Font base = scaled(factor, style);
        if (text == null || base.canDisplayUpTo(text) == -1) {
            return base;
        }
        Font script = scriptFont(style);
        if (script != null && script.canDisplayUpTo(text) == -1) {
            return script.deriveFont(style, base.getSize2D());
        }
        return base;
    }

    private static Font scriptFont(int style) {
        if (scriptRegular == null) {
            synchronized (Theme.class) {
                if (scriptRegular == null) {
                    scriptRegular = load("NotoNaskhArabic-Regular.ttf");
                    scriptBold = load("NotoNaskhArabic-Bold.ttf");
                }
            }
        }
        return (style & Font.BOLD) != 0 && scriptBold != null ? scriptBold : scriptRegular;
    }

    private static Font load(String file) {
        try (java.io.InputStream in = Theme.class.getResourceAsStream("/uk/dap/kiosk/fonts/" + file)) {
            if (in == null) {
                return null;
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (java.io.IOException | java.awt.FontFormatException e) {
            return null;
        }
    }
}
