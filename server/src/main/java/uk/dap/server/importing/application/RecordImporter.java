package uk.dap.server.importing.application;

import java.util.List;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportRow;

/**
 * One kind of record a service brings in: its template's columns, and how a row becomes a record through the same
 * application service that live entry uses, so that every rule holds as it does there.
 */
public interface RecordImporter {
    /** The kind's name in the API and the template's file name ("participants"). */
    String kind();

    String title();

    /** Where the kind comes in the order a history is imported (people before their children), which lists follow. */
    int step();

    /** What a row is, for the template and docs/import.md. */
    String description();

    List<Column> columns();

    /** Checks the row; when the run commits and the row has no problem, writes it. Says what became of the row. */
    Outcome take(ImportRow row, ImportRun run);

    /**
     * The records of this kind that the caller may see, as rows of the template's columns in order, a page at a time
     * after the record {@code afterId} (empty at the end); each row's first cell is its record id, for the next page.
     */
    List<List<String>> exportPage(long afterId, int size);

    enum Outcome {
        /** Made (or, in a dry run, would be made). */
        CREATED,
        /** Its service reference came in before: left as it is. */
        ALREADY_IMPORTED,
        /** It has a problem (recorded on the row). */
        REFUSED
    }
}
