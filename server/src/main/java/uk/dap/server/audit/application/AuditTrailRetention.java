package uk.dap.server.audit.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import javax.sql.DataSource;
import uk.dap.server.common.PersonalRecords;
import uk.dap.server.infrastructure.database.DatabaseLifecycle;
import uk.dap.shared.api.dataprotection.RecordKind;
import uk.dap.shared.text.ParticipantReferences;
import uk.dap.shared.text.UkDates;

/**
 * The audit trail on the retention schedule (issue 22): entries older than its period are removed from the start of
 * the chain, in the caller's transaction, and {@code audit_start} moves to the first entry kept, so that the rest
 * still verifies. Never within the chain, never a part that does not verify (it is evidence), and never an entry from
 * the first one naming a person under a legal hold onwards. An erasure removes no entry: entries hold references, not
 * personal data, and read "erased on" (RecordNotes).
 */
@ApplicationScoped
public class AuditTrailRetention implements PersonalRecords {
    @Resource(lookup = DatabaseLifecycle.JNDI_NAME)
    DataSource dataSource;

    @Override
    public int anonymise(RecordKind kind, Collection<Long> subjectIds) {
        return 0;
    }

    @Override
    public int anonymiseRecordedBefore(RecordKind kind, LocalDate before, Set<Long> held) {
        if (kind != RecordKind.AUDIT_TRAIL) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            // The head's lock keeps the chainer out while the start moves.
            try (PreparedStatement lock = connection.prepareStatement("SELECT last_seq FROM audit_head WHERE id = 1 FOR UPDATE WITH RS");
                 ResultSet rs = lock.executeQuery()) {
                rs.next();
            }
            Cut cut = cut(connection, before, held);
            if (cut.lastRemoved() < cut.firstSeq()) {
                return 0;
            }
            AuditChainVerifier.Walk walk = AuditChainVerifier.walk(connection, cut.firstSeq(), cut.previousHash(), cut.lastRemoved());
            if (!walk.result().intact()) {
                throw new IllegalStateException("The oldest audit entries do not verify, so they are kept as evidence: " + walk.result().finding());
            }
            int removed;
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM audit_entry WHERE seq >= ? AND seq <= ?")) {
                delete.setLong(1, cut.firstSeq());
                delete.setLong(2, cut.lastRemoved());
                removed = delete.executeUpdate();
            }
            try (PreparedStatement start = connection.prepareStatement("UPDATE audit_start SET first_seq = ?, prev_hash = ? WHERE id = 1")) {
                start.setLong(1, cut.lastRemoved() + 1);
                start.setString(2, walk.lastHash());
                start.executeUpdate();
            }
            return removed;
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail's oldest entries could not be removed", e);
        }
    }

    @Override
    public long countRecordedBefore(RecordKind kind, LocalDate before, Set<Long> held) {
        if (kind != RecordKind.AUDIT_TRAIL) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection()) {
            Cut cut = cut(connection, before, held);
            return Math.max(0, cut.lastRemoved() - cut.firstSeq() + 1);
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be read", e);
        }
    }

    /** The entries that would go: from the chain's start up to {@code lastRemoved}. */
    private record Cut(long firstSeq, String previousHash, long lastRemoved) {
    }

    private static Cut cut(Connection connection, LocalDate before, Set<Long> held) throws SQLException {
        long first;
        String previous;
        try (PreparedStatement st = connection.prepareStatement("SELECT first_seq, prev_hash FROM audit_start WHERE id = 1");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            first = rs.getLong(1);
            previous = rs.getString(2).trim();
        }
        long last;
        try (PreparedStatement st = connection.prepareStatement("SELECT last_seq FROM audit_head WHERE id = 1");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            last = rs.getLong(1);
        }
        // Entries are chained in the order they happened (to within moments), so the last one before the day is found by
        // halving the range on the primary key rather than reading every entry's time.
        Timestamp limit = Timestamp.from(before.atStartOfDay(UkDates.UK).toInstant());
        long low = first;
        long high = last;
        long cut = first - 1;
        try (PreparedStatement at = connection.prepareStatement("SELECT occurred_at FROM audit_entry WHERE seq = ?")) {
            while (low <= high) {
                long middle = low + (high - low) / 2;
                at.setLong(1, middle);
                try (ResultSet rs = at.executeQuery()) {
                    if (rs.next() && rs.getTimestamp(1).before(limit)) {
                        cut = middle;
                        low = middle + 1;
                    } else {
                        high = middle - 1;
                    }
                }
            }
        }
        if (!held.isEmpty() && cut >= first) {
            String references = String.join(",", held.stream().map(id -> "'" + ParticipantReferences.of(id) + "'").toList());
            try (PreparedStatement st = connection.prepareStatement("SELECT MIN(seq) FROM audit_entry WHERE record_id IN (" + references + ")");
                 ResultSet rs = st.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    cut = Math.min(cut, rs.getLong(1) - 1);
                }
            }
        }
        return new Cut(first, previous, cut);
    }
}
