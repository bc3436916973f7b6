package uk.dap.shared.api.backup;

import java.time.Instant;

/**
 * One online backup of the database: its folder's name under the backups folder, when it was taken, its size and how
 * long it took. Still encrypted with the database's key: restoring it needs that key (docs/operations.md).
 */
public record BackupView(String name, Instant takenAt, long bytes, long milliseconds) {
}
