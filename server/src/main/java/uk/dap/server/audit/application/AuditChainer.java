package uk.dap.server.audit.application;

import uk.dap.server.infrastructure.SchemaReady;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Priority;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.dap.server.audit.domain.AuditRecord;
import uk.dap.server.infrastructure.database.DatabaseLifecycle;
import uk.dap.server.infrastructure.database.InstantConverter;
import uk.dap.server.infrastructure.database.LocalTransaction;

/**
 * Moves pending audit entries into the hash chain, oldest first, in batches: the only writer of the chain, so the
 * chain's lock is taken by one transaction at a time instead of by every request. Runs every 200 ms, and at once
 * before the trail is read or verified, so readers always see every committed entry.
 */
@ApplicationScoped
public class AuditChainer {
    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());
    private static final int BATCH = 500;
    /** audit_head's single row: the newest end of the chain (V1__foundation.sql). */
    private static final int HEAD_ID = 1;

    @Resource(lookup = DatabaseLifecycle.JNDI_NAME)
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    AuditChainer self;
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "dap.audit.chainMillis", defaultValue = "200")
    long chainMillis;
    private ScheduledFuture<?> task;

    void onSchemaReady(@Observes @Priority(SchemaReady.BACKGROUND) SchemaReady ready) {
        start();
    }

    /** Called once the schema is migrated. */
    public void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::chainQuietly, chainMillis, chainMillis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Chains everything pending now. */
    public void chainAll() {
        while (self.chainBatch() == BATCH) {
            // more to do
        }
    }

    /**
     * Appends up to one batch of pending entries to the chain in one transaction; answers how many. Plain JDBC with
     * batched inserts and deletes, not entities: the chainer runs after every audited action in the service, and
     * per-entry persistence work was a measurable share of a kiosk sign-in's server time (docs/operations.md).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int chainBatch() {
        try {
            return LocalTransaction.run(dataSource, AuditChainer::chainBatch);
        } catch (SQLException e) {
            throw new IllegalStateException("Chaining audit entries failed", e);
        }
    }

    private static int chainBatch(Connection connection) throws SQLException {
        long seq;
        String hash;
        // The head's row lock makes the chainer the chain's only writer, even if two servers shared a database.
        try (PreparedStatement st = connection.prepareStatement("SELECT last_seq, last_hash FROM audit_head WHERE id = ? FOR UPDATE WITH RS")) {
            st.setInt(1, HEAD_ID);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("The audit chain has no head row");
                }
                seq = rs.getLong(1);
                hash = rs.getString(2).trim();
            }
        }
        InstantConverter instants = new InstantConverter();
        List<String> chained = new ArrayList<>();
        try (PreparedStatement pending = connection.prepareStatement("SELECT id, occurred_at, actor, actor_role, action, record_type,"
                + " record_id, outcome, detail FROM audit_pending ORDER BY occurred_at, id FETCH FIRST " + BATCH + " ROWS ONLY");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (seq, occurred_at, actor, actor_role, action,"
                     + " record_type, record_id, outcome, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             ResultSet rs = pending.executeQuery()) {
            while (rs.next()) {
                AuditRecord record = new AuditRecord(++seq, instants.convertToEntityAttribute(rs.getTimestamp(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
                String next = record.hash(hash);
                insert.setLong(1, record.seq());
                insert.setTimestamp(2, instants.convertToDatabaseColumn(record.at()));
                insert.setString(3, record.actor());
                insert.setString(4, record.actorRole());
                insert.setString(5, record.action());
                insert.setString(6, record.recordType());
                insert.setString(7, record.recordId());
                insert.setString(8, record.outcome());
                insert.setString(9, record.detail());
                insert.setString(10, hash);
                insert.setString(11, next);
                insert.addBatch();
                hash = next;
                chained.add(rs.getString(1));
            }
            if (chained.isEmpty()) {
                return 0;
            }
            insert.executeBatch();
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM audit_pending WHERE id = ?")) {
            for (String id : chained) {
                delete.setString(1, id);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement head = connection.prepareStatement("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = ?")) {
            head.setLong(1, seq);
            head.setString(2, hash);
            head.setInt(3, HEAD_ID);
            head.executeUpdate();
        }
        return chained.size();
    }

    private void chainQuietly() {
        try {
            chainAll();
        } catch (RuntimeException e) {
            // The next run tries again; entries stay pending, never lost.
            LOG.log(Level.WARNING, "Chaining audit entries failed: " + e.getClass().getName());
        }
    }
}
