package uk.dap.server.audit.domain;

import java.time.Instant;
import uk.dap.server.common.Sha256;

/**
 * The content of one audit entry and the rule that chains entries: each hash covers the entry's sequence number,
 * every field and the previous entry's hash. Plain Java, shared by the writer (AuditChainer) and the verifier (both
 * plain JDBC; the verifier also runs from the command line), so the two can never disagree on the rule.
 */
public record AuditRecord(long seq, Instant at, String actor, String actorRole, String action, String recordType,
                          String recordId, String outcome, String detail) {

    public static final String GENESIS_HASH = "0".repeat(64);

    public String hash(String previousHash) {
        String canonical = String.join("\u001f",
                Long.toString(seq), at.toString(), actor, nullSafe(actorRole), action, nullSafe(recordType),
                nullSafe(recordId), outcome, nullSafe(detail), previousHash);
        return Sha256.hex(canonical);
    }

    private static String nullSafe(String value) {
        return value == null ? "\u0000" : value;
    }
}
