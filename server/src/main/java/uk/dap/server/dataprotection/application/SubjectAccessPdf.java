package uk.dap.server.dataprotection.application;

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
import uk.dap.server.infrastructure.pdf.PdfPages;
import uk.dap.shared.api.dataprotection.SubjectAccessItemView.PackField;
import uk.dap.shared.text.UkDates;

/** The readable half of a subject access pack: a heading per section, each item's title and date, then its fields. */
final class SubjectAccessPdf {
    private static final Color INK = new Color(0x1F, 0x2A, 0x44);
    private static final Color RULE = new Color(0xB8, 0xC2, 0xD6);
    private static final Color SHADE = new Color(0xEE, 0xF1, 0xF7);

    private final BaseFont base = PdfPages.embeddedFont();

    byte[] render(String reference, long requestId, LocalDate releasedOn, List<SubjectAccessPacks.Shown> items) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PdfPages.Footer("Official - sensitive. Your records, " + reference + ", subject access request "
                    + requestId + ", released on " + UkDates.date(releasedOn) + ".", base));
            document.addTitle("Your records " + reference);
            document.addCreator("DAP");
            document.open();
            document.add(new Paragraph("The records we hold about you", font(17, Font.BOLD, INK)));
            Paragraph sub = new Paragraph("Reference " + reference + ". Released on " + UkDates.date(releasedOn)
                    + " in answer to your request. Staff are named by their role.", font(10, Font.NORMAL, INK));
            sub.setSpacingAfter(8);
            document.add(sub);
            String section = null;
            for (SubjectAccessPacks.Shown item : items) {
                if (!item.section().equals(section)) {
                    section = item.section();
                    Paragraph heading = new Paragraph(section, font(13, Font.BOLD, INK));
                    heading.setSpacingBefore(12);
                    heading.setSpacingAfter(4);
                    document.add(heading);
                }
                Paragraph title = new Paragraph(item.title() + (item.date() == null ? "" : ", " + UkDates.date(item.date())),
                        font(10.5f, Font.BOLD, Color.BLACK));
                title.setSpacingBefore(6);
                title.setSpacingAfter(3);
                document.add(title);
                if (item.fields().isEmpty()) {
                    document.add(new Paragraph("Nothing recorded.", font(9.5f, Font.ITALIC, Color.DARK_GRAY)));
                    continue;
                }
                PdfPTable table = new PdfPTable(new float[] {1.4f, 2.6f});
                table.setWidthPercentage(100);
                table.setHorizontalAlignment(Element.ALIGN_LEFT);
                for (PackField field : item.fields()) {
                    PdfPCell label = cell(field.label(), true);
                    label.setBackgroundColor(SHADE);
                    table.addCell(label);
                    table.addCell(cell(field.value(), false));
                }
                document.add(table);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The subject access pack could not be laid out", e);
        }
        return out.toByteArray();
    }

    private Font font(float size, int style, Color colour) {
        return new Font(base, size, style, colour);
    }

    private PdfPCell cell(String text, boolean bold) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font(9.5f, bold ? Font.BOLD : Font.NORMAL, bold ? INK : Color.BLACK)));
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        return cell;
    }
}
