package uk.dap.server.report.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import uk.dap.shared.api.report.BandFigure;
import uk.dap.shared.api.report.CompletionReport;
import uk.dap.shared.api.report.InstrumentChange;
import uk.dap.shared.api.report.StageResponse;
import uk.dap.shared.api.report.LabelledFigure;
import uk.dap.shared.api.report.ReasonFigure;
import uk.dap.shared.api.report.ReportFlow;
import uk.dap.shared.api.report.WeekFigure;
import uk.dap.shared.api.report.WeekRate;

/**
 * The report as an A4 PDF for a board pack: heading, the suppression statement in a box nobody can miss, the flow,
 * the weekly attendance chart and tables, evaluation and programme specifics. Every page's footer repeats the scope
 * and whether small numbers are suppressed, because pages get printed and passed round one at a time.
 * Uses the PDF standard fonts (Helvetica), which need no embedding and cover the Latin-1 text the report prints.
 */
final class CompletionPdf {
    private static final Color INK = CompletionCharts.INK;
    private static final Color MUTED = new Color(0x5A, 0x64, 0x78);
    private static final Color RULE = CompletionCharts.GRID;
    private static final Color HEADER_FILL = new Color(0xEE, 0xF2, 0xF7);
    private static final Color SUPPRESSED_FILL = new Color(0xE6, 0xF4, 0xEA);
    private static final Color SUPPRESSED_EDGE = new Color(0x2E, 0x7D, 0x32);
    private static final Color INTERNAL_FILL = new Color(0xFD, 0xEC, 0xEA);
    private static final Color INTERNAL_EDGE = new Color(0xB7, 0x1C, 0x1C);

    private static final Font TITLE = font(Font.BOLD, 20, INK);
    private static final Font SUBTITLE = font(Font.NORMAL, 13, INK);
    private static final Font SECTION = font(Font.BOLD, 13, INK);
    private static final Font BODY = font(Font.NORMAL, 9.5f, INK);
    private static final Font BODY_BOLD = font(Font.BOLD, 9.5f, INK);
    private static final Font HEADER_SMALL = font(Font.BOLD, 8, INK);
    private static final Font SMALL = font(Font.NORMAL, 8, MUTED);
    private static final Font STATEMENT = font(Font.BOLD, 10, INK);

    private static final float MARGIN = 48;

    private CompletionPdf() {
    }

