package uk.dap.shared.api.importing;

import java.util.List;

/**
 * What an upload did or, for a dry run, would do. {@code rows} counts the data rows read; {@code created} the records
 * made (or that a commit would make); {@code alreadyImported} the rows whose service reference came in before, which
 * are left as they are. {@code problems} lists the first 1,000 problems; {@code problemCount} counts them all. The
 * file is known by its SHA-256, as the audit trail records it.
 */
public record ImportResult(String kind, String fileName, String sha256, boolean committed, long rows, long created,
                           long alreadyImported, long problemCount, List<ImportProblem> problems) {
}
