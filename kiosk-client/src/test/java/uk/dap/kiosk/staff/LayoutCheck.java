package uk.dap.kiosk.staff;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JScrollBar;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.JViewport;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingUtilities;

/**
 * What a user would see wrong with a laid-out screen (issue 19): a control outside anything they can see or scroll to,
 * a button, label or drop-down too narrow for its text (cut short with "…"), a text field crushed to a sliver.
 * Run on the event thread.
 */
final class LayoutCheck {
    /** Narrower than this, a text field cannot show what is typed in it. */
    static final int SLIVER = 60;

    private LayoutCheck() {
    }

    static List<String> problems(Container root) {
        List<String> found = new ArrayList<>();
        visit(root, root, found);
        return found;
    }

    private static void visit(Container root, Container parent, List<String> found) {
        for (Component c : parent.getComponents()) {
            if (!c.isShowing()) {
                continue;
            }
            if (isControl(c)) {
                check(root, c, found);
            }
            // A drop-down's, a spinner's and a scroll bar's insides, and a table's editors, are theirs to lay out.
            if (c instanceof Container inner && !(c instanceof JComboBox || c instanceof JSpinner || c instanceof JScrollBar || c instanceof JTable)) {
                visit(root, inner, found);
            }
        }
    }

    private static boolean isControl(Component c) {
        return c instanceof AbstractButton || c instanceof JTextField || c instanceof JComboBox
                || c instanceof JLabel label && label.getText() != null && !label.getText().isBlank();
    }

    private static void check(Container root, Component c, List<String> found) {
        String what = describe(c);
        if (hidden(c)) {
            found.add(what + " is outside what can be seen or scrolled to");
            return;
        }
        int width = c.getWidth();
        int wanted = c.getPreferredSize().width;
        if (c instanceof JTextField) {
            if (width < Math.min(SLIVER, wanted)) {
                found.add(what + " is crushed to " + width + " px");
            }
        } else if (!(c instanceof JLabel label && label.getText().startsWith("<html>")) && width < wanted - 1) {
            found.add(what + " is cut short: " + width + " px of the " + wanted + " it needs");
        }
    }

    /** Part of it lies outside a container that shows it, and cannot be scrolled into view. */
    private static boolean hidden(Component c) {
        Rectangle r = new Rectangle(0, 0, c.getWidth(), c.getHeight());
        Component child = c;
        for (Container p = c.getParent(); p != null; child = p, p = p.getParent()) {
            if (p instanceof JViewport viewport) {
                // r is where it lies in the scrolled view; the pane scrolls to it, except in a direction it never scrolls.
                JScrollPane pane = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, viewport);
                boolean sideways = pane != null && pane.getHorizontalScrollBarPolicy() != ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER;
                boolean upDown = pane != null && pane.getVerticalScrollBarPolicy() != ScrollPaneConstants.VERTICAL_SCROLLBAR_NEVER;
                if (!sideways && r.x + r.width > viewport.getWidth() + 1 || !upDown && r.y + r.height > viewport.getHeight() + 1) {
                    return true;
                }
                r = new Rectangle(0, 0, Math.min(r.width, viewport.getWidth()), Math.min(r.height, viewport.getHeight()));
                continue;
            }
            r = SwingUtilities.convertRectangle(child, r, p);
            if (r.x < -1 || r.y < -1 || r.x + r.width > p.getWidth() + 1 || r.y + r.height > p.getHeight() + 1) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Component c) {
        String text = c instanceof AbstractButton b ? b.getText() : c instanceof JLabel l ? l.getText()
                : c instanceof JComboBox<?> box && box.getSelectedItem() != null ? String.valueOf(box.getSelectedItem()) : null;
        return c.getClass().getSimpleName() + (c.getName() == null ? "" : " '" + c.getName() + "'")
                + (text == null ? "" : " \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"");
    }
}
