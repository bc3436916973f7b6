package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.CurrentUser;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.text.UkDates;

/** Who is signed in, and the programme catalogue. Later issues add what each role may do from here. */
public class HomeScreen extends JPanel {
    HomeScreen(StaffSession session, Runnable onSignOut) {
        super(new BorderLayout(12, 12));
        CurrentUser user = session.user();
        setName("homeScreen");
        setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));

        JLabel who = new JLabel("Signed in as " + user.displayName() + " (" + user.role().label() + ")");
        who.setName("signedInAs");
        who.setFont(Theme.scaled(1.3f, Font.BOLD));
        JButton signOut = new JButton("Sign out");
        signOut.setName("signOut");
        signOut.setMnemonic(KeyEvent.VK_O);
        signOut.addActionListener(e -> onSignOut.run());
        // Tokens last 30 minutes: say when, so that nobody loses work to a surprise sign-out.
        JLabel sessionEnds = new JLabel("Session ends " + UkDates.dateTime(session.signedIn().expiresAt()));
        sessionEnds.setName("sessionEnds");
        JPanel top = new JPanel(new BorderLayout());
        top.add(who, BorderLayout.CENTER);
        top.add(sessionEnds, BorderLayout.SOUTH);
        top.add(signOut, BorderLayout.EAST);

        JTable table = new JTable(new ProgrammeTableModel(session.programmes()));
        table.setName("programmes");
        table.getAccessibleContext().setAccessibleName("Programme catalogue");
        table.setRowHeight(table.getFontMetrics(table.getFont()).getHeight() + 10);
        table.setAutoCreateRowSorter(true);
        int[] widths = {260, 60, 90, 420};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        JLabel heading = new JLabel("Programmes");
        heading.setFont(Theme.scaled(1.1f, Font.BOLD));
        heading.setLabelFor(table);

        JPanel centre = new JPanel(new BorderLayout(6, 6));
        centre.add(heading, BorderLayout.NORTH);
        centre.add(new JScrollPane(table), BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        add(centre, BorderLayout.CENTER);
    }

    static final class ProgrammeTableModel extends AbstractTableModel {
        private static final String[] COLUMNS = {"Programme", "Weeks", "Session", "Completed when"};
        private final List<ProgrammeView> rows;

        ProgrammeTableModel(List<ProgrammeView> rows) {
            this.rows = List.copyOf(rows);
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return COLUMNS[column];
        }

        @Override
        public Class<?> getColumnClass(int column) {
            return column == 1 ? Integer.class : String.class;
        }

        @Override
        public Object getValueAt(int row, int column) {
            ProgrammeView p = rows.get(row);
            return switch (column) {
                case 0 -> p.name();
                case 1 -> p.lengthWeeks();
                case 2 -> hours(p.sessionMinutes());
                default -> completion(p.completionRule());
            };
        }

        private static String hours(int minutes) {
            return minutes % 60 == 0 ? (minutes / 60) + (minutes == 60 ? " hour" : " hours") : minutes + " minutes";
        }

        private static String completion(ProgrammeView.CompletionRule rule) {
            StringBuilder text = new StringBuilder("at least " + rule.minAttendancePercent() + "% attended");
            if (rule.requiresFinalSession()) {
                text.append(", including the final session");
            }
            if (rule.requiresPostQuestionnaire()) {
                text.append(", post questionnaire done");
            }
            return text.toString();
        }
    }
}
