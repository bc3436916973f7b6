package uk.dap.server.importing.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportProblems;
import uk.dap.server.importing.domain.ImportRow;
import uk.dap.shared.api.importing.ImportResult;

/**
 * Reads a file through its kind's importer in one transaction: a commit writes every row or, at the first sign of a
 * problem anywhere in the file, nothing (the whole file is still read, so that every problem is listed); a dry run
 * is rolled back whatever happens.
 */
@ApplicationScoped
public class ImportWriter {
    /**
     * Rows between flushes: the persistence context is emptied as it goes, so a long file needs no more memory; and
     * every flush (a live service flushes several times a row) checks each object it holds for changes, so fewer held
     * is faster (500 to 50: questionnaires and completions a third faster, docs/operations.md).
     */
    private static final int BATCH = 50;

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Resource
    TransactionSynchronizationRegistry transaction;

    /** Rolled back on any failure, a file that cannot be read to its end included: never half a file. */
    @Transactional(rollbackOn = Exception.class)
    public ImportResult commit(RecordImporter importer, String fileName, SpreadsheetRows rows, ImportRun run) throws IOException {
        ImportResult result = read(importer, fileName, rows, run);
        if (result.problemCount() > 0) {
            throw new ImportRefused(result);
        }
        return result;
    }

    @Transactional
    public ImportResult dryRun(RecordImporter importer, String fileName, SpreadsheetRows rows, ImportRun run) throws IOException {
        transaction.setRollbackOnly();
        return read(importer, fileName, rows, run);
    }

    private ImportResult read(RecordImporter importer, String fileName, SpreadsheetRows rows, ImportRun run) throws IOException {
        ImportProblems problems = new ImportProblems();
        long read = 0;
        long created = 0;
        long already = 0;
        Map<String, Integer> where = headings(importer, rows.next(), problems);
        if (where != null) {
            List<String> cells;
            while ((cells = rows.next()) != null) {
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                read++;
                ImportRow row = new ImportRow(rows.rowNumber(), byHeading(where, cells), problems);
                if (isTheExample(importer, where, row)) {
                    row.problem(null, "This is the template's example row: delete it before importing.");
                    continue;
                }
                switch (importer.take(row, run)) {
                    case CREATED -> created++;
                    case ALREADY_IMPORTED -> already++;
                    case REFUSED -> { }
                }
                if (read % BATCH == 0) {
                    em.flush();
                    em.clear();
                }
            }
        } else {
            // The headings are wrong: the rows cannot be read, but the file is still hashed for the audit trail.
            while (rows.next() != null) {
                read++;
            }
        }
        return new ImportResult(importer.kind(), fileName, rows.sha256(), run.commit() && problems.count() == 0, read, created, already,
                problems.count(), problems.kept());
    }

    private static Map<String, String> byHeading(Map<String, Integer> where, List<String> cells) {
        Map<String, String> byHeading = new HashMap<>();
        where.forEach((heading, index) -> byHeading.put(heading, index < cells.size() ? cells.get(index) : null));
        return byHeading;
    }

    /** Whether the row is the template's example row, left in (it would come in as a record like any other). */
    private static boolean isTheExample(RecordImporter importer, Map<String, Integer> where, ImportRow row) {
        return importer.columns().stream().filter(c -> where.containsKey(c.heading()))
                .allMatch(c -> java.util.Objects.equals(c.example().isBlank() ? null : c.example(), row.raw(c)));
    }

    /** Where each of the template's columns is in the file; null (with problems) when the headings do not fit it. */
    private static Map<String, Integer> headings(RecordImporter importer, List<String> given, ImportProblems problems) {
        if (given == null) {
            problems.add(1, null, null, "The file is empty: it needs the template's headings in row 1, then a row per record.");
            return null;
        }
        Map<String, Column> known = new HashMap<>();
        importer.columns().forEach(c -> known.put(key(c.heading()), c));
        Map<String, Integer> where = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String heading = given.get(i) == null ? "" : given.get(i).strip();
            Column column = known.get(key(heading));
            if (column == null) {
                if (!heading.isEmpty()) {
                    unknown.add(heading);
                }
            } else if (where.putIfAbsent(column.heading(), i) != null) {
                problems.add(1, column.heading(), heading, "'" + column.heading() + "' is there twice: keep one of them.");
            }
        }
        unknown.forEach(heading -> problems.add(1, heading, heading, "'" + heading + "' is not a column of the " + importer.title()
                + " template: rename it to one of the template's headings, or remove it."));
        importer.columns().stream().filter(c -> c.required() && !where.containsKey(c.heading())).forEach(c -> problems.add(1, c.heading(),
                null, "The file has no '" + c.heading() + "' column: add it (" + c.takes() + ")."));
        return problems.count() == 0 ? where : null;
    }

    private static String key(String heading) {
        return heading.toLowerCase(Locale.UK);
    }
}
