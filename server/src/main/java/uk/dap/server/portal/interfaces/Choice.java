package uk.dap.server.portal.interfaces;

/** One radio button or check box: the value sent, its label, and a hint under it (or null). */
public record Choice(String value, String label, String hint) {
    public static Choice of(String value, String label) {
        return new Choice(value, label, null);
    }
}
