package uk.dap.server.report.export;

import jakarta.enterprise.context.ApplicationScoped;
import uk.dap.shared.api.report.CompletionReport;

/**
 * Renders a completion report as CSV, XLSX or PDF. Pure functions of the record: they read nothing else, so an export
 * holds exactly what the on-screen report holds (counts and rates, never names, contact details or notes), with small
 * numbers already suppressed in the record when the caller asked for it.
 */
@ApplicationScoped
public class CompletionReportExports {

    public ExportedFile export(CompletionReport report, ExportFormat format) {
        byte[] body = switch (format) {
            case CSV -> csv(report);
            case XLSX -> xlsx(report);
            case PDF -> pdf(report);
        };
        return new ExportedFile(body, format.mediaType(), fileName(report, format));
    }

    /** UTF-8 with a byte order mark (so Excel reads "crèche" right), RFC 4180: section, measure, breakdown, value. */
    public byte[] csv(CompletionReport report) {
        return CompletionCsv.render(report);
    }

    public byte[] xlsx(CompletionReport report) {
        return CompletionXlsx.render(report);
    }

    public byte[] pdf(CompletionReport report) {
        return CompletionPdf.render(report);
    }

    /** From the scope only, e.g. {@code completion-freedom-2025-04-01-to-2026-03-31.pdf}; never a person's name. */
    public String fileName(CompletionReport report, ExportFormat format) {
        return ReportWording.fileName(report, format);
    }

    public String mediaType(ExportFormat format) {
        return format.mediaType();
    }
}
