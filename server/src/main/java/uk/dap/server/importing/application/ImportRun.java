package uk.dap.server.importing.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * One upload being checked or written: whether it commits, the day it runs (nothing imported may be later), and the
 * service references met so far in the file (kept as references and row numbers only, so a file of 150,000 people
 * needs a few megabytes, never the rows themselves).
 */
public final class ImportRun {
    private final boolean commit;
    private final LocalDate today;
    private final String id = java.util.UUID.randomUUID().toString();
    private final Map<String, Long> seen = new HashMap<>();

    public ImportRun(boolean commit, LocalDate today) {
        this.commit = commit;
        this.today = today;
    }

    public boolean commit() {
        return commit;
    }

    public LocalDate today() {
        return today;
    }

    /** The upload's id, recorded beside each reference it brings in and named by its audit entry. */
    public String id() {
        return id;
    }

    /** The row that used this reference earlier in the file, or null (and it is noted for this row). */
    public Long earlierRow(String reference, long row) {
        return seen.putIfAbsent(reference, row);
    }
}
