package uk.dap.server.importing.interfaces;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An upload's bytes as they are read, hashed on the way (the audit trail names a file by its SHA-256). */
final class HashedInput {
    private final MessageDigest digest;
    private final DigestInputStream stream;

    HashedInput(InputStream body) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException always) {
            throw new IllegalStateException(always);
        }
        stream = new DigestInputStream(body, digest);
    }

    InputStream stream() {
        return stream;
    }

    /** Reads what is left (a reader may stop before the end of the file) and gives the hash of the whole. */
    String sha256() throws IOException {
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
