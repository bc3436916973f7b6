package uk.dap.kiosk.kiosk;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.kiosk.ui.Theme;

/**
 * What a group room sees between uses: a welcome and the venue's name, never a person's name. Language buttons (each
 * named in its own language) are always there; when today's session is open a large "Sign in" button leads to the
 * roster; staff reach their menu with the small "Staff" button (behind their PIN). The footer says whether the kiosk
 * can reach the server and how many sign-ins wait to be sent.
 */
public class WelcomeScreen extends JPanel {
    /** What the welcome screen's buttons do. */
    public interface Actions {
        void language(Locale locale);

        void startSignIn();

        void openSession();

        void staff();
    }

    private final KioskFooter footer = new KioskFooter();
    private final JButton start;
    private final JButton open;

    /** The screen before the kiosk knows its flow (kept for the enrolment path): English, no session. */
    public WelcomeScreen(String venueName) {
        this(KioskText.english(), venueName, false, null);
    }

    public WelcomeScreen(KioskText text, String venueName, boolean sessionOpen, Actions actions) {
        super(new BorderLayout());
        setName("welcomeScreen");

        JPanel top = new JPanel(new BorderLayout());
        top.setBorder(BorderFactory.createEmptyBorder(16, 24, 0, 24));
        JPanel languages = new JPanel(new FlowLayout(FlowLayout.TRAILING, 10, 0));
        languages.setName("languageBar");
        JLabel choose = Ui.label("languageLabel", text.get("language.choose"), 0.8f, Font.PLAIN);
        languages.add(choose);
        ButtonGroup group = new ButtonGroup();
        for (Locale offered : KioskText.OFFERED) {
            String own = KioskText.of(offered).get("language.name");
            JToggleButton button = Ui.named(new JToggleButton(own), "language-" + offered.getLanguage(), own);
            button.setFont(Theme.fontFor(own, 0.8f, Font.PLAIN));
            button.setSelected(offered.equals(text.locale()));
            button.setMargin(new java.awt.Insets(10, 20, 10, 20));
            button.addActionListener(e -> {
                if (actions != null) {
                    actions.language(offered);
                }
            });
            Ui.enterPresses(button);
            group.add(button);
            languages.add(button);
        }
        top.add(languages, BorderLayout.LINE_END);
        JButton staff = Ui.button("staffMenu", "Staff", 0.6f, () -> {
            if (actions != null) {
                actions.staff();
            }
        });
        staff.getAccessibleContext().setAccessibleName("Staff menu (needs a staff PIN)");
        staff.setMargin(new java.awt.Insets(8, 18, 8, 18));
        JPanel staffHolder = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        staffHolder.add(staff);
        top.add(staffHolder, BorderLayout.LINE_START);

        JPanel centre = new JPanel();
        centre.setLayout(new BoxLayout(centre, BoxLayout.Y_AXIS));
        centre.setBorder(BorderFactory.createEmptyBorder(70, 40, 40, 40));
        JLabel welcome = Ui.label("welcome", text.get("welcome.title"), 3f, Font.BOLD);
        JLabel venue = Ui.label("venueName", venueName, 1.5f, Font.PLAIN);
        JLabel hint = Ui.label("welcomeHint", text.get(sessionOpen ? "welcome.open" : "welcome.closed"), 1f, Font.PLAIN);
        hint.setBorder(BorderFactory.createEmptyBorder(40, 0, 30, 0));
        centre.add(welcome);
        centre.add(Box.createVerticalStrut(8));
        centre.add(venue);
        centre.add(hint);
        start = Ui.button("startSignIn", text.get("welcome.start"), 1.6f, () -> actions.startSignIn());
        start.setFont(Theme.fontFor(text.get("welcome.start"), 1.6f, Font.BOLD));
        start.setVisible(sessionOpen && actions != null);
        centre.add(start);
        open = Ui.button("openSession", "Open today's session (staff)", 0.8f, () -> actions.openSession());
        open.setVisible(!sessionOpen && actions != null);
        centre.add(open);

        add(top, BorderLayout.NORTH);
        add(centre, BorderLayout.CENTER);
        add(footer, BorderLayout.SOUTH);
        getAccessibleContext().setAccessibleName(text.get("welcome.title") + ", " + venueName);
        applyComponentOrientation(text.orientation());
    }

    @Override
    public boolean requestFocusInWindow() {
        Component first = start.isVisible() ? start : open.isVisible() ? open : null;
        return first != null ? first.requestFocusInWindow() : super.requestFocusInWindow();
    }

    public void status(StatusBanner.Kind kind, String text) {
        footer.status(kind, text);
    }

    KioskFooter footer() {
        return footer;
    }
}
