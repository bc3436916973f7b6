package uk.dap.kiosk.ui;

import java.awt.Dimension;
import java.awt.LayoutManager;
import java.awt.Rectangle;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.Scrollable;
import javax.swing.ScrollPaneConstants;

/** A panel that scrolls up and down but always fits the width it is given, so that nothing hides off to the right. */
public class ScrollablePanel extends JPanel implements Scrollable {
    public ScrollablePanel(LayoutManager layout) {
        super(layout);
    }

    /** {@code content} in a vertical-only scroll pane. */
    public static JScrollPane vertical(JComponent content) {
        ScrollablePanel panel = new ScrollablePanel(new java.awt.BorderLayout());
        panel.add(content, java.awt.BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(panel, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
                ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.getVerticalScrollBar().setUnitIncrement(16);
        scroll.setBorder(javax.swing.BorderFactory.createEmptyBorder());
        return scroll;
    }

    /** Scrolls the pane holding {@code inside} back to the top, once the new content is laid out. */
    public static void toTop(JComponent inside) {
        javax.swing.SwingUtilities.invokeLater(() -> {
            JScrollPane pane = (JScrollPane) javax.swing.SwingUtilities.getAncestorOfClass(JScrollPane.class, inside);
            if (pane != null) {
                pane.getVerticalScrollBar().setValue(0);
            }
        });
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return 16;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return Math.max(16, visible.height - 32);
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
