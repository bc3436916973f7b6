package uk.dap.server.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.dap.shared.api.report.CompletionReport;
import uk.dap.shared.api.report.Figure;
import uk.dap.shared.api.report.ProgrammeSpecifics;
import uk.dap.shared.api.report.Rate;
import uk.dap.shared.api.report.ReportAttendance;
import uk.dap.shared.api.report.ReportFlow;
import uk.dap.shared.api.report.ReportScope;
import uk.dap.shared.api.report.ReportScopeKind;

/** Names, media types, and that an export holds nothing but the record (no names, nothing from the machine). */
class CompletionReportExportsTest {
    private final CompletionReportExports exports = new CompletionReportExports();

    @Test
    void fileNamesComeFromTheScopeOnly() {
        ReportScope freedom = new ReportScope(ReportScopeKind.PROGRAMME, "FREEDOM", null, null,
                LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), "Freedom, 1 Apr 2025 to 31 Mar 2026");
        ReportScope cohort = new ReportScope(ReportScopeKind.COHORT, "CARING_DADS", 42L, null, null, null,
                "Caring Dads, Tuesday evening group");
        CompletionReport agency = ReportFixtures.agencyReport(true);

        assertThat(exports.export(ReportFixtures.report(freedom, true), ExportFormat.PDF).fileName())
                .isEqualTo("completion-freedom-2025-04-01-to-2026-03-31.pdf");
        assertThat(exports.fileName(ReportFixtures.report(cohort, false), ExportFormat.XLSX))
                .isEqualTo("completion-cohort-42.xlsx");
        assertThat(exports.fileName(agency, ExportFormat.CSV))
                .isEqualTo("completion-agency-northshire-children-s-services-2025-04-01-to-2026-03-31.csv");
    }

    @Test
    void eachFormatAnswersWithItsMediaTypeAndAFileThatStartsRight() {
        CompletionReport report = ReportFixtures.agencyReport(true);
        ExportedFile pdf = exports.export(report, ExportFormat.PDF);
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.contentDisposition()).isEqualTo(
                "attachment; filename=\"completion-agency-northshire-children-s-services-2025-04-01-to-2026-03-31.pdf\"");
        ExportedFile xlsx = exports.export(report, ExportFormat.XLSX);
        assertThat(xlsx.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(exports.export(report, ExportFormat.CSV).mediaType()).isEqualTo("text/csv; charset=UTF-8");
        assertThat(ExportFormat.parse("PDF")).contains(ExportFormat.PDF);
        assertThat(ExportFormat.parse("docx")).isEmpty();
    }

    /** A new cohort: nobody started yet, no weeks, no questionnaires, nothing programme-specific. */
    @Test
    void anEmptyReportStillRendersInEveryFormat() throws IOException {
        Figure zero = Figure.of(0, true);
        Rate none = Rate.of(0, 0, true);
        CompletionReport empty = new CompletionReport(
                new ReportScope(ReportScopeKind.COHORT, "GATEWAY", 7L, null, null, null, "Gateway, Monday group"),
                true, ReportFixtures.GENERATED,
                new ReportFlow(zero, zero, zero, zero, zero, zero, zero, zero, List.of(), zero, none, null, false),
                new ReportAttendance(List.of(), List.of(), none), List.of(),
                new ProgrammeSpecifics(List.of(), List.of()), 1234);

        assertThat(CompletionReportCsvTest.parse(exports.csv(empty)))
                .anySatisfy(row -> assertThat(row.values()).containsExactly("flow", "completion rate", "", "n/a"))
                .as("a report answered while a backlog is rebuilt says so")
                .anySatisfy(row -> assertThat(row.values()).containsExactly("report", "being brought up to date", "",
                        "Being brought up to date: 1,234 enrolments are counted as they were before their latest change. Ask again in a few minutes."));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(exports.xlsx(empty)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
        }
        try (PDDocument pdf = Loader.loadPDF(exports.pdf(empty))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Gateway, Monday group", "Nobody withdrew",
                    "No questionnaires in scope.");
        }
    }

    /**
     * Every CSV value is either a figure as shown or text from the record (scope, labels, bands, titles) or the
     * report's own wording; nothing else can creep in.
     */
    @Test
    void theCsvHoldsOnlyFiguresAndTextFromTheRecord() throws IOException {
        Pattern figure = Pattern.compile("-?\\d+(\\.\\d+)?%?|<5|withheld|n/a");
        Set<String> wording = Set.of(ReportFixtures.TITLE, ReportWording.SUPPRESSED, "23 Nov 2026");
        for (CSVRecord row : CompletionReportCsvTest.parse(exports.csv(ReportFixtures.agencyReport(true)))) {
            String value = row.get("value");
            assertThat(figure.matcher(value).matches() || wording.contains(value))
                    .as("value %s in %s", value, row).isTrue();
        }
    }

    /**
     * Everything a reader sees in the PDF is the report's own wording (headings, column titles, the statement), a
     * figure, or text from the record: take those away and nothing is left. A field added to an export from anywhere
     * else (a user, a note, the machine) fails this test until it is listed here on purpose.
     */
    @Test
    void thePdfHoldsOnlyItsWordingFiguresAndTextFromTheRecord() throws IOException {
        CompletionReport report = ReportFixtures.agencyReport(true);
        String text;
        try (PDDocument pdf = Loader.loadPDF(exports.pdf(report))) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        List<String> fromRecord = new ArrayList<>(List.of(report.scope().title()));
        report.flow().withdrawnByReason().forEach(r -> fromRecord.add(r.label()));
        report.attendance().bands().forEach(b -> fromRecord.add(b.band()));
        report.evaluation().forEach(e -> fromRecord.add(e.title()));
        report.evaluation().forEach(e -> fromRecord.add(e.group().label()));
        report.specifics().figures().forEach(f -> fromRecord.add(f.label()));
        // Longest first, so that a label inside another is not taken out of it first.
        fromRecord.sort(Comparator.comparingInt(String::length).reversed());
        for (String phrase : fromRecord) {
            text = text.replace(phrase, " ");
        }
        Set<String> wording = Set.of("Completion report", "Generated", "Small numbers suppressed",
                "counts below 5 are shown as", "and rates derived from them are withheld",
                "Flow from referral to completion", "Measure", "Count", "Referred", "Assessed", "Eligible",
                "Declined", "Waiting", "Started (attended at least one session)", "Completed", "Withdrawn",
                "Still active", "Completion rate (of those who started)", "Median weeks to withdrawal",
                "Withdrawn by reason", "Attendance", "Overall attendance rate:", "Attendance rate by programme week",
                "No bar for weeks", "rate withheld because a count behind it is below", "Page",
                "Attendance by week, and started participants by their own attendance rate", "Week", "Expected",
                "Attended", "Rate", "Personal attendance rate", "People", "Evaluation: change on each questionnaire",
                "Questionnaire", "Who", "Pairs", "Mean before", "Mean after", "Mean change", "Effect size", "Stage", "Answered",
                "Of those who started", "Of those who answered before", "Of completers", "Before", "After", "Follow-up", "-",
                "Pairs: people with both a pre and a post score (each child paired with their own answers). Effect size: the "
                        + "paired effect size (mean change over the standard deviation of the changes).",
                ReportWording.RATES_EXPLAINED,
                "Programme specifics", "Crèche places used", "Completion report:", "·", "Nov");
        List<String> sorted = new ArrayList<>(wording);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        for (String phrase : sorted) {
            text = text.replace(phrase, " ");
        }
        String left = text.replaceAll("(?<![\\w<-])(-?\\d+(\\.\\d+)?%?|<5|withheld|n/a)(?![\\w%])", " ")
                .replaceAll("[\\s,.:]+", " ").trim();
        assertThat(left).as("text in the PDF that is neither wording, a figure nor from the record").isEmpty();
    }

    /**
     * Document libraries like to stamp a file with its author: an export names no one in its metadata (not the
     * operating system user running the server either), and its text holds no e-mail address.
     */
    @Test
    void noExportNamesAnAuthorOrHoldsAnEmailAddress() throws IOException {
        CompletionReport report = ReportFixtures.agencyReport(false);

        String csv = new String(exports.csv(report), StandardCharsets.UTF_8);
        String xlsx = unzipped(exports.xlsx(report));
        String pdfText;
        try (PDDocument pdf = Loader.loadPDF(exports.pdf(report))) {
            pdfText = new PDFTextStripper().getText(pdf);
            var info = pdf.getDocumentInformation();
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getCreator()).isEqualTo("DAP service");
            assertThat(info.getTitle()).isEqualTo("Completion report: " + ReportFixtures.TITLE);
        }
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new ByteArrayInputStream(exports.xlsx(report)))) {
            var core = workbook.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("DAP service");
            assertThat(core.getUnderlyingProperties().getLastModifiedByProperty()).isEmpty();
        }
        for (String text : new String[] {csv, xlsx, pdfText}) {
            assertThat(text).as("no e-mail address").doesNotContain("@");
            assertThat(text).doesNotContain(System.getProperty("user.home"));
        }
    }

    private static String unzipped(byte[] zip) throws IOException {
        StringBuilder all = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }
}
