package uk.dap.server.importing.interfaces;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload read as rows, its bytes hashed on the way (the audit trail names a file by its SHA-256): what the CSV and
 * XLSX readers share.
 */
abstract class HashedRows implements uk.dap.server.importing.application.SpreadsheetRows {
    private final MessageDigest digest;
    private final DigestInputStream stream;
    /** The spreadsheet's number of the row read last. */
    protected long row;

    HashedRows(InputStream body) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException always) {
            throw new IllegalStateException(always);
        }
        stream = new DigestInputStream(body, digest);
    }

    /** The upload's bytes, for the reader. */
    protected InputStream stream() {
        return stream;
    }

    @Override
    public long rowNumber() {
        return row;
    }

    /** Reads what is left (a reader may stop before the end of the file) and gives the hash of the whole. */
    @Override
    public String sha256() throws IOException {
        stream.transferTo(OutputStreamNowhere.INSTANCE);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static final class OutputStreamNowhere extends java.io.OutputStream {
        static final OutputStreamNowhere INSTANCE = new OutputStreamNowhere();

        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }
    }
}
