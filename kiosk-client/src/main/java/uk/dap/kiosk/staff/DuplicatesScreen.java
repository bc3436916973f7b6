package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.shared.api.participant.DuplicateDecision;
import uk.dap.shared.api.participant.DuplicateStatus;
import uk.dap.shared.api.participant.DuplicateView;
import uk.dap.shared.api.participant.ParticipantSummary;
import uk.dap.shared.text.UkDates;

/**
 * For a programme lead: pairs of records that may be one person, of which the lead may see both. Until the lead
 * decides, the separation rule applies the links of either to both; "Same person" keeps that for good (each record keeps
 * its own history and team), "Different people" ends it. A reason is needed either way.
 */
class DuplicatesScreen extends StaffScreen {
    private final JLabel count = new JLabel(" ");
    private final RowTableModel<DuplicateView> pairs = new RowTableModel<DuplicateView>()
            .column("One record", d -> person(d.one()))
            .column("The other", d -> person(d.other()))
            .column("What matched", DuplicateView::reason)
            .column("Found", d -> UkDates.dateTime(d.detectedAt()));
    private final JTable table = Tables.table("duplicates", "Possible duplicates", pairs, 240, 240, 300, 150);
    final JTextField reason = new JTextField(40);
    private final JButton same = new JButton("Same person");
    private final JButton different = new JButton("Different people");

    DuplicatesScreen(StaffContext context) {
        super(context, "duplicatesScreen", "Possible duplicates");
        count.setName("duplicateCount");
        count.setFont(count.getFont().deriveFont(Font.BOLD));
        JButton refresh = FormPanel.name(new JButton("Refresh"), "refreshDuplicates", "Refresh the possible duplicates");
        refresh.setMnemonic(KeyEvent.VK_R);
        refresh.addActionListener(e -> load(null));
        JPanel top = new JPanel(new BorderLayout(8, 0));
        top.add(count, BorderLayout.CENTER);
        top.add(refresh, BorderLayout.EAST);

        FormPanel form = new FormPanel();
        form.wide(new JLabel("<html><div style='width:640px'>Until you decide, every link of either record keeps both apart "
                + "from the person linked to them. \"Same person\" keeps it so for good; each record keeps its own history "
                + "and its own team. Say how you know.</div></html>"));
        form.field("How you know (required)", "duplicateReason", reason, KeyEvent.VK_H);
        FormPanel.name(same, "sameDuplicate", "The two records are the same person");
        FormPanel.name(different, "differentDuplicate", "The two records are different people");
        same.addActionListener(e -> decide(DuplicateStatus.SAME_PERSON));
        different.addActionListener(e -> decide(DuplicateStatus.DIFFERENT_PEOPLE));
        form.wide(ReferralDetailPanel.flow(same, different));

        JPanel body = new JPanel(new BorderLayout(8, 8));
        body.add(top, BorderLayout.NORTH);
        body.add(new JScrollPane(table), BorderLayout.CENTER);
        body.add(form, BorderLayout.SOUTH);
        content(body);
    }

    private static String person(ParticipantSummary p) {
        return p == null ? "" : p.firstName() + " " + p.lastName() + " (" + p.reference() + "), born " + UkDates.date(p.dateOfBirth());
    }

    @Override
    void shown() {
        if (!busy()) {
            load(null);
        }
    }

    private void load(String done) {
        call("Loading possible duplicates…", () -> context.api().duplicates(), (List<DuplicateView> rows) -> {
            pairs.setRows(rows);
            count.setText(rows.isEmpty() ? "No possible duplicates for you to decide."
                    : rows.size() + (rows.size() == 1 ? " pair" : " pairs") + " to decide.");
            if (done != null) {
                ok(done);
            }
        });
    }

    private void decide(DuplicateStatus decision) {
        DuplicateView pair = Tables.selected(table, pairs);
        if (pair == null) {
            problem("Choose the pair of records in the table.");
            return;
        }
        if (reason.getText().isBlank()) {
            problem("Say how you know, before deciding.");
            reason.requestFocusInWindow();
            return;
        }
        String why = reason.getText().trim();
        call("Saving the decision…", () -> context.api().decideDuplicate(pair.id(), new DuplicateDecision(decision, why)), decided -> {
            reason.setText("");
            load(decision == DuplicateStatus.SAME_PERSON
                    ? pair.one().reference() + " and " + pair.other().reference() + " are the same person: kept apart from everyone linked to either."
                    : pair.one().reference() + " and " + pair.other().reference() + " are different people.");
        });
    }
}
