package uk.dap.server.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the service writes a record's reference in an export (a letter or two, a dash and six digits: R-000123), and
 * the only way it reads one back. Written exactly so: a service's own "1042", "R42" or "r-001042" must never be
 * taken for record 1042.
 */
public final class RecordReference {
    private RecordReference() {
    }

    public static String of(String prefix, long id) {
        return String.format("%s-%06d", prefix, id);
    }

    /** The id in a reference written exactly as {@link #of} writes it with this prefix; empty for anything else. */
    public static Optional<Long> idIn(String prefix, String reference) {
        if (reference == null || !Pattern.matches(Pattern.quote(prefix) + "-\\d{6,12}", reference)) {
            return Optional.empty();
        }
        long id = Long.parseLong(reference.substring(prefix.length() + 1));
        return reference.equals(of(prefix, id)) ? Optional.of(id) : Optional.empty();
    }
}
