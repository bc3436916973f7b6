package uk.dap.kiosk.ui;

import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.SwingConstants;

/**
 * A plain-words message about the connection or an error, wrapped to a readable width so that a long message from the
 * server never stretches the screen; announced to screen readers through its accessible name.
 */
public class StatusBanner extends JLabel {
    public enum Kind { INFO, OK, PROBLEM }

    private final int wrapWidth;
    private String message = "";
    private Kind kind = Kind.INFO;

    /** @param wrapWidth the width in pixels at which the message wraps onto the next line */
    public StatusBanner(String name, int wrapWidth) {
        this.wrapWidth = wrapWidth;
        setName(name);
        setHorizontalAlignment(SwingConstants.CENTER);
        setOpaque(true);
        setBorder(BorderFactory.createEmptyBorder(10, 16, 10, 16));
        show(Kind.INFO, " ");
    }

    public void show(Kind kind, String text) {
        message = text;
        this.kind = kind;
        // Escaped: the text can come from the server, and Swing would otherwise render (and fetch) any HTML in it.
        setText("<html><div style='text-align:center; width:" + wrapWidth + "px'>" + Html.escape(text) + "</div></html>");
        getAccessibleContext().setAccessibleName(text);
        switch (kind) {
            case OK -> { setBackground(new Color(0xE6F4EA)); setForeground(new Color(0x0B5A25)); }
            case PROBLEM -> { setBackground(new Color(0xFDECEA)); setForeground(new Color(0x8A1C12)); }
            default -> { setBackground(new Color(0xEEF2F7)); setForeground(new Color(0x1F2D3D)); }
        }
    }

    /** What kind of message shows: information, success or a problem (also told apart by colour). */
    public Kind kind() {
        return kind;
    }

    /** The message as plain text, as a person reads it. */
    public String message() {
        return message;
    }

}
