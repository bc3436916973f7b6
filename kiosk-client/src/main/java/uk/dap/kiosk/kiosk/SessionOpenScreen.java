package uk.dap.kiosk.kiosk;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.shared.api.attendance.KioskSession;

/**
 * Staff only (English): a facilitator chooses one of today's sessions at this venue and opens it with their username
 * and kiosk PIN. The kiosk then fetches the roster.
 */
public class SessionOpenScreen extends JPanel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** Opens the chosen session; the PIN array is the caller's to clear. */
    public interface Opener {
        void open(long sessionId, String username, char[] pin);
    }

    private final JPanel sessions = new JPanel();
    private final ButtonGroup group = new ButtonGroup();
    private final JTextField username = Ui.named(new JTextField(16), "openUsername", "Your username");
    private final JPasswordField pin = Ui.named(new JPasswordField(8), "openPin", "Your kiosk PIN");
    private final JButton open;
    private final StatusBanner status = new StatusBanner("openStatus", 640);
    private final Opener opener;
    private Long chosen;

    public SessionOpenScreen(String venueName, Opener opener, Runnable cancel) {
        super(new BorderLayout());
        this.opener = opener;
        setName("sessionOpenScreen");
        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(30, 40, 30, 40));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridwidth = 2;
        c.insets = new Insets(8, 10, 8, 10);
        c.fill = GridBagConstraints.HORIZONTAL;
        form.add(Ui.label("openTitle", "Open today's session", 1.6f, Font.BOLD), c);
        form.add(Ui.label("openVenue", "Today at " + venueName, 0.9f, Font.PLAIN), c);
        sessions.setLayout(new BoxLayout(sessions, BoxLayout.Y_AXIS));
        sessions.setName("sessionList");
        sessions.getAccessibleContext().setAccessibleName("Today's sessions");
        sessions.add(Ui.label("sessionsLoading", "Finding today's sessions…", 0.8f, Font.PLAIN));
        form.add(sessions, c);

        c.gridwidth = 1;
        c.gridy = 3;
        JLabel userLabel = new JLabel("Username");
        userLabel.setLabelFor(username);
        form.add(userLabel, c);
        c.gridx = 1;
        form.add(username, c);
        c.gridx = 0;
        c.gridy = 4;
        JLabel pinLabel = new JLabel("Kiosk PIN");
        pinLabel.setLabelFor(pin);
        form.add(pinLabel, c);
        c.gridx = 1;
        form.add(pin, c);

        c.gridx = 0;
        c.gridy = 5;
        c.gridwidth = 2;
        open = Ui.button("openSessionSubmit", "Open the session", 1f, this::submit);
        JButton back = Ui.button("openSessionCancel", "Cancel", 1f, cancel);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.CENTER, 20, 0));
        buttons.add(open);
        buttons.add(back);
        form.add(buttons, c);
        c.gridy = 6;
        form.add(status, c);
        username.addActionListener(e -> pin.requestFocusInWindow());
        pin.addActionListener(e -> submit());
        add(form, BorderLayout.NORTH);
        getAccessibleContext().setAccessibleName("Open today's session (staff)");
    }

    /** Today's sessions at this venue, from the server. */
    void sessions(List<KioskSession> today) {
        sessions.removeAll();
        if (today.isEmpty()) {
            sessions.add(Ui.label("noSessions", "There is no session today at this venue.", 0.8f, Font.PLAIN));
        }
        for (KioskSession session : today) {
            String words = session.programmeName() + ", " + TIME.format(session.startTime()) + " to "
                    + TIME.format(session.startTime().plusMinutes(session.durationMinutes()))
                    + (session.room() == null || session.room().isBlank() ? "" : ", " + session.room())
                    + (session.open() ? " (open)" : "");
            JToggleButton choice = Ui.named(new JToggleButton(words), "session-" + session.sessionId(), words);
            choice.setFont(uk.dap.kiosk.ui.Theme.scaled(0.9f, Font.PLAIN));
            choice.setMargin(new Insets(12, 24, 12, 24));
            choice.setAlignmentX(CENTER_ALIGNMENT);
            choice.addActionListener(e -> chosen = session.sessionId());
            Ui.enterPresses(choice);
            group.add(choice);
            sessions.add(choice);
        }
        if (today.size() == 1) {
            chosen = today.get(0).sessionId();
            group.getElements().nextElement().setSelected(true);
        }
        sessions.revalidate();
        sessions.repaint();
        username.requestFocusInWindow();
    }

    void problem(String message) {
        open.setEnabled(true);
        status.show(StatusBanner.Kind.PROBLEM, message);
    }

    private void submit() {
        if (chosen == null) {
            status.show(StatusBanner.Kind.PROBLEM, "Choose the session first.");
            return;
        }
        if (username.getText().isBlank() || pin.getPassword().length == 0) {
            status.show(StatusBanner.Kind.PROBLEM, "Enter your username and PIN.");
            return;
        }
        open.setEnabled(false);
        status.show(StatusBanner.Kind.INFO, "Opening the session…");
        char[] typed = pin.getPassword();
        pin.setText("");
        opener.open(chosen, username.getText().trim(), typed);
    }

    @Override
    public boolean requestFocusInWindow() {
        return username.requestFocusInWindow();
    }

    /** For tests and the flow: clears what was typed. */
    void clear() {
        pin.setText("");
        Arrays.fill(pin.getPassword(), '\0');
    }
}
