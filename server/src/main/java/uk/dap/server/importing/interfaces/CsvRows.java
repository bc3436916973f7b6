package uk.dap.server.importing.interfaces;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV upload, streamed: UTF-8 (a byte-order mark, as Excel writes one, is skipped; bytes that are not UTF-8 are
 * refused, never replaced), commas, double quotes around a value that holds a comma, quote or line break.
 */
final class CsvRows extends HashedRows {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;

    CsvRows(InputStream body) throws IOException {
        super(body);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        InputStream withoutMark = withoutByteOrderMark(stream());
        Reader reader = new InputStreamReader(withoutMark, strict);
        parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader);
        records = parser.iterator();
    }

    private static InputStream withoutByteOrderMark(InputStream in) throws IOException {
        java.io.PushbackInputStream stream = new java.io.PushbackInputStream(in, 3);
        byte[] start = stream.readNBytes(3);
        boolean mark = start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
        if (!mark) {
            stream.unread(start);
        }
        return stream;
    }

    @Override
    public List<String> next() throws IOException {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            row++;
            return record.toList();
        } catch (UncheckedIOException unreadable) {
            throw new UnreadableFile("Row " + (row + 1) + " cannot be read as CSV: " + reason(unreadable.getCause()), unreadable);
        }
    }

    private static String reason(IOException cause) {
        return cause instanceof java.nio.charset.CharacterCodingException
                ? "the file is not UTF-8 text. Save it from your spreadsheet as \"CSV UTF-8\"."
                : "a value in quotes is not closed, or a quote inside a value is not doubled.";
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
