package uk.dap.kiosk.ui;

/** Server text shown in a Swing HTML label (so that it wraps) must never be read as markup. */
public final class Html {
    private Html() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
