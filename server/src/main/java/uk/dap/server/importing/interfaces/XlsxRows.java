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
import uk.dap.server.importing.application.SpreadsheetRows;

/**
 * An XLSX upload's first sheet, read row by row (fastexcel-reader). A cell Excel holds as a date (a number in a date
 * format) is read as the ISO date it shows; other numbers as written, without Excel's ".0"; text as it is.
 */
final class XlsxRows implements SpreadsheetRows {
    private final HashedInput input;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;
    private long row;

    XlsxRows(InputStream body) throws IOException {
        input = new HashedInput(body);
        try {
            workbook = new ReadableWorkbook(input.stream(), new ReadingOptions(true, false));
            stream = workbook.getFirstSheet().openStream();
        } catch (IOException | RuntimeException notXlsx) {
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

    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return null;
        }
        if (cell.getType() == CellType.NUMBER) {
            if (isDateFormat(cell.getDataFormatString())) {
                return cell.asDate().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
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

    @Override
    public long rowNumber() {
        return row;
    }

    @Override
    public String sha256() throws IOException {
        return input.sha256();
    }

    @Override
    public void close() throws IOException {
        stream.close();
        workbook.close();
    }
}
