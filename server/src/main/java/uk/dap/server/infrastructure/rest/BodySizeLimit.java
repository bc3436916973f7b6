package uk.dap.server.infrastructure.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * No request body over {@link #MAX_BYTES} is read (issue 18, item 7): a 10 MB body used to be read whole before anything
 * looked at it. A declared length over the limit is refused before a byte is read; a body sent without a length
 * (chunked) is counted as it is read and refused the moment it passes the limit. Either way the answer is 413
 * problem+json and nothing is kept. The largest bodies clients send, a kiosk's batch of 500 sign-ins (about 75 kB) or of
 * 100 questionnaires (about 120 kB), fit with room to spare.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {
    /** One mebibyte. */
    public static final int MAX_BYTES = 1024 * 1024;
    /**
     * An import's file (docs/import.md): a service's ten years of attendance is a few hundred megabytes of CSV. It is
     * read as a stream, row by row, never held whole, so the limit is about time on the wire rather than memory.
     */
    public static final long IMPORT_MAX_BYTES = 1024L * 1024 * 1024;
    static final String SENTENCE = "The request body is over the limit (1 MB; 1 GB for an import), so none of it was read and nothing was kept. "
            + "Send less at a time (docs/security.md).";

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = "POST".equals(request.getMethod()) && request.getUriInfo().getPath().startsWith("imports/") ? IMPORT_MAX_BYTES : MAX_BYTES;
        if (request.getLength() > limit) {
            request.abortWith(tooLarge());
        } else if (request.hasEntity()) {
            request.setEntityStream(new Counted(request.getEntityStream(), limit));
        }
    }

    static Response tooLarge() {
        return Problems.response(Problems.forStatus(413));
    }

    /** Thrown while a body without a declared length is read, once it passes the limit. */
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("Request body over " + limit + " bytes");
        }
    }

    private static final class Counted extends FilterInputStream {
        private final long limit;
        private long read;

        Counted(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
        }
    }
}
