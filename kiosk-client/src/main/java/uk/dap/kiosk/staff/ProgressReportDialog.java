package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import uk.dap.kiosk.ui.DateField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.Html;
import uk.dap.shared.api.report.ProgressReportRequest;
import uk.dap.shared.client.Download;
import uk.dap.shared.text.UkDates;

/**
 * "Progress report for a meeting...": asks the meeting's date and the summary to print, then the server makes the PDF
 * (and audits it) and the user saves it. Used from the progress screen and from a referrer's list.
 */
final class ProgressReportDialog extends JDialog {
    private final DateField meetingOn = new DateField();
    private final JTextArea summary = new JTextArea(6, 48);
    private final JLabel problem = new JLabel(" ");
    private ProgressReportRequest request;
    private final Long enrolmentId;

    private ProgressReportDialog(Window owner, String who, Long enrolmentId) {
        super(owner, "Progress report for a meeting", ModalityType.APPLICATION_MODAL);
        this.enrolmentId = enrolmentId;
        setName("progressReportDialog");
        getAccessibleContext().setAccessibleDescription("Makes a PDF progress report for a child protection meeting");
        FormPanel form = new FormPanel();
        form.setBorder(BorderFactory.createEmptyBorder(12, 12, 4, 12));
        form.wide(new JLabel("<html><div style='width:460px'>A PDF for " + Html.escape(who) + ": the programme, dates, attendance, "
                + "questionnaire change and upcoming sessions, with your summary. Never an address or partner contact details. "
                + "Each report made is recorded.</div></html>"));
        form.field("Meeting date", "progressReportMeetingOn", meetingOn, KeyEvent.VK_M);
        meetingOn.getAccessibleContext().setAccessibleDescription("The date of the child protection meeting, for example 23/11/2026");
        meetingOn.setDate(LocalDate.now(UkDates.UK));
        summary.setLineWrap(true);
        summary.setWrapStyleWord(true);
        // Tab leaves the summary rather than typing a tab: the form stays usable from the keyboard.
        summary.setFocusTraversalKeys(java.awt.KeyboardFocusManager.FORWARD_TRAVERSAL_KEYS, null);
        summary.setFocusTraversalKeys(java.awt.KeyboardFocusManager.BACKWARD_TRAVERSAL_KEYS, null);
        form.field("Summary for the meeting", "progressReportSummary", summary, KeyEvent.VK_S);
        summary.getAccessibleContext().setAccessibleDescription("Printed on the report as you write it");
        problem.setName("progressReportProblem");
        problem.setForeground(new java.awt.Color(0x8A1C12));
        form.wide(problem);

        JButton make = FormPanel.name(new JButton("Make the PDF"), "makeProgressReport", "Make the PDF");
        make.setMnemonic(KeyEvent.VK_P);
        make.getAccessibleContext().setAccessibleDescription("Makes the report; you choose where to save it next");
        make.addActionListener(e -> accept());
        JButton cancel = FormPanel.name(new JButton("Cancel"), "cancelProgressReport", "Cancel");
        cancel.addActionListener(e -> dispose());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        buttons.add(make);
        buttons.add(cancel);
        JPanel content = new JPanel(new BorderLayout());
        content.add(form, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        setContentPane(content);
        getRootPane().setDefaultButton(make);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        pack();
        setLocationRelativeTo(owner);
    }

    private void accept() {
        try {
            LocalDate date = meetingOn.date("meeting date");
            if (date == null) {
                throw new IllegalArgumentException("Enter the meeting date.");
            }
            if (summary.getText().isBlank()) {
                throw new IllegalArgumentException("Write a summary for the meeting.");
            }
            request = new ProgressReportRequest(enrolmentId, date, summary.getText().strip());
            dispose();
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            problem.getAccessibleContext().setAccessibleName(e.getMessage());
        }
    }

    /** Asks; null when the user cancelled. */
    static ProgressReportRequest ask(Component parent, String who, Long enrolmentId) {
        ProgressReportDialog dialog = new ProgressReportDialog(SwingUtilities.getWindowAncestor(parent), who, enrolmentId);
        dialog.setVisible(true);
        return dialog.request;
    }

    /**
     * The whole action on {@code screen}: ask, make the PDF off the event thread, then save it where the user chooses.
     * {@code enrolment} finds the enrolment once off the event thread (null for the most recent).
     */
    static void run(StaffScreen screen, long participantId, String who, java.util.function.Supplier<Long> enrolment) {
        ProgressReportRequest asked = ask(screen, who, null);
        if (asked == null) {
            return;
        }
        screen.call("Making the progress report…", () -> {
            ProgressReportRequest request = new ProgressReportRequest(enrolment.get(), asked.meetingOn(), asked.summary());
            return screen.context.api().progressReport(participantId, request);
        }, (Download pdf) -> save(screen, pdf, "progress-report.pdf", "progress report (PDF)"));
    }

    /** Saves a download through a file chooser and says where it went (or that nothing was saved). */
    static void save(StaffScreen screen, Download file, String fallbackName, String what) {
        try {
            java.nio.file.Path saved = FileSaver.save(screen, file, fallbackName, what);
            if (saved == null) {
                screen.status.show(uk.dap.kiosk.ui.StatusBanner.Kind.INFO, "Not saved: you cancelled.");
            } else {
                screen.ok("Saved the " + what + " to " + saved.toAbsolutePath() + ".");
            }
        } catch (java.io.IOException e) {
            screen.problem("Could not save the file there (" + e.getMessage() + "). Choose another folder.");
        }
    }
}
