package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.event.KeyEvent;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.kiosk.ui.RowTableModel;
import uk.dap.kiosk.ui.Tables;
import uk.dap.shared.api.importing.ImportProblem;
import uk.dap.shared.api.importing.ImportResult;
import uk.dap.shared.api.importing.ImportTemplate;
import uk.dap.shared.client.Download;

/**
 * Bringing a service's history in (docs/import.md), for leads and administrators: choose the kind and the file, check
 * it (a dry run: what it would create and every problem, in a table that can be saved as CSV to fix the spreadsheet),
 * then import it, with the file's progress shown as it is sent and read. Import is offered only after a dry run of the
 * same file found no problem, and asks first, naming the file and what it will create.
 */
class ImportScreen extends StaffScreen {
    private final JComboBox<Choice<ImportTemplate>> kind = new JComboBox<>();
    private final JLabel about = new JLabel(" ");
    private final JLabel file = new JLabel("No file chosen");
    private final JButton choose = new JButton("Choose file…");
    private final JButton check = new JButton("Check the file");
    private final JButton commit = new JButton("Import");
    private final JButton saveProblems = new JButton("Save problems as CSV…");
    private final JProgressBar sending = new JProgressBar(0, 1000);
    private final JLabel summary = new JLabel(" ");
    private final JLabel problemsLabel = ReferralDetailPanel.heading("Problems");
    private final RowTableModel<ImportProblem> problems = new RowTableModel<ImportProblem>()
            .column("Row", p -> String.valueOf(p.row()))
            .column("Column", p -> p.column() == null ? "" : p.column())
            .column("Value", p -> p.value() == null ? "" : p.value())
            .column("What to do", ImportProblem::message);
    private Path chosen;
    /** The file and kind the last dry run checked with no problem: what Import will send. */
    private Path checkedClean;
    private String checkedKind;
    private ImportResult lastCheck;

    ImportScreen(StaffContext context) {
        super(context, "importScreen", "Import a service's history");
        FormPanel form = new FormPanel();
        form.wide(new JLabel("<html>Download the template for a kind of record, fill it in, then check it here. Nothing is written"
                + " until the check finds no problem and you choose Import.</html>"));
        form.field("Kind of record", "importKind", kind, KeyEvent.VK_K);
        about.setName("importAbout");
        form.wide(about);
        JButton csvTemplate = FormPanel.name(new JButton("Template (CSV)…"), "importTemplateCsv", "Save the template as CSV");
        JButton xlsxTemplate = FormPanel.name(new JButton("Template (Excel)…"), "importTemplateXlsx", "Save the template as an Excel workbook");
        JButton export = FormPanel.name(new JButton("Export (CSV)…"), "importExport",
                "Save every record of this kind that you may see, in the template's columns");
        export.setToolTipText("Every record of this kind that you may see, in the template's columns: it can be imported again as it is");
        form.wide(ReferralDetailPanel.flow(csvTemplate, xlsxTemplate, export));
        file.setName("importFile");
        form.field("File", "importChoose", choose, ReferralDetailPanel.flow(choose, file), KeyEvent.VK_F);
        choose.getAccessibleContext().setAccessibleName("Choose the file to import");
        FormPanel.name(check, "importCheck", "Check the file (a dry run that writes nothing)");
        check.setMnemonic(KeyEvent.VK_C);
        FormPanel.name(commit, "importCommit", "Import the file");
        commit.setMnemonic(KeyEvent.VK_I);
        form.wide(ReferralDetailPanel.flow(check, commit));
        sending.setName("importProgress");
        sending.setStringPainted(true);
        sending.setVisible(false);
        sending.getAccessibleContext().setAccessibleName("Sending the file");
        form.wide(sending);
        summary.setName("importSummary");
        form.wide(summary);

        JTable table = Tables.table("importProblems", "Problems in the file", problems, 50, 160, 160, 520);
        FormPanel.name(saveProblems, "importSaveProblems", "Save the problems as CSV");
        saveProblems.setMnemonic(KeyEvent.VK_S);
        JPanel below = new JPanel(new BorderLayout(4, 4));
        problemsLabel.setLabelFor(table);
        below.add(problemsLabel, BorderLayout.NORTH);
        below.add(Tables.scroll(table, 6), BorderLayout.CENTER);
        JPanel saveRow = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        saveRow.add(saveProblems);
        below.add(saveRow, BorderLayout.SOUTH);
        JPanel page = new JPanel(new BorderLayout(6, 6));
        page.add(form, BorderLayout.NORTH);
        page.add(below, BorderLayout.CENTER);
        content(page);

        check.setEnabled(false);
        commit.setEnabled(false);
        saveProblems.setEnabled(false);
        kind.addActionListener(e -> kindChosen());
        csvTemplate.addActionListener(e -> saveTemplate("csv"));
        xlsxTemplate.addActionListener(e -> saveTemplate("xlsx"));
        export.addActionListener(e -> saveExport());
        choose.addActionListener(e -> chooseFile());
        check.addActionListener(e -> send(false));
        commit.addActionListener(e -> confirmAndImport());
        saveProblems.addActionListener(e -> saveProblems());
    }

