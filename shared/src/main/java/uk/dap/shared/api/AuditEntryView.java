package uk.dap.shared.api;

import java.time.Instant;

/**
 * One entry of the append-only audit trail. {@code hash} chains it to the entry before. {@code note} says what has
 * become of a person the entry names since (e.g. "P-000123 erased on 8 Dec 2026"); the entry itself never changes.
 */
public record AuditEntryView(long seq, Instant at, String actor, String role, String action, String recordType,
                             String recordId, String outcome, String detail, String hash, String note) {
}
