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
 * Walks the audit trail from the first entry and checks every link: sequence numbers without gaps, each entry's
 * previous hash equal to the hash of the one before, each hash recomputed from the entry's own fields, and the head
 * pointing at the last entry. Plain JDBC so that the same check runs in the server and from the command line.
 */
public final class AuditChainVerifier {

    private AuditChainVerifier() {
    }

    public static AuditVerification verify(Connection connection) throws SQLException {
        long checked = 0;
        long expectedSeq = 1;
        String previousHash = AuditRecord.GENESIS_HASH;
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT seq, occurred_at, actor, actor_role, action, record_type, record_id, outcome, detail, prev_hash, hash "
                        + "FROM audit_entry ORDER BY seq");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                long seq = rows.getLong("seq");
                if (seq != expectedSeq) {
                    return broken(checked, expectedSeq, "Entry " + expectedSeq + " is missing: the next entry found is " + seq + ".");
                }
                Timestamp at = rows.getTimestamp("occurred_at");
                AuditRecord record = new AuditRecord(seq, at.toLocalDateTime().toInstant(ZoneOffset.UTC),
                        rows.getString("actor"), rows.getString("actor_role"), rows.getString("action"),
                        rows.getString("record_type"), rows.getString("record_id"), rows.getString("outcome"),
                        rows.getString("detail"));
                if (!previousHash.equals(rows.getString("prev_hash"))) {
                    return broken(checked, seq, "Entry " + seq + " does not point at the entry before it.");
                }
                String hash = record.hash(previousHash);
                if (!hash.equals(rows.getString("hash"))) {
                    return broken(checked, seq, "Entry " + seq + " has been changed since it was written.");
                }
                previousHash = hash;
                checked++;
                expectedSeq++;
            }
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
             ResultSet head = query.executeQuery()) {
            if (!head.next()) {
                return broken(checked, null, "The audit head row is missing.");
            }
            long lastSeq = head.getLong("last_seq");
            if (lastSeq != expectedSeq - 1 || !previousHash.equals(head.getString("last_hash"))) {
                return broken(checked, expectedSeq, "The trail ends at entry " + (expectedSeq - 1)
                        + " but entry " + lastSeq + " was the last written: entries have been removed from the end.");
            }
        }
        return new AuditVerification(true, checked, null, "All " + checked + " entries are intact.");
    }

    private static AuditVerification broken(long checked, Long seq, String finding) {
        return new AuditVerification(false, checked, seq, finding);
    }
}
