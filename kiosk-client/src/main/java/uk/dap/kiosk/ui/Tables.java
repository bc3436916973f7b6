package uk.dap.kiosk.ui;

import java.awt.Dimension;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;

/** Tables as staff screens use them: named for tests and screen readers, roomy rows, one row selected at a time. */
public final class Tables {
    private Tables() {
    }

    public static <T> JTable table(String name, String accessibleName, RowTableModel<T> model, int... widths) {
        JTable table = new JTable(model);
        table.setName(name);
        table.getAccessibleContext().setAccessibleName(accessibleName);
        table.setRowHeight(table.getFontMetrics(table.getFont()).getHeight() + 10);
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.setFillsViewportHeight(true);
        // Tab leaves the table rather than moving between cells: every control stays reachable from the keyboard.
        table.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        table.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        for (int i = 0; i < widths.length && i < model.getColumnCount(); i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        return table;
    }

    public static JScrollPane scroll(JTable table, int visibleRows) {
        JScrollPane scroll = new JScrollPane(table);
        int height = table.getRowHeight() * visibleRows + table.getTableHeader().getPreferredSize().height + 4;
        scroll.setPreferredSize(new Dimension(200, height));
        return scroll;
    }

    /** The selected record, or null. */
    public static <T> T selected(JTable table, RowTableModel<T> model) {
        int view = table.getSelectedRow();
        return view < 0 ? null : model.row(table.convertRowIndexToModel(view));
    }
}
