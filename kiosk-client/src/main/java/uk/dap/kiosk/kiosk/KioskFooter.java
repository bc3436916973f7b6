package uk.dap.kiosk.kiosk;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.kiosk.ui.Theme;

/** The foot of the kiosk's screens: how many sign-ins wait to be sent (when any do), and the connection. */
final class KioskFooter extends JPanel {
    private final JLabel waiting = Ui.named(new JLabel(" ", SwingConstants.CENTER), "waitingCount", "");
    private final StatusBanner banner = new StatusBanner("connectionStatus", 900);

    KioskFooter() {
        super(new BorderLayout());
        setName("kioskFooter");
        getAccessibleContext().setAccessibleName("Kiosk status");
        waiting.setOpaque(true);
        waiting.setBorder(BorderFactory.createEmptyBorder(8, 16, 8, 16));
        waiting.setVisible(false);
        add(waiting, BorderLayout.NORTH);
        add(banner, BorderLayout.CENTER);
    }

    void status(StatusBanner.Kind kind, String text) {
        banner.setFont(Theme.fontFor(text, 0.8f, Font.PLAIN));
        banner.show(kind, text);
    }

    /** The words for the sign-ins waiting, or an empty string when none wait. */
    void waiting(String text) {
        waiting.setVisible(!text.isEmpty());
        waiting.setText(text.isEmpty() ? " " : text);
        waiting.setFont(Theme.fontFor(text, 0.9f, Font.BOLD));
        waiting.setBackground(new Color(0xFFF4CE));
        waiting.setForeground(new Color(0x5C3B00));
        waiting.getAccessibleContext().setAccessibleName(text);
    }

    String waitingText() {
        return waiting.isVisible() ? waiting.getText() : "";
    }
}
