package uk.dap.kiosk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;

/** A read-only table of records: one row per record, one function per column giving the text shown. */
public class RowTableModel<T> extends AbstractTableModel {
    private final List<String> columns = new ArrayList<>();
    private final List<Function<T, Object>> values = new ArrayList<>();
    private List<T> rows = List.of();

    public RowTableModel<T> column(String name, Function<T, Object> value) {
        columns.add(name);
        values.add(value);
        return this;
    }

    public void setRows(List<T> newRows) {
        rows = newRows == null ? List.of() : List.copyOf(newRows);
        fireTableDataChanged();
    }

    public List<T> rows() {
        return rows;
    }

    public T row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return columns.get(column);
    }

    @Override
    public Object getValueAt(int row, int column) {
        Object value = values.get(column).apply(rows.get(row));
        return value == null ? "" : value;
    }
}
