package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTable;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.shared.api.progress.EnrolmentProgress;
import uk.dap.shared.api.report.MyReferral;
import uk.dap.shared.api.report.ReferralStage;
import uk.dap.shared.text.UkDates;

/**
 * A referring social worker's own referrals: where each stands and the attendance rate, and the progress report for a
 * child protection meeting on the one chosen. Only their own referrals come back from the server.
 */
class MyReferralsScreen extends StaffScreen {
    private final RowTableModel<MyReferral> model = new RowTableModel<MyReferral>()
            .column("Reference", MyReferral::reference)
            .column("Name", r -> r.firstName() + " " + r.lastName())
            .column("Programme", MyReferral::programmeName)
            .column("Referred on", r -> UkDates.date(r.referredOn()))
            .column("Stage", r -> stage(r.stage()))
            .column("Attendance", r -> r.attendanceRatePercent() == null ? "No sessions yet" : r.attendanceRatePercent() + "%");
    private final JTable table = Tables.table("myReferrals", "My referrals", model, 100, 180, 190, 110, 220, 120);
    private final JButton report = new JButton("Progress report for a meeting…");

    MyReferralsScreen(StaffContext context) {
        super(context, "myReferralsScreen", "My referrals");
        table.getAccessibleContext().setAccessibleDescription("The referrals you made, with where each stands and the attendance rate");
        table.getTableHeader().setReorderingAllowed(false);
        JLabel label = ReferralDetailPanel.heading("Referrals you made");
        label.setLabelFor(table);
        label.setDisplayedMnemonic(KeyEvent.VK_E);
        FormPanel.name(report, "myReferralProgressReport", "Progress report for a meeting");
        report.getAccessibleContext().setAccessibleDescription("Makes a PDF progress report on the chosen referral for a child protection meeting");
        report.setMnemonic(KeyEvent.VK_M);
        report.setEnabled(false);
        report.addActionListener(e -> progressReport());
        JButton refresh = FormPanel.name(new JButton("Refresh"), "refreshMyReferrals", "Refresh the list");
        refresh.setMnemonic(KeyEvent.VK_F);
        refresh.addActionListener(e -> load());
        table.getSelectionModel().addListSelectionListener(e -> report.setEnabled(table.getSelectedRow() >= 0));
        JPanel actions = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        actions.add(report);
        actions.add(refresh);
        JPanel body = new JPanel(new BorderLayout(4, 6));
        body.add(label, BorderLayout.NORTH);
        body.add(new javax.swing.JScrollPane(table), BorderLayout.CENTER);
        body.add(actions, BorderLayout.SOUTH);
        content(body);
    }

    @Override
    void shown() {
        if (!busy()) {
            load();
        }
    }

    private void load() {
        call("Loading your referrals…", () -> context.api().myReferrals(), rows -> {
            model.setRows(rows);
            if (rows.isEmpty()) {
                status.show(uk.dap.kiosk.ui.StatusBanner.Kind.INFO, "You have not made any referrals yet.");
            }
        });
    }

    private void progressReport() {
        MyReferral chosen = Tables.selected(table, model);
        if (chosen == null) {
            problem("Choose a referral first.");
            return;
        }
        // The report is for this referral's enrolment, found in the progress the referrer may see (null: the latest).
        ProgressReportDialog.run(this, chosen.participantId(), chosen.firstName() + " " + chosen.lastName() + " (" + chosen.reference() + ")",
                () -> context.api().progress(chosen.participantId()).enrolments().stream()
                        .filter(e -> chosen.referralId().equals(e.referralId()))
                        .map(EnrolmentProgress::enrolmentId).findFirst().orElse(null));
    }

    static String stage(ReferralStage stage) {
        return stage == null ? "" : stage.label();
    }
}
