package uk.dap.server.importing.domain;

import java.util.ArrayList;
import java.util.List;
import uk.dap.shared.api.importing.ImportProblem;

/**
 * The problems found in one file, in row order. All are counted; the first {@value #KEPT} are kept to show, so that
 * a file with a wrong column in every one of a million rows cannot fill the server's memory.
 */
public final class ImportProblems {
    public static final int KEPT = 1_000;
    private final List<ImportProblem> kept = new ArrayList<>();
    private int count;

    public void add(long row, String column, String value, String message) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(new ImportProblem(row, column, value, message));
        }
    }

    public int count() {
        return count;
    }

    public List<ImportProblem> kept() {
        return List.copyOf(kept);
    }
}
