package uk.dap.kiosk.ui;

import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.SwingConstants;

/** A plain-words line about the connection or an error; announced to screen readers through its accessible name. */
public class StatusBanner extends JLabel {
    public enum Kind { INFO, OK, PROBLEM }

    public StatusBanner(String name) {
        setName(name);
        setHorizontalAlignment(SwingConstants.CENTER);
        setOpaque(true);
        setBorder(BorderFactory.createEmptyBorder(10, 16, 10, 16));
        show(Kind.INFO, " ");
    }

    public void show(Kind kind, String text) {
        setText(text);
        getAccessibleContext().setAccessibleName(text);
        switch (kind) {
            case OK -> { setBackground(new Color(0xE6F4EA)); setForeground(new Color(0x0B5A25)); }
            case PROBLEM -> { setBackground(new Color(0xFDECEA)); setForeground(new Color(0x8A1C12)); }
            default -> { setBackground(new Color(0xEEF2F7)); setForeground(new Color(0x1F2D3D)); }
        }
    }
}
