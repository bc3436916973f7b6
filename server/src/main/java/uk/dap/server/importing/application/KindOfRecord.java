package uk.dap.server.importing.application;

import java.util.List;
import java.util.function.Supplier;
import uk.dap.server.common.DomainException;
import uk.dap.server.importing.domain.Column;
import uk.dap.server.importing.domain.ImportRow;

/**
 * What every kind of record shares: its name, title, place in the order and columns, how a row's write is turned into
 * its outcome (a rule a service refuses becomes a problem on the row).
 */
abstract class KindOfRecord implements RecordImporter {
    private final String kind;
    private final String title;
    private final int step;
    private final String description;
    private final List<Column> columns;

    KindOfRecord(String kind, String title, int step, String description, List<Column> columns) {
        this.kind = kind;
        this.title = title;
        this.step = step;
        this.description = description;
        this.columns = columns;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public int step() {
        return step;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    /**
     * The outcome of writing the row through a live service; a rule it refuses is a problem on the row (in
     * {@code column}, or the row as a whole when null), as it would be an error on the staff client.
     */
    static Outcome written(ImportRow row, Column column, Supplier<Outcome> write) {
        try {
            return write.get();
        } catch (DomainException refused) {
            row.problem(column, refused.getMessage());
            return Outcome.REFUSED;
        }
    }
}
