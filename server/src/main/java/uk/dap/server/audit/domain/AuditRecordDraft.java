package uk.dap.server.audit.domain;

import java.time.Instant;

/** An audit record before it has its place in the chain. */
public record AuditRecordDraft(Instant at, String actor, String actorRole, String action, String recordType,
                               String recordId, AuditOutcome outcome, String detail) {
}
