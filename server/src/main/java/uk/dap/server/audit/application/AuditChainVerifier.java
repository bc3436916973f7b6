package uk.dap.server.audit.application;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import uk.dap.server.audit.domain.AuditRecord;
import uk.dap.shared.api.AuditVerification;

/**
 * Walks the audit trail from its start and checks every link: sequence numbers without gaps, each entry's previous hash
 * equal to the hash of the one before, each hash recomputed from the entry's own fields, and the head pointing at the
 * last entry. The start is entry 1 and the genesis hash until the retention schedule removes the oldest entries
 * ({@code audit_start}, issue 22). Plain JDBC so that the same check runs in the server and from the command line.
 */
public final class AuditChainVerifier {

    private AuditChainVerifier() {
    }

    /** Where a walk stopped: intact with the count checked and the last hash, or the first break. */
    public record Walk(AuditVerification result, String lastHash) {
    }

    public static AuditVerification verify(Connection connection) throws SQLException {
        long firstSeq = 1;
        String startHash = AuditRecord.GENESIS_HASH;
        try (PreparedStatement query = connection.prepareStatement("SELECT first_seq, prev_hash FROM audit_start WHERE id = 1");
             ResultSet start = query.executeQuery()) {
            if (start.next()) {
                firstSeq = start.getLong(1);
                startHash = start.getString(2).trim();
            }
        }
        Walk walked = walk(connection, firstSeq, startHash, Long.MAX_VALUE);
        if (!walked.result().intact()) {
            return walked.result();
        }
        long checked = walked.result().entriesChecked();
        long expectedSeq = firstSeq + checked;
        try (PreparedStatement query = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
             ResultSet head = query.executeQuery()) {
            if (!head.next()) {
                return broken(checked, null, "The audit head row is missing.");
            }
            long lastSeq = head.getLong("last_seq");
            if (lastSeq != expectedSeq - 1 || !walked.lastHash().equals(head.getString("last_hash"))) {
                return broken(checked, expectedSeq, "The trail ends at entry " + (expectedSeq - 1)
                        + " but entry " + lastSeq + " was the last written: entries have been removed from the end.");
            }
        }
        return new AuditVerification(true, checked, null, "All " + checked + " entries are intact"
                + (firstSeq > 1 ? " (the trail starts at entry " + firstSeq + ": the ones before passed the retention schedule)." : "."));
    }

    /**
     * Checks the entries from {@code firstSeq} (which must link to {@code previous}) up to {@code lastSeq}. For the whole
     * trail, and for the part the retention schedule is about to remove: a broken part is evidence, and is never removed.
     */
    public static Walk walk(Connection connection, long firstSeq, String previous, long lastSeq) throws SQLException {
        long checked = 0;
        long expectedSeq = firstSeq;
        String previousHash = previous;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT seq, occurred_at, actor, actor_role, action, record_type, record_id, outcome, detail, prev_hash, hash "
                        + "FROM audit_entry WHERE seq >= ? AND seq <= ? ORDER BY seq")) {
            query.setLong(1, firstSeq);
            query.setLong(2, lastSeq);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long seq = rows.getLong("seq");
                    if (seq != expectedSeq) {
                        return new Walk(broken(checked, expectedSeq, "Entry " + expectedSeq + " is missing: the next entry found is " + seq + "."), null);
                    }
                    Timestamp at = rows.getTimestamp("occurred_at");
                    AuditRecord record = new AuditRecord(seq, at.toLocalDateTime().toInstant(ZoneOffset.UTC),
                            rows.getString("actor"), rows.getString("actor_role"), rows.getString("action"),
                            rows.getString("record_type"), rows.getString("record_id"), rows.getString("outcome"),
                            rows.getString("detail"));
                    if (!previousHash.equals(rows.getString("prev_hash"))) {
                        return new Walk(broken(checked, seq, "Entry " + seq + " does not point at the entry before it."), null);
                    }
                    String hash = record.hash(previousHash);
                    if (!hash.equals(rows.getString("hash"))) {
                        return new Walk(broken(checked, seq, "Entry " + seq + " has been changed since it was written."), null);
                    }
                    previousHash = hash;
                    checked++;
                    expectedSeq++;
                }
            }
        }
        return new Walk(new AuditVerification(true, checked, null, null), previousHash);
    }

    private static AuditVerification broken(long checked, Long seq, String finding) {
        return new AuditVerification(false, checked, seq, finding);
    }
}
