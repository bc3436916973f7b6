package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JTable;
import javax.swing.JTextField;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.DateField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.Html;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.ScrollablePanel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.api.cohort.CohortView;
import uk.dap.shared.api.report.BandFigure;
import uk.dap.shared.api.report.CompletionReport;
import uk.dap.shared.api.report.Figure;
import uk.dap.shared.api.report.InstrumentChange;
import uk.dap.shared.api.report.StageResponse;
import uk.dap.shared.api.report.LabelledFigure;
import uk.dap.shared.api.report.ReasonFigure;
import uk.dap.shared.api.report.ReportFlow;
import uk.dap.shared.api.report.ReportScope;
import uk.dap.shared.api.report.ReportScopeKind;
import uk.dap.shared.api.report.WeekFigure;
import uk.dap.shared.client.Download;
import uk.dap.shared.text.UkDates;

/**
 * The completion report for programme leads: a cohort, a programme over dates, or a referring agency over dates;
 * small numbers suppressed by default (the version that may leave the service); shown on screen with the attendance
 * chart, and saved as CSV, XLSX or PDF made by the server from the same figures.
 */
class ReportsScreen extends StaffScreen {
    static final String SUPPRESSED_BANNER = "Small numbers suppressed: counts from 1 to 4 show as \"<5\" and rates that could "
            + "reveal them are withheld. This version may leave the service.";
    static final String UNSUPPRESSED_BANNER = "Small numbers shown: for use inside the service only. Do not send this version "
            + "outside the service.";

    private final JRadioButton byCohort = new JRadioButton("A cohort");
    private final JRadioButton byProgramme = new JRadioButton("A programme over dates");
    private final JRadioButton byAgency = new JRadioButton("A referring agency over dates");
    private final JComboBox<Choice<CohortView>> cohort = new JComboBox<>();
    private final JComboBox<Choice<String>> programme = new JComboBox<>();
    private final JTextField agency = new JTextField(24);
    private final DateField from = new DateField();
    private final DateField to = new DateField();
    private final JCheckBox suppress = new JCheckBox("Suppress small numbers (for reports that leave the service)", true);
    private final JButton run = new JButton("Run report");
    private final List<JButton> exports;
    private final JPanel results = new JPanel();
    private ReportScope shownScope;
    private boolean shownSuppressed;

