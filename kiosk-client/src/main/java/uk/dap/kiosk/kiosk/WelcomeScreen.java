package uk.dap.kiosk.kiosk;

import java.awt.BorderLayout;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.kiosk.ui.Theme;

/**
 * What a group room sees between uses: a welcome and the venue's name, never a person's name. The banner at the
 * foot says whether the kiosk can reach the server.
 */
public class WelcomeScreen extends JPanel {
    private final StatusBanner banner = new StatusBanner("connectionStatus", 900);

    public WelcomeScreen(String venueName) {
        super(new BorderLayout());
        setName("welcomeScreen");
        JPanel centre = new JPanel();
        centre.setLayout(new BoxLayout(centre, BoxLayout.Y_AXIS));
        centre.setBorder(BorderFactory.createEmptyBorder(120, 40, 40, 40));
        JLabel welcome = new JLabel("Welcome", SwingConstants.CENTER);
        welcome.setName("welcome");
        welcome.setFont(Theme.scaled(3f, Font.BOLD));
        welcome.setAlignmentX(CENTER_ALIGNMENT);
        JLabel venue = new JLabel(venueName, SwingConstants.CENTER);
        venue.setName("venueName");
        venue.setFont(Theme.scaled(1.5f, Font.PLAIN));
        venue.setAlignmentX(CENTER_ALIGNMENT);
        JLabel hint = new JLabel("Your facilitator will open today's session here.", SwingConstants.CENTER);
        hint.setAlignmentX(CENTER_ALIGNMENT);
        hint.setBorder(BorderFactory.createEmptyBorder(40, 0, 0, 0));
        centre.add(welcome);
        centre.add(venue);
        centre.add(hint);
        add(centre, BorderLayout.CENTER);
        add(banner, BorderLayout.SOUTH);
        getAccessibleContext().setAccessibleName("Welcome, " + venueName);
    }

    public void status(StatusBanner.Kind kind, String text) {
        banner.show(kind, text);
    }
}
