package uk.dap.kiosk.kiosk;

import java.awt.BorderLayout;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JPanel;
import uk.dap.shared.api.attendance.RosterPerson;

/** "Thank you" after a sign-in; the kiosk goes back to the roster by itself after a few seconds. */
public class ThankYouScreen extends JPanel {
    public ThankYouScreen(KioskText text, RosterPerson person) {
        super(new BorderLayout());
        setName("thankYouScreen");
        JPanel centre = new JPanel();
        centre.setLayout(new BoxLayout(centre, BoxLayout.Y_AXIS));
        centre.setBorder(BorderFactory.createEmptyBorder(140, 40, 40, 40));
        centre.add(Ui.label("thanksTitle", text.get("thanks.title"), 3f, Font.BOLD));
        centre.add(Box.createVerticalStrut(20));
        centre.add(Ui.label("thanksName", person.displayName(), 2f, Font.PLAIN));
        centre.add(Box.createVerticalStrut(30));
        centre.add(Ui.label("thanksMessage", text.get("thanks.signedIn"), 1.4f, Font.PLAIN));
        add(centre, BorderLayout.CENTER);
        getAccessibleContext().setAccessibleName(text.get("thanks.title") + ", " + person.displayName() + ". "
                + text.get("thanks.signedIn"));
        applyComponentOrientation(text.orientation());
    }
}