    @Override
    void shown() {
        if (kind.getItemCount() == 0 && !busy()) {
            call("Loading the templates…", () -> context.api().importTemplates(), (List<ImportTemplate> templates) -> {
                templates.forEach(t -> kind.addItem(new Choice<>(t, t.title())));
                kindChosen();
            });
        }
    }

    private ImportTemplate template() {
        return kind.getSelectedItem() instanceof Choice<?> c ? (ImportTemplate) c.value() : null;
    }

    private void kindChosen() {
        ImportTemplate t = template();
        about.setText(t == null ? " " : "<html>" + ParticipantRecordPanel.escape(t.description() + " " + t.columns().size()
                + " columns; those that must be filled in: " + String.join(", ", t.columns().stream().filter(c -> c.required())
                .map(c -> c.heading()).toList()) + ".") + "</html>");
        forgetCheck();
        // A check or import of the kind chosen before says nothing of this one: the file stays chosen, to check again.
        lastCheck = null;
        summary.setText(" ");
        problems.setRows(java.util.List.of());
        problemsLabel.setText("Problems");
        saveProblems.setEnabled(false);
        status.show(uk.dap.kiosk.ui.StatusBanner.Kind.INFO, " ");
    }

    private void saveTemplate(String format) {
        ImportTemplate t = template();
        if (t == null) {
            problem("Choose the kind of record first.");
            return;
        }
        call("Fetching the template…", () -> context.api().importTemplate(t.kind(), format), (Download template) -> {
            try {
                Path saved = FileSaver.save(this, template, t.kind() + "-template." + format, "template");
                if (saved != null) {
                    ok("Template saved as " + saved.getFileName() + ". Delete its example row before importing.");
                }
            } catch (IOException e) {
                problem("The template could not be saved: " + e.getMessage());
            }
        });
    }

    /** Saves what the server exports of the kind: what this user may see, as the template's columns. */
    private void saveExport() {
        ImportTemplate t = template();
        if (t == null) {
            problem("Choose the kind of record first.");
            return;
        }
        call("Exporting " + t.title().toLowerCase(java.util.Locale.UK) + "…", () -> context.api().importExport(t.kind()), (Download exported) -> {
            try {
                Path saved = FileSaver.save(this, exported, t.kind() + "-export.csv", "export");
                if (saved != null) {
                    ok("Exported " + t.title().toLowerCase(java.util.Locale.UK) + " saved as " + saved.getFileName()
                            + ". It can be imported again as it is: every row is a record already here.");
                }
            } catch (IOException e) {
                problem("The export could not be saved: " + e.getMessage());
            }
        });
    }

