package uk.dap.server.importing.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportRow;

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

    /**
     * The row's service reference in {@code column} (up to 60 characters), noted for this row; a problem on the row when
     * an earlier row of the file used it. Null when it is empty or not usable.
     */
    public String reference(ImportRow row, Column column) {
        String reference = row.text(column, 60);
        return reference != null && firstTime(row, column, reference) ? reference : null;
    }

    /**
     * Whether the record {@code key} (a reference, or what else names a record in the file) is met for the first time in
     * the file; else a problem on the row, naming the earlier one, in {@code column}.
     */
    public boolean firstTime(ImportRow row, Column column, String key) {
        Long earlier = seen.putIfAbsent(key, row.number());
        if (earlier != null) {
            row.problem(column, "This is on row " + earlier + " too: give each record one row"
                    + (column == null ? "." : " and its own '" + column.heading() + "'."));
            return false;
        }
        return true;
    }
}
