package uk.dap.shared.api;

import java.time.Instant;

/** One entry of the append-only audit trail. {@code hash} chains it to the entry before. */
public record AuditEntryView(long seq, Instant at, String actor, String role, String action, String recordType,
                             String recordId, String outcome, String detail, String hash) {
}