    static byte[] render(CompletionReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 14);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer(report));
            document.addTitle(ReportWording.REPORT_NAME + ": " + ReportWording.title(report));
            // OpenPDF would otherwise leave the author empty; never the user's name.
            document.addCreator("DAP service");
            document.open();
            heading(document, report);
            flow(document, report);
            attendance(document, report);
            evaluation(document, report);
            specifics(document, report);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not lay out the completion report PDF", e);
        }
        return out.toByteArray();
    }

    private static void heading(Document document, CompletionReport report) {
        document.add(new Paragraph(ReportWording.REPORT_NAME, TITLE));
        Paragraph scope = new Paragraph(ReportWording.title(report), SUBTITLE);
        scope.setSpacingBefore(2);
        document.add(scope);
        Paragraph generated = new Paragraph(ReportWording.generatedLine(report), SMALL);
        generated.setSpacingBefore(2);
        document.add(generated);

        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setSpacingBefore(10);
        PdfPCell cell = new PdfPCell(new Phrase(ReportWording.suppression(report), STATEMENT));
        cell.setBackgroundColor(report.suppressed() ? SUPPRESSED_FILL : INTERNAL_FILL);
        cell.setBorder(Rectangle.LEFT);
        cell.setBorderWidthLeft(4);
        cell.setBorderColorLeft(report.suppressed() ? SUPPRESSED_EDGE : INTERNAL_EDGE);
        cell.setPadding(8);
        box.addCell(cell);
        document.add(box);
    }

    private static void flow(Document document, CompletionReport report) {
        section(document, "Flow from referral to completion");
        ReportFlow flow = report.flow();
        PdfPTable counts = table(new float[] {3.2f, 1}, "Measure", "Count");
        row(counts, "Referred", flow.referred().shown());
        row(counts, "Assessed", flow.assessed().shown());
        row(counts, "Eligible", flow.eligible().shown());
        row(counts, "Declined", flow.declined().shown());
        row(counts, "Waiting", flow.waiting().shown());
        row(counts, "Started (attended at least one session)", flow.started().shown());
        row(counts, "Completed", flow.completed().shown());
        row(counts, "Withdrawn", flow.withdrawn().shown());
        row(counts, "Still active", flow.stillActive().shown());
        strongRow(counts, "Completion rate (of those who started)", flow.completionRate().shown());
        strongRow(counts, "Median weeks to withdrawal", ReportWording.medianWeeks(report));

        PdfPTable reasons = table(new float[] {3.2f, 1}, "Withdrawn by reason", "Count");
        if (flow.withdrawnByReason().isEmpty()) {
            row(reasons, "Nobody withdrew", "");
        }
        for (ReasonFigure reason : flow.withdrawnByReason()) {
            row(reasons, reason.label(), reason.count().shown());
        }
        document.add(sideBySide(counts, reasons));
    }

    private static void attendance(Document document, CompletionReport report) {
        section(document, "Attendance");
        List<WeekRate> weeks = report.attendance().weeks();
        Paragraph overall = new Paragraph();
        overall.add(new Chunk("Overall attendance rate: ", BODY));
        overall.add(new Chunk(report.attendance().overall().shown(), BODY_BOLD));
        document.add(overall);
        if (!weeks.isEmpty()) {
            float width = document.getPageSize().getWidth() - 2 * MARGIN;
            int chartWidth = Math.round(width);
            int chartHeight = 200;
            Image chart = image(CompletionCharts.weeklyAttendance(weeks, chartWidth, chartHeight));
            chart.scaleAbsolute(chartWidth, chartHeight);
            chart.setSpacingBefore(4);
            Paragraph caption = new Paragraph("Attendance rate by programme week", BODY_BOLD);
            caption.setSpacingBefore(6);
            document.add(caption);
            document.add(chart);
            String withheld = weeks.stream().filter(w -> w.rate().withheld()).map(w -> String.valueOf(w.week()))
                    .collect(Collectors.joining(", "));
            if (!withheld.isEmpty()) {
                document.add(new Paragraph("No bar for week" + (withheld.contains(",") ? "s " : " ") + withheld
                        + ": rate withheld because a count behind it is below 5.", SMALL));
            }
        }

        PdfPTable byWeek = table(new float[] {1, 1.3f, 1.3f, 1.5f}, "Week", "Expected", "Attended", "Rate");
        for (WeekRate week : weeks) {
            cells(byWeek, String.valueOf(week.week()), week.expected().shown(), week.attended().shown(),
                    week.rate().shown());
        }
        PdfPTable bands = table(new float[] {2, 1}, "Personal attendance rate", "People");
        for (BandFigure band : report.attendance().bands()) {
            row(bands, band.band(), band.people().shown());
        }
        // The weekly table runs to a page for a long programme: it starts one, rather than splitting after a row.
        document.newPage();
        section(document, "Attendance by week, and started participants by their own attendance rate");
        if (weeks.isEmpty()) {
            // An empty section without a word reads as a fault (issue 19).
            document.add(new Paragraph("Nothing to show by week: no session with anyone expected at it has been held in this"
                    + " report's scope yet. The figures appear once a group in scope has met.", BODY));
            return;
        }
        document.add(sideBySide(byWeek, bands));
    }

    private static void evaluation(Document document, CompletionReport report) {
        section(document, "Evaluation: change on each questionnaire");
        if (report.evaluation().isEmpty()) {
            document.add(new Paragraph("No questionnaires in scope.", BODY));
            return;
        }
        PdfPTable table = table(new float[] {2.6f, 1, 0.8f, 1, 1, 1, 1}, "Questionnaire", "Who",
                "Pairs", "Mean before", "Mean after", "Mean change", "Effect size");
        for (InstrumentChange change : report.evaluation()) {
            boolean withheld = change.withheld();
            cells(table, change.title(), change.group().label(), change.pairs().shown(),
                    ReportWording.score(change.meanBefore(), withheld),
                    ReportWording.score(change.meanAfter(), withheld),
                    ReportWording.score(change.meanChange(), withheld),
                    ReportWording.effectSize(change.effectSize(), withheld));
        }
        document.add(table);
        Paragraph pairs = new Paragraph("Pairs: people with both a pre and a post score (each child paired with their own "
                + "answers). Effect size: the paired effect size (mean change over the standard deviation of the changes).",
                SMALL);
        pairs.setSpacingAfter(8);
        document.add(pairs);
        PdfPTable responses = table(new float[] {2.4f, 1.25f, 0.9f, 0.9f, 1.1f, 1.3f, 1.1f}, "Questionnaire", "Who", "Stage",
                "Answered", "Of those who started", "Of those who answered before", "Of completers");
        for (InstrumentChange change : report.evaluation()) {
            for (StageResponse at : change.responses()) {
                cells(responses, change.title(), change.group().label(), ReportWording.stage(at), at.answered().shown(),
                        ReportWording.rate(at.ofStarted()), ReportWording.rate(at.ofPre()), ReportWording.rate(at.ofCompleters()));
            }
        }
        document.add(responses);
        document.add(new Paragraph(ReportWording.RATES_EXPLAINED, SMALL));
    }

    private static void specifics(Document document, CompletionReport report) {
        if (report.specifics() == null
                || report.specifics().figures().isEmpty() && report.specifics().crechePlacesByWeek().isEmpty()) {
            return;
        }
        section(document, "Programme specifics");
        PdfPTable figures = null;
        if (!report.specifics().figures().isEmpty()) {
            figures = table(new float[] {3.2f, 1}, "Measure", "Count");
            for (LabelledFigure figure : report.specifics().figures()) {
                row(figures, figure.label(), figure.count().shown());
            }
        }
        PdfPTable creche = null;
        if (!report.specifics().crechePlacesByWeek().isEmpty()) {
            creche = table(new float[] {1, 1.6f}, "Week", "Crèche places used");
            for (WeekFigure week : report.specifics().crechePlacesByWeek()) {
                cells(creche, String.valueOf(week.week()), week.count().shown());
            }
        }
        if (figures != null && creche != null) {
            document.add(sideBySide(figures, creche));
        } else {
            PdfPTable only = figures != null ? figures : creche;
            only.setWidthPercentage(48);
            only.setHorizontalAlignment(Element.ALIGN_LEFT);
            document.add(only);
        }
    }

    private static void section(Document document, String title) {
        Paragraph heading = new Paragraph(title, SECTION);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    /** Two tables next to each other, top-aligned, with a gutter; each keeps its own height. */
    private static PdfPTable sideBySide(PdfPTable left, PdfPTable right) {
        PdfPTable outer = new PdfPTable(new float[] {48, 4, 48});
        outer.setWidthPercentage(100);
        outer.setSpacingBefore(4);
        outer.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        outer.getDefaultCell().setPadding(0);
        outer.setSplitLate(false);
        for (PdfPTable inner : new PdfPTable[] {left, null, right}) {
            PdfPCell cell = new PdfPCell();
            if (inner != null) {
                // Added as content, not as the cell's table: a cell's own table stretches its last row (and that
                // row's rule) down to the taller neighbour.
                cell.addElement(inner);
            }
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            outer.addCell(cell);
        }
        return outer;
    }

    private static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        // Many columns: a smaller heading so that words like "response" are not broken.
        Font font = headers.length > 5 ? HEADER_SMALL : BODY_BOLD;
        for (int i = 0; i < headers.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(headers[i], font));
            cell.setBackgroundColor(HEADER_FILL);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setPadding(4);
            cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
            cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
            table.addCell(cell);
        }
        return table;
    }

    private static void row(PdfPTable table, String label, String value) {
        cells(table, label, value);
    }

    private static void strongRow(PdfPTable table, String label, String value) {
        table.addCell(cell(label, BODY, Element.ALIGN_LEFT));
        table.addCell(cell(value, BODY_BOLD, Element.ALIGN_RIGHT));
    }

    /** One row: the first cell is a label, the others figures, right-aligned so digits line up. */
    private static void cells(PdfPTable table, String... values) {
        for (int i = 0; i < values.length; i++) {
            table.addCell(cell(values[i], BODY, i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT));
        }
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(4);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        cell.setHorizontalAlignment(alignment);
        return cell;
    }

    private static Image image(java.awt.image.BufferedImage picture) {
        try {
            return Image.getInstance(CompletionCharts.png(picture));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading an image from memory cannot fail", e);
        }
    }

    private static Font font(int style, float size, Color colour) {
        return new Font(Font.HELVETICA, size, style, colour);
    }

    /** The scope, the suppression state and the page number at the foot of every page. */
    private static final class Footer extends PdfPageEventHelper {
        private final String left;

        Footer(CompletionReport report) {
            this.left = ReportWording.REPORT_NAME + ": " + ReportWording.title(report) + "  ·  "
                    + (report.suppressed() ? "Small numbers suppressed" : "Not suppressed: for use within the service only");
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            float y = document.bottom() - 22;
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(document.left(), y + 11);
            canvas.lineTo(document.right(), y + 11);
            canvas.stroke();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(left, SMALL), document.left(), y, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                    new Phrase("Page " + writer.getPageNumber(), SMALL), document.right(), y, 0);
        }
    }
}
