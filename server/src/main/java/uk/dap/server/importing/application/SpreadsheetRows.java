package uk.dap.server.importing.application;

import java.io.IOException;
import java.util.List;

/**
 * An uploaded file read one row at a time (CSV or XLSX; the REST door chooses), never held whole. The first row is the
 * headings. The file's SHA-256 is known once the last row has been read.
 */
public interface SpreadsheetRows extends AutoCloseable {
    /** The next row's cells as text, or null after the last row. */
    List<String> next() throws IOException;

    /** The spreadsheet's number of the row {@link #next} returned last (the headings are row 1). */
    long rowNumber();

    /** The SHA-256 of the whole file, in hex, once it has all been read. */
    String sha256() throws IOException;

    @Override
    void close() throws IOException;
}
