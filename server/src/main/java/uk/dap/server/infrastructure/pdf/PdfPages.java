package uk.dap.server.infrastructure.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** What the service's printed pages share: the embedded font, and the handling line and page number on every page. */
public final class PdfPages {
    private PdfPages() {
    }

    /** OpenPDF's bundled Liberation Sans, embedded: names beyond Latin-1 (Polish, Welsh) print as written. */
    public static BaseFont embeddedFont() {
        try (InputStream in = BaseFont.class.getClassLoader().getResourceAsStream("font-fallback/LiberationSans-Regular.ttf")) {
            if (in == null) {
                throw new IllegalStateException("OpenPDF's fallback font is missing from the class path");
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The handling line at the foot of every page, and its page number. */
    public static final class Footer extends PdfPageEventHelper {
        private final String text;
        private final BaseFont font;

        public Footer(String text, BaseFont font) {
            this.text = text;
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            Font small = new Font(font, 7.5f, Font.NORMAL, Color.DARK_GRAY);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT, new Phrase(new Chunk(text, small)), document.left(), 30, 0);
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT, new Phrase("Page " + writer.getPageNumber(), small),
                    page.getRight(document.rightMargin()), 30, 0);
        }
    }
}
