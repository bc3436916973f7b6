package uk.dap.server.report.progress.application;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.dap.server.infrastructure.pdf.PdfPages;
import uk.dap.shared.api.evaluation.ScoreChange;
import uk.dap.shared.api.progress.AttendanceSummary;
import uk.dap.shared.api.progress.WeekMark;
import uk.dap.shared.text.UkDates;

/**
 * Lays out the progress report for a child protection meeting as a PDF (OpenPDF). It prints only what {@link Content}
 * holds, so what may leave the service is decided in one place ({@link ProgressReports}), not here.
 */
final class ProgressReportPdf {
    private static final Color INK = new Color(0x1F, 0x2A, 0x44);
    private static final Color RULE = new Color(0xB8, 0xC2, 0xD6);
    private static final Color SHADE = new Color(0xEE, 0xF1, 0xF7);

    /** Everything the report prints; nothing else reaches the document. */
    record Content(String programmeName, String enrolmentState, String withdrawalReason, LocalDate firstSession, LocalDate lastSession,
                   String fullName, String reference, LocalDate dateOfBirth, LocalDate meetingOn, AttendanceSummary attendance,
                   List<WeekMark> weeks, long nonEngagementAlerts, Appointments appointments, List<ScoreChange> scores, String summary,
                   String preparedBy, LocalDate preparedOn, List<LocalDate> upcoming) {
    }

    /** Kept and missed one-to-one appointments; null where the caller's view leaves them out. */
    record Appointments(long kept, long missed, long cancelled) {
    }

    private final BaseFont base;

    ProgressReportPdf() {
        base = PdfPages.embeddedFont();
    }

    static String footer(LocalDate meetingOn) {
        return "Official - sensitive. Prepared for a child protection meeting on " + UkDates.date(meetingOn)
                + ". Do not copy or forward beyond the meeting.";
    }

    byte[] render(Content c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PdfPages.Footer(footer(c.meetingOn()), base));
            document.addTitle("Progress report " + c.reference());
            document.addCreator("DAP");
            document.open();
            document.add(new Paragraph("Progress report for a child protection meeting", font(17, Font.BOLD, INK)));
            Paragraph sub = new Paragraph(c.programmeName() + " · meeting on " + UkDates.date(c.meetingOn()), font(11, Font.NORMAL, INK));
            sub.setSpacingAfter(10);
            document.add(sub);

            PdfPTable about = table(new float[] {1.3f, 2.7f});
            row(about, "Participant", c.fullName());
            row(about, "Reference", c.reference());
            row(about, "Date of birth", UkDates.date(c.dateOfBirth()));
            row(about, "Programme", c.programmeName());
            row(about, "Group dates", c.firstSession() == null ? "Not placed in a group yet"
                    : UkDates.date(c.firstSession()) + " to " + UkDates.date(c.lastSession()));
            row(about, "Status", c.enrolmentState() + (c.withdrawalReason() == null ? "" : " (" + c.withdrawalReason() + ")"));
            row(about, "Prepared by", c.preparedBy() + ", " + UkDates.date(c.preparedOn()));
            document.add(about);

            heading(document, "Engagement summary");
            AttendanceSummary a = c.attendance();
            PdfPTable engagement = table(new float[] {2.6f, 1.4f});
            row(engagement, "Attendance rate", a.ratePercent() == null ? "No sessions held yet" : a.ratePercent() + "%");
            row(engagement, "Sessions held so far", Integer.toString(a.held()));
            row(engagement, "Attended (including late and left early)", Integer.toString(a.attended()));
            row(engagement, "Late", Integer.toString(a.late()));
            row(engagement, "Absent with notice", Integer.toString(a.excused()));
            row(engagement, "Absent without notice", Integer.toString(a.absent()));
            row(engagement, "Sessions still to come", Integer.toString(a.toCome()));
            row(engagement, "Non-engagement alerts raised", Long.toString(c.nonEngagementAlerts()));
            if (c.appointments() != null) {
                row(engagement, "One-to-one appointments kept", Long.toString(c.appointments().kept()));
                row(engagement, "One-to-one appointments missed", Long.toString(c.appointments().missed()));
            }
            document.add(engagement);

