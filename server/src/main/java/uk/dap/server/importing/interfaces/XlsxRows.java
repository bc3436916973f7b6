package uk.dap.server.importing.interfaces;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * An XLSX upload's first sheet, read row by row (fastexcel-reader). A cell Excel holds as a date (a number in a date
 * format) is read as the ISO date it shows; other numbers as written, without Excel's ".0"; text as it is.
 */
final class XlsxRows extends HashedRows {
    /** A workbook is read whole into memory (a zip cannot be read from the front), so it is kept to this size. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;

    XlsxRows(InputStream body) throws IOException {
        super(body);
        try {
            workbook = new ReadableWorkbook(new AtMost(stream()), new ReadingOptions(true, false));
            stream = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException notXlsx) {
            for (Throwable cause = notXlsx; cause != null; cause = cause.getCause()) {
                if (cause instanceof TooLarge) {
                    throw new UnreadableFile("An Excel workbook is read whole, so it may be at most 64 MB. Save this one as \"CSV UTF-8\""
                            + " and send it as CSV, which is read as it arrives.", notXlsx);
                }
            }
            throw new UnreadableFile("The file cannot be read as an Excel workbook (.xlsx). Save it from your spreadsheet as"
                    + " \"Excel Workbook\", or as \"CSV UTF-8\" and send it as CSV.", notXlsx);
        }
        rows = stream.iterator();
    }

    @Override
    public List<String> next() throws IOException {
        try {
            if (!rows.hasNext()) {
                return null;
            }
            Row next = rows.next();
            row = next.getRowNum();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < next.getCellCount(); i++) {
                cells.add(text(next.getCell(i)));
            }
            return cells;
        } catch (RuntimeException unreadable) {
            throw new UnreadableFile("Row " + (row + 1) + " of the workbook cannot be read.", unreadable);
        }
    }

    /** The upload, refused once it passes {@link #MAX_BYTES}. */
    private static final class AtMost extends java.io.FilterInputStream {
        private long read;

        AtMost(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > MAX_BYTES) {
                throw new TooLarge();
            }
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDateFormat(cell.getDataFormatString())) {
                return cell.asDate().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            }
            if (isTimeFormat(cell.getDataFormatString())) {
                // A time of day is kept as a fraction of a day: 0.75 is 18:00.
                long minutes = Math.round(cell.asNumber().doubleValue() % 1 * 24 * 60);
                return String.format(java.util.Locale.ROOT, "%02d:%02d", minutes / 60 % 24, minutes % 60);
            }
            return cell.asNumber().stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }

    /** Whether an Excel number format shows a date (it has day, month or year letters outside quotes and brackets). */
    static boolean isDateFormat(String format) {
        if (format == null) {
            return false;
        }
        String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(java.util.Locale.ROOT);
        return bare.contains("d") || bare.contains("y") || bare.matches(".*m+.*") && !bare.contains("h") && !bare.contains("s");
    }

    /** Whether an Excel number format shows only a time of day (hours, and no day, month or year). */
    static boolean isTimeFormat(String format) {
        return format != null && !isDateFormat(format) && format.toLowerCase(java.util.Locale.ROOT).contains("h");
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }
}