    ReportsScreen(StaffContext context) {
        super(context, "reportsScreen", "Completion reports");
        FormPanel form = new FormPanel();
        ButtonGroup kinds = new ButtonGroup();
        // One choice a line: side by side, the third ran off a 1024-pixel window with larger text.
        JPanel kindRow = new JPanel(new java.awt.GridLayout(0, 1, 0, 2));
        JLabel kindLabel = new JLabel("Report on");
        kindLabel.setFont(kindLabel.getFont().deriveFont(Font.BOLD));
        kindRow.add(kindLabel);
        int[] keys = {KeyEvent.VK_C, KeyEvent.VK_P, KeyEvent.VK_A};
        String[] names = {"reportByCohort", "reportByProgramme", "reportByAgency"};
        String[] descriptions = {"Everyone placed in one cohort", "One programme's referrals made between two dates",
                "One referring agency's referrals between two dates, to the programmes you lead"};
        JRadioButton[] radios = {byCohort, byProgramme, byAgency};
        for (int i = 0; i < radios.length; i++) {
            FormPanel.name(radios[i], names[i], "Report on " + radios[i].getText().toLowerCase(Locale.UK));
            radios[i].getAccessibleContext().setAccessibleDescription(descriptions[i]);
            radios[i].setMnemonic(keys[i]);
            radios[i].addActionListener(e -> enableFields());
            kinds.add(radios[i]);
            kindRow.add(radios[i]);
        }
        byCohort.setSelected(true);
        form.wide(kindRow);
        form.stacked("Cohort", "reportCohort", cohort, cohort, KeyEvent.VK_H);
        cohort.getAccessibleContext().setAccessibleDescription("The cohort to report on");
        for (ProgrammeView p : context.programmes()) {
            programme.addItem(new Choice<>(p.code(), p.name()));
        }
        form.field("Programme", "reportProgramme", programme, KeyEvent.VK_M);
        programme.getAccessibleContext().setAccessibleDescription("The programme whose referrals are counted");
        form.field("Referring agency", "reportAgency", agency, KeyEvent.VK_N);
        agency.getAccessibleContext().setAccessibleDescription("The agency's name as written on referrals, or part of it");
        JPanel dates = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        JLabel toLabel = new JLabel("to");
        toLabel.setLabelFor(to);
        toLabel.setDisplayedMnemonic(KeyEvent.VK_T);
        FormPanel.name(to, "reportTo", "Referred on or before");
        to.getAccessibleContext().setAccessibleDescription("Last referral date included, for example 31/03/2026");
        dates.add(from);
        dates.add(toLabel);
        dates.add(to);
        form.field("Referred from", "reportFrom", from, dates, KeyEvent.VK_F);
        from.getAccessibleContext().setAccessibleDescription("First referral date included, for example 01/04/2025");
        LocalDate today = LocalDate.now(UkDates.UK);
        from.setDate(today.minusYears(1).plusDays(1));
        to.setDate(today);

        FormPanel.name(suppress, "reportSuppress", "Suppress small numbers (for reports that leave the service)");
        suppress.getAccessibleContext().setAccessibleDescription("On: counts below 5 show as <5 and rates from them are withheld. "
                + "Turn off only for reports used inside the service.");
        suppress.setMnemonic(KeyEvent.VK_S);
        suppress.setFont(Theme.scaled(1.05f, Font.BOLD));
        suppress.setOpaque(false);
        JPanel suppressBox = new JPanel(new BorderLayout());
        suppressBox.setBackground(new Color(0xFFF4CE));
        suppressBox.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(new Color(0xB58100), 2),
                BorderFactory.createEmptyBorder(4, 8, 4, 8)));
        suppressBox.add(suppress, BorderLayout.CENTER);
        form.wide(suppressBox);

        FormPanel.name(run, "runReport", "Run report");
        run.getAccessibleContext().setAccessibleDescription("Produces the report on screen; it can take a few seconds");
        run.setMnemonic(KeyEvent.VK_R);
        run.addActionListener(e -> validated(this::runReport));
        exports = List.of(exportButton("CSV", "csv", KeyEvent.VK_V), exportButton("XLSX", "xlsx", KeyEvent.VK_X),
                exportButton("PDF", "pdf", KeyEvent.VK_D));
        JPanel actions = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        actions.add(run);
        actions.add(Box.createHorizontalStrut(18));
        JLabel saveLabel = new JLabel("Save this report as:");
        actions.add(saveLabel);
        exports.forEach(actions::add);
        form.wide(actions);

        results.setName("reportResults");
        results.setLayout(new BoxLayout(results, BoxLayout.Y_AXIS));
        JLabel none = new JLabel("Choose what to report on and run the report.");
        results.add(left(none));
        JPanel page = new JPanel(new BorderLayout(4, 8));
        page.add(form, BorderLayout.NORTH);
        page.add(ScrollablePanel.vertical(results), BorderLayout.CENTER);
        content(page);
        enableFields();
    }

    private JButton exportButton(String label, String format, int mnemonic) {
        JButton button = FormPanel.name(new JButton(label + "…"), "export" + label, "Save the report as " + label);
        button.getAccessibleContext().setAccessibleDescription("Saves the report shown, with the same suppression, as a "
                + label + " file where you choose");
        button.setMnemonic(mnemonic);
        button.setEnabled(false);
        button.addActionListener(e -> export(label, format));
        return button;
    }

    @Override
    void shown() {
        if (cohort.getItemCount() == 0 && !busy()) {
            // Newest first, finished ones included: reports are mostly about groups that have ended.
            call("Loading cohorts…", () -> context.api().cohorts(null, "all"), cohorts -> {
                cohorts.forEach(c -> cohort.addItem(new Choice<>(c, RegisterScreen.cohortLabel(c))));
            });
        }
    }

    private void enableFields() {
        cohort.setEnabled(byCohort.isSelected());
        programme.setEnabled(byProgramme.isSelected());
        agency.setEnabled(byAgency.isSelected());
        from.setEnabled(!byCohort.isSelected());
        to.setEnabled(!byCohort.isSelected());
    }

    private ReportScope scope() {
        if (byCohort.isSelected()) {
            @SuppressWarnings("unchecked")
            Choice<CohortView> chosen = (Choice<CohortView>) cohort.getSelectedItem();
            if (chosen == null) {
                throw new IllegalArgumentException("Choose a cohort.");
            }
            return new ReportScope(ReportScopeKind.COHORT, null, chosen.value().id(), null, null, null, chosen.label());
        }
        LocalDate start = from.date("first referral date");
        LocalDate end = to.date("last referral date");
        if (start == null || end == null) {
            throw new IllegalArgumentException("Enter both dates of the range.");
        }
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("The last date is before the first. Check the dates.");
        }
        if (byProgramme.isSelected()) {
            @SuppressWarnings("unchecked")
            Choice<String> chosen = (Choice<String>) programme.getSelectedItem();
            if (chosen == null) {
                throw new IllegalArgumentException("Choose a programme.");
            }
            return new ReportScope(ReportScopeKind.PROGRAMME, chosen.value(), null, null, start, end, chosen.label());
        }
        if (agency.getText().isBlank()) {
            throw new IllegalArgumentException("Type the referring agency's name.");
        }
        return new ReportScope(ReportScopeKind.AGENCY, null, null, agency.getText().strip(), start, end, agency.getText().strip());
    }

    private void runReport() {
        ReportScope scope = scope();
        boolean suppressed = suppress.isSelected();
        run.setEnabled(false);
        exports.forEach(b -> b.setEnabled(false));
        call("Running the report…", () -> context.api().completionReport(scope, suppressed), report -> {
            shownScope = scope;
            shownSuppressed = suppressed;
            fill(report);
            exports.forEach(b -> b.setEnabled(true));
        }, () -> run.setEnabled(true));
    }

    private void export(String label, String format) {
        if (shownScope == null) {
            return;
        }
        ReportScope scope = shownScope;
        boolean suppressed = shownSuppressed;
        call("Preparing the " + label + " file…", () -> context.api().exportCompletionReport(scope, suppressed, format),
                (Download file) -> ProgressReportDialog.save(this, file, "completion-report." + format, "report (" + label + ")"));
    }

    /** The report, section by section, in the order a board reads it. */
    void fill(CompletionReport report) {
        results.removeAll();
        JLabel banner = new JLabel("<html><div style='width:700px'>" + Html.escape(report.suppressed() ? SUPPRESSED_BANNER
                : UNSUPPRESSED_BANNER) + "</div></html>");
        banner.setName("reportSuppression");
        banner.getAccessibleContext().setAccessibleName(report.suppressed() ? SUPPRESSED_BANNER : UNSUPPRESSED_BANNER);
        banner.setOpaque(true);
        banner.setFont(banner.getFont().deriveFont(Font.BOLD));
        banner.setBackground(report.suppressed() ? new Color(0xFFF4CE) : new Color(0xFDECEA));
        banner.setForeground(report.suppressed() ? new Color(0x5C4100) : new Color(0x8A1C12));
        banner.setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        results.add(left(banner));

        JLabel title = new JLabel(report.scope().title());
        title.setName("reportTitle");
        title.setFont(Theme.scaled(1.15f, Font.BOLD));
        results.add(Box.createVerticalStrut(6));
        results.add(left(title));
        JLabel generated = new JLabel("Made " + UkDates.dateTime(report.generatedAt()) + ". Counts are of referrals.");
        generated.setName("reportGenerated");
        results.add(left(generated));
        if (report.enrolmentsBeingUpdated() > 0) {
            JLabel beingUpdated = new JLabel(report.beingUpdatedNote());
            beingUpdated.setName("reportBeingUpdated");
            beingUpdated.setFont(beingUpdated.getFont().deriveFont(Font.BOLD));
            results.add(left(beingUpdated));
        }

        ReportFlow flow = report.flow();
        JLabel headline = new JLabel("Completion rate of those who started: " + flow.completionRate().shown()
                + ".   Median weeks to withdrawal: " + median(flow) + ".   Attendance overall: "
                + report.attendance().overall().shown() + ".");
        headline.setName("reportHeadline");
        headline.setFont(headline.getFont().deriveFont(Font.BOLD));
        results.add(Box.createVerticalStrut(6));
        results.add(left(headline));

        RowTableModel<Object[]> flowModel = new RowTableModel<Object[]>()
                .column("Stage", r -> r[0]).column("Number", r -> ((Figure) r[1]).shown());
        flowModel.setRows(List.of(
                new Object[] {"Referred", flow.referred()}, new Object[] {"Assessed", flow.assessed()},
                new Object[] {"Eligible", flow.eligible()}, new Object[] {"Declined", flow.declined()},
                new Object[] {"Waiting", flow.waiting()}, new Object[] {"Started (attended at least one session)", flow.started()},
                new Object[] {"Completed", flow.completed()}, new Object[] {"Withdrawn", flow.withdrawn()},
                new Object[] {"Still active", flow.stillActive()}));
        JPanel flowBlock = block("Flow from referral to the end", Tables.table("reportFlow", "Flow from referral to the end", flowModel, 290, 80), 9);

        List<uk.dap.shared.api.report.WeekRate> weeks = report.attendance().weeks();
        String withheldNote = weeks.stream().anyMatch(w -> w.rate().withheld())
                ? " Weeks without a bar are withheld (small numbers), not zero." : "";
        JLabel chartNote = new JLabel("Attended as a share of those expected at each week's session." + withheldNote);
        chartNote.setName("reportChartNote");
        JPanel chart = new JPanel(new BorderLayout(2, 2));
        chart.add(AttendanceChart.panel(weeks), BorderLayout.CENTER);
        chart.add(chartNote, BorderLayout.SOUTH);
        sideBySide(flowBlock, block("Attendance by week", chart, chart.getComponent(0) instanceof JComponent c ? c : chart));

        RowTableModel<ReasonFigure> reasons = new RowTableModel<ReasonFigure>()
                .column("Reason for withdrawal", ReasonFigure::label).column("Number", r -> r.count().shown());
        reasons.setRows(flow.withdrawnByReason());
        JPanel reasonBlock = flow.withdrawnByReason().isEmpty()
                ? block("Withdrawn by reason", nobodyWithdrew(), null)
                : block("Withdrawn by reason", Tables.table("reportReasons", "Withdrawn by reason", reasons, 290, 80),
                        flow.withdrawnByReason().size());
        RowTableModel<BandFigure> bands = new RowTableModel<BandFigure>()
                .column("Personal attendance rate", BandFigure::band).column("People", b -> b.people().shown());
        bands.setRows(report.attendance().bands());
        sideBySide(reasonBlock, block("Attendance rate per person (those who started)",
                Tables.table("reportBands", "Attendance rate per person", bands, 290, 80), report.attendance().bands().size()));

        RowTableModel<InstrumentChange> evaluation = new RowTableModel<InstrumentChange>()
                .column("Questionnaire", InstrumentChange::title)
                .column("Who", i -> i.group().label())
                .column("Pairs", i -> i.pairs().shown())
                .column("Mean before", i -> number(i.meanBefore(), i.withheld()))
                .column("Mean after", i -> number(i.meanAfter(), i.withheld()))
                .column("Change", i -> signed(i.meanChange(), i.withheld()))
                .column("Effect size", i -> number(i.effectSize(), i.withheld()));
        evaluation.setRows(report.evaluation());
        if (report.evaluation().isEmpty()) {
            section("Questionnaires before and after", new JLabel("No questionnaires in this report."));
        } else {
            section("Questionnaires before and after (effect size: paired, Cohen's d)",
                    Tables.table("reportEvaluation", "Questionnaires before and after", evaluation, 240, 85, 60, 105, 100, 80, 95),
                    report.evaluation().size());
            List<StageRow> stages = report.evaluation().stream()
                    .flatMap(i -> i.responses().stream().map(r -> new StageRow(i, r))).toList();
            RowTableModel<StageRow> responses = new RowTableModel<StageRow>()
                    .column("Questionnaire", r -> r.change().title())
                    .column("Who", r -> r.change().group().label())
                    .column("Stage", r -> r.response().stage().label())
                    .column("Answered", r -> r.response().answered().shown())
                    .column("Of those who started", r -> r.response().ofStarted().shown())
                    .column("Of those who answered before", r -> r.response().ofPre() == null ? "-" : r.response().ofPre().shown())
                    .column("Of completers", r -> r.response().ofCompleters() == null ? "-" : r.response().ofCompleters().shown());
            responses.setRows(stages);
            section("Who answered, and response rates (of completers: at follow-up, those whose follow-up has fallen due)",
                    Tables.table("reportResponses", "Who answered, and response rates", responses, 175, 75, 165, 85, 155, 235, 115),
                    stages.size());
        }

        List<LabelledFigure> specifics = report.specifics() == null ? List.of() : report.specifics().figures();
        List<WeekFigure> creche = report.specifics() == null ? List.of() : report.specifics().crechePlacesByWeek();
        if (!specifics.isEmpty()) {
            RowTableModel<LabelledFigure> model = new RowTableModel<LabelledFigure>()
                    .column("Programme specifics", LabelledFigure::label).column("Number", f -> f.count().shown());
            model.setRows(specifics);
            section("Programme specifics", Tables.table("reportSpecifics", "Programme specifics", model, 420, 100), specifics.size());
        }
        if (!creche.isEmpty()) {
            RowTableModel<WeekFigure> model = new RowTableModel<WeekFigure>()
                    .column("Week", w -> w.week()).column("Crèche places used", w -> w.count().shown());
            model.setRows(creche);
            section("Gateway crèche places used per week", Tables.table("reportCreche", "Crèche places used per week", model, 80, 160),
                    Math.min(6, creche.size()));
        }
        results.revalidate();
        results.repaint();
        ScrollablePanel.toTop(results);
        ok("Report ready: " + report.scope().title() + (report.suppressed() ? " (small numbers suppressed)." : " (small numbers shown)."));
    }

    private void section(String heading, JTable table, int rows) {
        results.add(Box.createVerticalStrut(10));
        results.add(left(block(heading, table, rows)));
    }

    private void section(String heading, JComponent content) {
        results.add(Box.createVerticalStrut(10));
        results.add(left(block(heading, content, content)));
    }

    /** Two blocks side by side, so that the flow and the chart are seen together. */
    private void sideBySide(JComponent first, JComponent second) {
        // A grid bag, not a box: the first keeps its own width and the second (the chart) takes what is left.
        JPanel row = new JPanel(new java.awt.GridBagLayout());
        java.awt.GridBagConstraints c = new java.awt.GridBagConstraints();
        c.anchor = java.awt.GridBagConstraints.NORTHWEST;
        c.insets = new java.awt.Insets(0, 0, 0, 16);
        first.setMinimumSize(first.getPreferredSize());
        row.add(first, c);
        c.gridx = 1;
        c.weightx = 1;
        c.insets = new java.awt.Insets(0, 0, 0, 0);
        c.fill = java.awt.GridBagConstraints.HORIZONTAL;
        second.setMaximumSize(null);
        row.add(second, c);
        results.add(Box.createVerticalStrut(10));
        results.add(left(row));
    }

    private static JPanel block(String heading, JTable table, int rows) {
        table.getAccessibleContext().setAccessibleDescription(heading);
        table.getTableHeader().setReorderingAllowed(false);
        javax.swing.JScrollPane scroll = Tables.scroll(table, Math.max(1, rows));
        int width = 0;
        for (int i = 0; i < table.getColumnCount(); i++) {
            width += table.getColumnModel().getColumn(i).getPreferredWidth();
        }
        java.awt.Dimension size = new java.awt.Dimension(width + 4, scroll.getPreferredSize().height);
        scroll.setPreferredSize(size);
        scroll.setMaximumSize(size);
        return block(heading, scroll, table);
    }

    private static JLabel nobodyWithdrew() {
        JLabel none = new JLabel("Nobody withdrew.");
        none.setName("reportNobodyWithdrew");
        return none;
    }

    private static JPanel block(String heading, JComponent content, JComponent labelled) {
        JLabel label = ReferralDetailPanel.heading(heading);
        label.setLabelFor(labelled == null ? content : labelled);
        JPanel block = new JPanel();
        block.setLayout(new BoxLayout(block, BoxLayout.Y_AXIS));
        block.add(left(label));
        block.add(left(content));
        block.setMaximumSize(block.getPreferredSize());
        return block;
    }

    static String median(ReportFlow flow) {
        if (flow.medianWithheld()) {
            return "withheld";
        }
        return flow.medianWeeksToWithdrawal() == null ? "nobody withdrew" : number(flow.medianWeeksToWithdrawal(), false);
    }

    static String number(Double value, boolean withheld) {
        if (withheld) {
            return "withheld";
        }
        return value == null ? "n/a" : String.format(Locale.UK, "%.2f", value);
    }

    static String signed(Double value, boolean withheld) {
        String shown = number(value, withheld);
        return value != null && !withheld && value > 0 ? "+" + shown : shown;
    }

    private static JComponent left(JComponent c) {
        c.setAlignmentX(LEFT_ALIGNMENT);
        return c;
    }

    /** One questionnaire's figures at one stage, a row of the response table. */
    private record StageRow(InstrumentChange change, StageResponse response) {
    }
}
