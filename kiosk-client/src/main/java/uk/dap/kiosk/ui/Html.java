package uk.dap.kiosk.ui;

/** Server text shown in a Swing HTML label (so that it wraps) must never be read as markup. */
public final class Html {
    private Html() {
    }

    /** The text with its markup characters escaped; "" for none. */
    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
