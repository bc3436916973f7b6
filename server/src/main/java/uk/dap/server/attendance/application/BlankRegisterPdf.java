package uk.dap.server.attendance.application;

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
import java.time.LocalTime;
import java.util.List;
import uk.dap.server.infrastructure.pdf.PdfPages;
import uk.dap.shared.text.UkDates;

/**
 * A session's register on paper, for when the kiosk or the network is down (issue 19): the people the kiosk would list,
 * by first name and initial only, as on the kiosk, since the sheet lies on a table in the group room; a box to tick, the
 * time they came and a remark. The facilitator enters the marks in the staff client afterwards.
 */
final class BlankRegisterPdf {
    private static final Color INK = new Color(0x0b, 0x0c, 0x0c);
    private static final Color SHADE = new Color(0xf3, 0xf2, 0xf1);
    private static final Color RULE = new Color(0xb1, 0xb4, 0xb6);

    /** Everything the sheet prints; nothing else reaches it. */
    record Sheet(String programmeName, int sessionNumber, LocalDate date, LocalTime startTime, int durationMinutes, String place,
                 List<Line> lines) {
    }

    /** A person on the register, or a child who comes with them (shown beneath them). */
    record Line(String name, boolean child) {
    }

    static final String FOOTER = "Official - sensitive. Keep it with you during the session; shred it once the marks are in the staff client.";

    private final BaseFont base = PdfPages.embeddedFont();

    byte[] render(Sheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PdfPages.Footer(FOOTER, base));
            document.addTitle("Register, session " + sheet.sessionNumber());
            document.addCreator("DAP");
            document.open();
            document.add(new Paragraph("Register: " + sheet.programmeName() + ", session " + sheet.sessionNumber(), font(16, Font.BOLD, INK)));
            document.add(new Paragraph(UkDates.date(sheet.date()) + ", " + sheet.startTime() + " to "
                    + sheet.startTime().plusMinutes(sheet.durationMinutes()) + " · " + sheet.place(), font(11, Font.NORMAL, INK)));
            Paragraph how = new Paragraph("Tick the box when you arrive. The facilitator writes the time and any remark (left early, came"
                    + " with a support worker), then enters the marks in the staff client.", font(9.5f, Font.NORMAL, Color.DARK_GRAY));
            how.setSpacingBefore(6);
            how.setSpacingAfter(10);
            document.add(how);
            PdfPTable table = new PdfPTable(new float[] {34, 9, 13, 44});
            table.setWidthPercentage(100);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            for (String heading : List.of("Name", "Here", "Time", "Remark")) {
                PdfPCell cell = cell(heading, font(10, Font.BOLD, INK));
                cell.setBackgroundColor(SHADE);
                table.addCell(cell);
            }
            table.setHeaderRows(1);
            if (sheet.lines().isEmpty()) {
                PdfPCell none = cell("Nobody is on this session's register yet.", font(10, Font.ITALIC, INK));
                none.setColspan(4);
                table.addCell(none);
            }
            for (Line line : sheet.lines()) {
                table.addCell(cell(line.child() ? "    with " + line.name() : line.name(), font(11, Font.NORMAL, Color.BLACK)));
                for (int blank = 0; blank < 3; blank++) {
                    table.addCell(cell("", font(11, Font.NORMAL, Color.BLACK)));
                }
            }
            document.add(table);
            Paragraph signed = new Paragraph("Facilitator: ______________________________    Register entered on: ____________",
                    font(10, Font.NORMAL, INK));
            signed.setSpacingBefore(18);
            document.add(signed);
        } catch (DocumentException e) {
            throw new IllegalStateException("The register could not be laid out", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private Font font(float size, int style, Color colour) {
        return new Font(base, size, style, colour);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setBorderColor(RULE);
        cell.setPadding(5);
        cell.setMinimumHeight(24);
        return cell;
    }
}
