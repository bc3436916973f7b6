package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;
import javax.swing.table.TableColumn;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.attendance.CohortRegister;
import uk.dap.shared.api.cohort.CohortView;
import uk.dap.shared.api.cohort.SessionStatus;
import uk.dap.shared.text.UkDates;

/**
 * A cohort's register: participants by week with a short status in each cell, cancelled weeks shown as such and not
 * counted, and each person's attendance rate in the last column.
 */
class CohortRegisterScreen extends StaffScreen {
    static final String CANCELLED = "Cancelled";
    private static final int NAME_WIDTH = 200;
    private static final int MAX_NAME_WIDTH = 300;
    private static final int RATE_WIDTH = 120;
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private final JComboBox<Choice<CohortView>> cohort = new JComboBox<>();
    private final JLabel summary = new JLabel(" ");
    private final RegisterModel model = new RegisterModel();
    /** Three views of one model: names frozen on the left, the weeks scrolling, the rate frozen on the right. */
    private final JTable names = new JTable(model);
    private final JTable table = new JTable(model);
    private final JTable rates = new JTable(model);
    private boolean filling;
    private long pending = -1;

    CohortRegisterScreen(StaffContext context) {
        super(context, "cohortRegisterScreen", "Cohort register");
        FormPanel choose = new FormPanel();
        choose.stacked("Cohort", "cohortRegisterCohort", cohort, cohort, KeyEvent.VK_C);
        summary.setName("cohortRegisterSummary");
        choose.wide(summary);

        names.setName("cohortRegisterNames");
        names.getAccessibleContext().setAccessibleName("Participants");
        table.setName("cohortRegister");
        table.getAccessibleContext().setAccessibleName("Attendance by week");
        rates.setName("cohortRegisterRates");
        rates.getAccessibleContext().setAccessibleName("Attendance rate");
        for (JTable t : List.of(names, table, rates)) {
            t.setAutoCreateColumnsFromModel(false);
            t.setRowHeight(t.getFontMetrics(t.getFont()).getHeight() + 10);
            t.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
            t.setFillsViewportHeight(true);
            t.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
            t.getTableHeader().setReorderingAllowed(false);
            t.getTableHeader().setDefaultRenderer(new TwoLineHeader(t.getTableHeader().getDefaultRenderer()));
            t.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
            t.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
            t.setDefaultRenderer(Object.class, new CellRenderer());
        }
        names.setSelectionModel(table.getSelectionModel());
        rates.setSelectionModel(table.getSelectionModel());
        JScrollPane weeks = new JScrollPane(table);
        names.setPreferredScrollableViewportSize(new java.awt.Dimension(200, 100));
        weeks.setRowHeaderView(names);
        weeks.setCorner(JScrollPane.UPPER_LEFT_CORNER, names.getTableHeader());
        JScrollPane rateScroll = new JScrollPane(rates, JScrollPane.VERTICAL_SCROLLBAR_NEVER, JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        rateScroll.getVerticalScrollBar().setModel(weeks.getVerticalScrollBar().getModel());
        rateScroll.setPreferredSize(new java.awt.Dimension(RATE_WIDTH + 4, 100));
        JPanel grid = new JPanel(new BorderLayout());
        grid.add(weeks, BorderLayout.CENTER);
        grid.add(rateScroll, BorderLayout.EAST);
        JLabel tableLabel = ReferralDetailPanel.heading("Attendance by week");
        tableLabel.setLabelFor(table);
        tableLabel.setDisplayedMnemonic(KeyEvent.VK_A);
        JPanel list = new JPanel(new BorderLayout(4, 4));
        list.add(tableLabel, BorderLayout.NORTH);
        list.add(grid, BorderLayout.CENTER);
        list.add(new JLabel("<html>Cancelled weeks do not count against anyone. The rate is sessions attended (present, late, "
                + "signed in on paper, left early) out of sessions held so far. Paper: signed in on paper; Excused: absent "
                + "with notice.</html>"), BorderLayout.SOUTH);

        JPanel body = new JPanel(new BorderLayout(8, 8));
        body.add(choose, BorderLayout.NORTH);
        body.add(list, BorderLayout.CENTER);
        content(body);
        cohort.addActionListener(e -> {
            if (!filling) {
                loadRegister();
            }
        });
    }

    @Override
    void shown() {
        if (cohort.getItemCount() == 0 && !busy()) {
            loadCohorts();
        }
    }

    /** Opens one cohort's register, from another screen. */
    void show(long cohortId) {
        if (cohort.getItemCount() == 0) {
            pending = cohortId;
            if (!busy()) {
                loadCohorts();
            }
            return;
        }
        for (int i = 0; i < cohort.getItemCount(); i++) {
            if (cohort.getItemAt(i).value().id() == cohortId) {
                if (cohort.getSelectedIndex() == i) {
                    loadRegister();
                } else {
                    cohort.setSelectedIndex(i);
                }
            }
        }
    }

    private void loadCohorts() {
        call("Loading your cohorts…", () -> context.api().cohorts(null), (List<CohortView> rows) -> {
            filling = true;
            cohort.removeAllItems();
            for (CohortView c : rows) {
                Choice<CohortView> choice = new Choice<>(c, RegisterScreen.cohortLabel(c));
                cohort.addItem(choice);
                if (c.id() == pending) {
                    cohort.setSelectedItem(choice);
                }
            }
            pending = -1;
            filling = false;
            if (rows.isEmpty()) {
                summary.setText("You have no cohorts yet.");
            } else {
                loadRegister();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void loadRegister() {
        Choice<CohortView> chosen = (Choice<CohortView>) cohort.getSelectedItem();
        if (chosen == null) {
            return;
        }
        long id = chosen.value().id();
        call("Loading the cohort register…", () -> context.api().cohortRegister(id), this::showRegister);
    }

    private void showRegister(CohortRegister register) {
        model.setRegister(register);
        int weekWidth = table.getFontMetrics(table.getFont()).stringWidth("Not marked") + 12;
        int last = model.getColumnCount() - 1;
        java.awt.FontMetrics metrics = names.getFontMetrics(names.getFont());
        int nameWidth = metrics.stringWidth("Participant") + 16;
        for (int r = 0; r < model.getRowCount(); r++) {
            nameWidth = Math.max(nameWidth, metrics.stringWidth(String.valueOf(model.getValueAt(r, 0))) + 16);
        }
        nameWidth = Math.min(nameWidth, MAX_NAME_WIDTH);
        columns(names, 0, 0, nameWidth);
        columns(table, 1, last - 1, weekWidth);
        columns(rates, last, last, RATE_WIDTH);
        names.setPreferredScrollableViewportSize(new java.awt.Dimension(nameWidth, 100));
        names.revalidate();
        List<CohortRegister.Column> columns = register.sessions() == null ? List.of() : register.sessions();
        long cancelled = columns.stream().filter(c -> c.status() == SessionStatus.CANCELLED).count();
        long closed = columns.stream().filter(CohortRegister.Column::closed).count();
        int people = register.rows() == null ? 0 : register.rows().size();
        summary.setText(people + (people == 1 ? " participant" : " participants") + "; " + columns.size() + " weeks, "
                + closed + " with the register closed" + (cancelled == 0 ? "." : ", " + cancelled + " cancelled."));
    }

    /** Shows the model's columns from {@code first} to {@code last} in {@code view}, each {@code width} wide. */
    private static void columns(JTable view, int first, int last, int width) {
        javax.swing.table.TableColumnModel columns = view.getColumnModel();
        while (columns.getColumnCount() > 0) {
            columns.removeColumn(columns.getColumn(0));
        }
        for (int i = first; i <= last; i++) {
            TableColumn column = new TableColumn(i, width);
            column.setHeaderValue(view.getModel().getColumnName(i));
            columns.addColumn(column);
        }
    }

    /** "Wk 1 3 Nov" on two lines, so that a week's column need only be as wide as its statuses. */
    private static final class TwoLineHeader implements javax.swing.table.TableCellRenderer {
        private final javax.swing.table.TableCellRenderer plain;

        TwoLineHeader(javax.swing.table.TableCellRenderer plain) {
            this.plain = plain;
        }

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused, int row, int column) {
            String text = value == null ? "" : value.toString();
            String shown = text;
            if (text.startsWith("Wk ")) {
                int split = text.indexOf(' ', 3);
                shown = split < 0 ? text : "<html><center>" + text.substring(0, split) + "<br>" + text.substring(split + 1) + "</center></html>";
            } else {
                shown = "<html><center>" + text + "<br>&nbsp;</center></html>";
            }
            Component c = plain.getTableCellRendererComponent(t, shown, selected, focused, row, column);
            if (c instanceof javax.swing.JComponent j) {
                j.getAccessibleContext().setAccessibleName(text);
            }
            return c;
        }
    }

    /** A short word for a status, to fit a weekly column. */
    static String shortStatus(AttendanceStatus status) {
        return switch (status) {
            case PRESENT -> "Present";
            case LATE -> "Late";
            case ATTENDED_PAPER -> "Paper";
            case LEFT_EARLY -> "Left early";
            case EXCUSED -> "Excused";
            case ABSENT -> "Absent";
        };
    }

    /** "Wk 1 3 Nov": the week's number and date, as the column heading. */
    static String weekHeading(CohortRegister.Column column) {
        return "Wk " + column.number() + " " + (column.date() == null ? "" : DAY_MONTH.format(column.date()).replace("Sept", "Sep"));
    }

    /** "75% (3 of 4)", or a dash before any session has been held. */
    static String rate(CohortRegister.Row row) {
        return row.ratePercent() == null ? "None held yet" : row.ratePercent() + "% (" + row.attended() + " of " + row.held() + ")";
    }

    static final class RegisterModel extends AbstractTableModel {
        private CohortRegister register = new CohortRegister(null, List.of(), List.of());

        void setRegister(CohortRegister register) {
            this.register = register;
            fireTableStructureChanged();
        }

        private List<CohortRegister.Column> columns() {
            return register.sessions() == null ? List.of() : register.sessions();
        }

        private List<CohortRegister.Row> rows() {
            return register.rows() == null ? List.of() : register.rows();
        }

        @Override
        public int getRowCount() {
            return rows().size();
        }

        @Override
        public int getColumnCount() {
            return columns().size() + 2;
        }

        @Override
        public String getColumnName(int column) {
            if (column == 0) {
                return "Participant";
            }
            if (column == getColumnCount() - 1) {
                return "Attendance";
            }
            return weekHeading(columns().get(column - 1));
        }

        CohortRegister.Column week(int column) {
            return column <= 0 || column > columns().size() ? null : columns().get(column - 1);
        }

        @Override
        public Object getValueAt(int rowIndex, int column) {
            CohortRegister.Row row = rows().get(rowIndex);
            if (column == 0) {
                // Short enough for the column: someone moved to another cohort keeps a row for their time here.
                return row.firstName() + " " + row.lastName() + " (" + row.reference() + ")"
                        + (row.movedOn() == null ? "" : " moved " + DAY_MONTH.format(row.movedOn()).replace("Sept", "Sep"));
            }
            if (column == getColumnCount() - 1) {
                return rate(row);
            }
            CohortRegister.Column week = columns().get(column - 1);
            if (week.status() == SessionStatus.CANCELLED) {
                return CANCELLED;
            }
            AttendanceStatus status = row.statuses() == null || row.statuses().size() < column ? null : row.statuses().get(column - 1);
            if (status != null) {
                return shortStatus(status);
            }
            boolean held = week.closed() || (week.date() != null && !week.date().isAfter(LocalDate.now(UkDates.UK)));
            return held ? "Not marked" : "";
        }
    }

    /** Cancelled weeks greyed and in italics; absences in bold; the full status as a tooltip. */
    private final class CellRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focused, int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focused, row, column);
            String text = value == null ? "" : value.toString();
            int modelColumn = t.convertColumnIndexToModel(column);
            setHorizontalAlignment(modelColumn == 0 ? SwingConstants.LEADING : SwingConstants.CENTER);
            setFont(t.getFont());
            setToolTipText(null);
            CohortRegister.Column week = model.week(modelColumn);
            if (!selected) {
                setBackground(t.getBackground());
                setForeground(t.getForeground());
            }
            if (week != null && week.status() == SessionStatus.CANCELLED) {
                setFont(t.getFont().deriveFont(Font.ITALIC));
                if (!selected) {
                    setBackground(new Color(0xEEEEEE));
                    setForeground(new Color(0x555555));
                }
                setToolTipText("Week " + week.number() + " was cancelled: it does not count.");
            } else if ("Absent".equals(text)) {
                setFont(t.getFont().deriveFont(Font.BOLD));
                if (!selected) {
                    setForeground(new Color(0x8A1C12));
                }
            } else if (week != null && !text.isEmpty()) {
                setToolTipText("Week " + week.number() + ", " + UkDates.date(week.date()) + ": " + text);
            }
            return this;
        }
    }
}