    private void chooseFile() {
        JFileChooser chooser = new JFileChooser(chosen == null ? null : chosen.getParent().toFile());
        chooser.setName("importFileChooser");
        chooser.setDialogTitle("Choose the file to import");
        chooser.setFileFilter(new FileNameExtensionFilter("CSV or Excel workbook (.csv, .xlsx)", "csv", "xlsx"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            choose(chooser.getSelectedFile());
        }
    }

    private void choose(File chosenFile) {
        chosen = chosenFile.toPath();
        file.setText(chosen.getFileName() + " (" + size(chosenFile.length()) + ")");
        check.setEnabled(true);
        forgetCheck();
    }

    private void forgetCheck() {
        checkedClean = null;
        checkedKind = null;
        commit.setEnabled(false);
    }

    private void confirmAndImport() {
        ImportTemplate t = template();
        if (t == null || checkedClean == null || !t.kind().equals(checkedKind) || lastCheck == null) {
            problem("Check the file first: Import is for a file whose check found no problem.");
            return;
        }
        String[] options = {"Import it", "Not yet"};
        int answer = JOptionPane.showOptionDialog(this, "<html>Import <b>" + ParticipantRecordPanel.escape(checkedClean.getFileName().toString())
                        + "</b> as " + ParticipantRecordPanel.escape(t.title().toLowerCase(Locale.UK)) + "?<br>It will create " + lastCheck.created()
                        + (lastCheck.alreadyImported() == 0 ? "" : " and leave the " + lastCheck.alreadyImported() + " imported before as they are")
                        + ". An import cannot be undone from here.</html>",
                "Import " + checkedClean.getFileName() + "?", JOptionPane.YES_NO_OPTION, JOptionPane.QUESTION_MESSAGE, null, options, options[1]);
        if (answer == 0) {
            send(true);
        }
    }

    private void send(boolean importIt) {
        ImportTemplate t = template();
        Path path = importIt ? checkedClean : chosen;
        if (t == null || path == null) {
            problem("Choose the kind of record and the file first.");
            return;
        }
        long size = path.toFile().length();
        check.setEnabled(false);
        commit.setEnabled(false);
        sending.setValue(0);
        sending.setString("Sending " + path.getFileName() + "…");
        sending.setVisible(true);
        call(importIt ? "Importing " + path.getFileName() + "…" : "Checking " + path.getFileName() + "…",
                () -> context.api().importFile(t.kind(), path, importIt, sent -> SwingUtilities.invokeLater(() -> progress(sent, size))),
                (ImportResult result) -> {
                    showResult(result);
                    if (importIt) {
                        forgetCheck();
                        ok("Imported " + result.fileName() + ": " + result.created() + " created, " + result.alreadyImported()
                                + " imported before and left as they were.");
                    } else if (result.problemCount() == 0) {
                        checkedClean = path;
                        checkedKind = t.kind();
                        commit.setEnabled(true);
                        ok("No problems: " + result.created() + " to create. Choose Import to bring them in.");
                    } else {
                        problem(result.problemCount() + (result.problemCount() == 1 ? " problem" : " problems")
                                + " to fix in the spreadsheet (listed below). Nothing was written.");
                    }
                }, () -> {
                    sending.setVisible(false);
                    check.setEnabled(chosen != null);
                });
    }

    private void progress(long sent, long size) {
        sending.setValue(size == 0 ? 1000 : (int) Math.min(1000, sent * 1000 / size));
        sending.setString(sent >= size ? "Sent; the server is finishing the last rows…" : "Sent " + size(sent) + " of " + size(size));
    }

    private void showResult(ImportResult result) {
        lastCheck = result;
        summary.setText((result.committed() ? "Imported: " : "Checked: ") + result.rows() + (result.rows() == 1 ? " row; " : " rows; ")
                + result.created() + (result.committed() ? " created; " : " to create; ") + result.alreadyImported() + " imported before; "
                + result.problemCount() + (result.problemCount() == 1 ? " problem." : " problems.")
                + (result.problemCount() > result.problems().size() ? " The first " + result.problems().size() + " are listed." : ""));
        problems.setRows(result.problems());
        problemsLabel.setText(result.problemCount() == 0 ? "Problems: none" : "Problems");
        saveProblems.setEnabled(!result.problems().isEmpty());
    }

    private void saveProblems() {
        if (lastCheck == null || lastCheck.problems().isEmpty()) {
            return;
        }
        StringWriter csv = new StringWriter();
        csv.append("Row,Column,Value,What to do\r\n");
        for (ImportProblem p : lastCheck.problems()) {
            csv.append(String.valueOf(p.row())).append(',').append(quoted(p.column())).append(',').append(quoted(p.value())).append(',')
                    .append(quoted(p.message())).append("\r\n");
        }
        String name = lastCheck.fileName().replaceAll("\\.(csv|xlsx)$", "") + "-problems.csv";
        try {
            Path saved = FileSaver.save(this, new Download(name, "text/csv", csv.toString().getBytes(StandardCharsets.UTF_8)), name,
                    "list of problems");
            if (saved != null) {
                ok("Problems saved as " + saved.getFileName() + ".");
            }
        } catch (IOException e) {
            problem("The list could not be saved: " + e.getMessage());
        }
    }

    /** A CSV field: quoted when it holds a comma, quote or line break, and never read as a formula by a spreadsheet. */
    static String quoted(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("(?s)^([=+@]|-[^0-9]).*") ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.max(1, bytes / 1024) + " kB" : String.format(Locale.UK, "%.1f MB", bytes / 1048576.0);
    }
}
