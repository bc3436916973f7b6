package uk.dap.kiosk.kiosk;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.shared.api.attendance.RosterPerson;

/**
 * Today's roster as participants see it: one large button per person with first name and initial only, in the order
 * the server gave. Only people on the roster appear; nothing else about them is shown.
 */
public class RosterScreen extends JPanel {
    private final KioskText text;
    private final List<PersonButton> buttons = new ArrayList<>();
    private final KioskFooter footer = new KioskFooter();
    private final JButton back;
    private final JLabel closedHint;

    public RosterScreen(KioskText text, List<RosterPerson> people, boolean registerClosed, Consumer<RosterPerson> pick, Runnable onBack) {
        super(new BorderLayout());
        this.text = text;
        setName("rosterScreen");
        JLabel title = Ui.label("rosterTitle", text.get("roster.title"), 2f, Font.BOLD);
        title.setBorder(BorderFactory.createEmptyBorder(30, 20, 10, 20));
        // Issue 19: a closed register still takes a sign-in (the facilitator is told), and says so.
        closedHint = Ui.label("rosterRegisterClosed", text.get("roster.registerClosed"), 1f, Font.PLAIN);
        closedHint.setBorder(BorderFactory.createEmptyBorder(0, 20, 10, 20));
        closedHint.setVisible(registerClosed);
        JPanel top = new JPanel(new BorderLayout());
        top.add(title, BorderLayout.NORTH);
        top.add(closedHint, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);

        int columns = people.size() > 12 ? 4 : 3;
        JPanel grid = new JPanel(new GridLayout(0, columns, 20, 20));
        grid.setName("rosterGrid");
        grid.getAccessibleContext().setAccessibleName(text.get("roster.title"));
        for (RosterPerson person : people) {
            PersonButton button = new PersonButton(person, text, () -> pick.accept(person));
            buttons.add(button);
            grid.add(button);
        }
        JPanel holder = new WidthTracking();
        holder.setBorder(BorderFactory.createEmptyBorder(10, 40, 10, 40));
        if (people.isEmpty()) {
            holder.add(Ui.label("rosterEmpty", text.get("roster.empty"), 1f, Font.PLAIN), BorderLayout.NORTH);
        } else {
            holder.add(grid, BorderLayout.NORTH);
        }
        JScrollPane scroll = new JScrollPane(holder, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setName("rosterScroll");
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(40);
        add(scroll, BorderLayout.CENTER);

        JPanel bottom = new JPanel(new BorderLayout());
        back = Ui.button("rosterBack", text.get("roster.back"), 0.9f, onBack);
        JPanel backHolder = new JPanel(new FlowLayout(FlowLayout.LEADING, 30, 12));
        backHolder.add(back);
        bottom.add(backHolder, BorderLayout.NORTH);
        bottom.add(footer, BorderLayout.SOUTH);
        add(bottom, BorderLayout.SOUTH);
        getAccessibleContext().setAccessibleName(text.get("roster.title"));
        applyComponentOrientation(text.orientation());
    }

    /** Fills the scroll pane's width (in either direction) and scrolls only up and down. */
    private static final class WidthTracking extends JPanel implements javax.swing.Scrollable {
        WidthTracking() {
            super(new BorderLayout());
        }

        @Override
        public java.awt.Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return 40;
        }

        @Override
        public int getScrollableBlockIncrement(java.awt.Rectangle visible, int orientation, int direction) {
            return visible.height - 40;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }

    /** Shows who has signed in meanwhile (from the server or this kiosk), and whether the register is closed, without rebuilding the screen. */
    void update(List<RosterPerson> people, boolean registerClosed) {
        closedHint.setVisible(registerClosed);
        for (PersonButton button : buttons) {
            people.stream().filter(p -> p.key().equals(button.person().key())).findFirst()
                    .ifPresent(p -> button.signedIn(p.signedIn(), text));
        }
    }

    @Override
    public boolean requestFocusInWindow() {
        return buttons.stream().filter(JButton::isEnabled).findFirst().map(JButton::requestFocusInWindow)
                .orElseGet(back::requestFocusInWindow);
    }

    public void status(StatusBanner.Kind kind, String message) {
        footer.status(kind, message);
    }

    KioskFooter footer() {
        return footer;
    }
}