            heading(document, "Attendance week by week");
            if (c.weeks().isEmpty()) {
                document.add(new Paragraph("Not placed in a group yet.", font(10, Font.NORMAL, INK)));
            } else {
                PdfPTable weeks = table(new float[] {0.7f, 1.5f, 2.4f});
                header(weeks, "Week", "Date", "Attendance");
                for (WeekMark w : c.weeks()) {
                    weeks.addCell(cell(Integer.toString(w.number()), false));
                    weeks.addCell(cell(UkDates.date(w.date()), false));
                    weeks.addCell(cell(markText(w, c.preparedOn()), false));
                }
                document.add(weeks);
            }

            heading(document, "Questionnaire change");
            List<ScoreChange> scores = c.scores().stream().filter(s -> s.pre() != null || s.post() != null).toList();
            if (scores.isEmpty()) {
                document.add(new Paragraph("No questionnaire scores yet.", font(10, Font.NORMAL, INK)));
            } else {
                PdfPTable table = table(new float[] {2.8f, 1f, 1f, 1f});
                header(table, "Questionnaire", "Before", "After", "Change");
                for (ScoreChange s : scores) {
                    table.addCell(cell(s.title(), false));
                    table.addCell(cell(number(s.pre()), false));
                    table.addCell(cell(number(s.post()), false));
                    table.addCell(cell(s.change() == null ? "-" : (s.change() > 0 ? "+" : "") + number(s.change()), false));
                }
                document.add(table);
                document.add(new Paragraph("Scores only; the answers themselves are not shared.", font(8, Font.ITALIC, Color.DARK_GRAY)));
            }

            heading(document, "Summary for the meeting");
            String summary = c.summary() == null || c.summary().isBlank() ? "No summary was written for this report." : c.summary().strip();
            document.add(new Paragraph(summary, font(10, Font.NORMAL, Color.BLACK)));

            heading(document, "Upcoming sessions");
            document.add(new Paragraph(c.upcoming().isEmpty() ? "No further sessions."
                    : String.join(", ", c.upcoming().stream().map(UkDates::date).toList()), font(10, Font.NORMAL, Color.BLACK)));
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The progress report could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static String markText(WeekMark w, LocalDate today) {
        if (w.sessionStatus() != null && w.sessionStatus().name().equals("CANCELLED")) {
            return "Session cancelled";
        }
        if (w.mark() != null) {
            return w.mark().label();
        }
        return w.date().isAfter(today) ? "To come" : "Not marked";
    }

    private static String number(Double value) {
        if (value == null) {
            return "-";
        }
        return value == Math.rint(value) ? Long.toString(Math.round(value)) : String.format(Locale.UK, "%.1f", value);
    }

    private Font font(float size, int style, Color colour) {
        return new Font(base, size, style, colour);
    }

    private void heading(Document document, String text) throws DocumentException {
        Paragraph p = new Paragraph(text, font(12.5f, Font.BOLD, INK));
        p.setSpacingBefore(14);
        p.setSpacingAfter(5);
        document.add(p);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        return table;
    }

    private void row(PdfPTable table, String label, String value) {
        PdfPCell l = cell(label, true);
        l.setBackgroundColor(SHADE);
        table.addCell(l);
        table.addCell(cell(value, false));
    }

    private void header(PdfPTable table, String... labels) {
        for (String label : labels) {
            PdfPCell c = cell(label, true);
            c.setBackgroundColor(SHADE);
            table.addCell(c);
        }
        table.setHeaderRows(1);
    }

    private PdfPCell cell(String text, boolean bold) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font(9.5f, bold ? Font.BOLD : Font.NORMAL, bold ? INK : Color.BLACK)));
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        return cell;
    }
}
