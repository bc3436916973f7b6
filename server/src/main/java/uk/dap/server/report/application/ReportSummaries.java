package uk.dap.server.report.application;

import uk.dap.server.infrastructure.SchemaReady;
import jakarta.annotation.Priority;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.dap.server.attendance.domain.ClosedRegisterMarked;
import uk.dap.server.infrastructure.database.DatabaseLifecycle;
import uk.dap.server.infrastructure.database.LocalTransaction;
import uk.dap.server.infrastructure.database.LockConflicts;

/**
 * Keeps the completion report's prepared rows (report_enrolment, V12) up to date: rebuilds the row of every enrolment
 * that report_stale names, in batches, every second in the background and at once before a report is read, so a report
 * always counts every committed change. The same pattern as the audit chainer: writers only leave a marker in their
 * own transaction (a trigger does it for them), and one refresher does the work.
 */
@ApplicationScoped
public class ReportSummaries {
    private static final Logger LOG = Logger.getLogger(ReportSummaries.class.getName());
    /**
     * Enrolments per batch: small enough that a report, which waits for the batch in hand, still answers within a
     * second (a batch of 400 took about a second at 30,000 participants).
     */
    static final int BATCH = 100;
    /** A large backlog (the first start after V12) reports its progress in the log. */
    private static final int LOG_EVERY = 20_000;
    /** A queue at least this long is a bulk load's (see refreshStatistics). */
    private static final int LARGE = 3_200;
    /**
     * The longest queue a report rebuilds before it reads (about a third of a second at the pace measured at 30,000
     * participants, 1,400 rows a second); the queue is usually emptied every second, so this is only ever longer
     * after a bulk load.
     */
    static final int REPORT_CATCHES_UP = 500;
    /** How often a long background round looks again at whether the statistics need refreshing. */
    private static final long PLAN_EVERY_SECONDS = 15;

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Resource(lookup = DatabaseLifecycle.JNDI_NAME)
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    @ConfigProperty(name = "dap.report.refreshMillis", defaultValue = "1000")
    long refreshMillis;
    /** One refresher at a time: two would rebuild the same row at once and collide on its key. */
    private final ReentrantLock lock = new ReentrantLock(true);
    /** Enrolments whose row could not be rebuilt since the server started (logged): skipped until a restart. */
    private final Set<Long> setAside = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> task;
    /** How many enrolments there were when the statistics were last brought up to date here (see refreshStatistics). */
    volatile long plannedFor;
    @Inject
    @ConfigProperty(name = "dap.report.catchUpMillis", defaultValue = "300")
    long catchUpMillis;

    void onSchemaReady(@Observes @Priority(SchemaReady.BACKGROUND) SchemaReady ready) {
        start();
    }

    /** Called once the schema is migrated. */
    public void start() {
        if (task == null) {
            task = scheduler.scheduleWithFixedDelay(this::refreshQuietly, refreshMillis, refreshMillis, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /**
     * Rebuilds every row marked stale now (the background round); answers how many enrolments it rebuilt. Runs outside
     * any JTA transaction, one local transaction per batch, so a large backlog never holds locks for long; the lock is
     * taken per batch, so a report asked for meanwhile waits for one batch at most, not for the backlog.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int refreshPending() {
        int total = 0;
        long started = System.nanoTime();
        Progress window;
        do {
            // Between windows, not only at the start: during a long load the tables keep growing (see refreshStatistics).
            planForBulkLoad();
            window = rebuildUntil(System.nanoTime() + TimeUnit.SECONDS.toNanos(PLAN_EVERY_SECONDS));
            int before = total;
            total += window.rebuilt();
            if (total / LOG_EVERY != before / LOG_EVERY) {
                int soFar = total;
                LOG.info(() -> "Report rows rebuilt so far: " + soFar);
            }
        } while (window.rebuilt() > 0 && window.waiting() > 0);
        if (total >= LOG_EVERY) {
            int all = total;
            LOG.info(() -> "Report rows rebuilt: " + all + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        }
        return total;
    }

    /**
     * What a report does before it reads: rebuilds the rows made stale before it for up to the catch-up time
     * ({@code dap.report.catchUpMillis}), so that it counts every committed change when the queue is short (as it is
     * but after a bulk load), and otherwise answers on time from the last good rows, saying how many are still waiting.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Progress catchUp() {
        try {
            if (LocalTransaction.run(dataSource, c -> markers(c, REPORT_CATCHES_UP + 1)) > REPORT_CATCHES_UP) {
                // Longer than a report can rebuild in its time (a bulk load's): the background round works through
                // it, and the report answers at once from the last good rows.
                return new Progress(0, LocalTransaction.run(dataSource, ReportSummaries::waiting));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the queue of report rows to rebuild failed", e);
        }
        return rebuildUntil(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(catchUpMillis));
    }

    /** How far a rebuild got: the enrolments it rebuilt, and those still marked stale when it stopped (0: up to date). */
    public record Progress(int rebuilt, int waiting) {
    }

    /**
     * Rebuilds batches until none is left or the deadline passes. Each batch takes the refresher's lock (a fair one), so
     * a report waits for at most the batch the background round is in.
     */
    private Progress rebuildUntil(long deadline) {
        try {
            int total = 0;
            int done;
            do {
                lock.lock();
                try {
                    done = batch();
                } finally {
                    lock.unlock();
                }
                total += done;
            } while (done > 0 && System.nanoTime() < deadline);
            // An empty batch means none is left but those set aside (logged; counted from their last good row).
            return new Progress(total, done == 0 ? 0 : LocalTransaction.run(dataSource, ReportSummaries::waiting));
        } catch (SQLException e) {
            throw new IllegalStateException("Rebuilding report rows failed", e);
        }
    }

    private void planForBulkLoad() {
        try {
            LocalTransaction.run(dataSource, c -> {
                planForBulkLoad(c);
                return null;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the queue of report rows to rebuild failed", e);
        }
    }

    /**
     * How many markers the queue holds, counting no further than {@code limit} (the queue is a heap: no index to count
     * by). Read uncommitted: a count need not wait for the markers a batch is deleting, and a report must not.
     */
    private static int markers(Connection connection, int limit) throws SQLException {
        int markers = 0;
        try (PreparedStatement st = connection.prepareStatement("SELECT enrolment_id FROM report_stale FETCH FIRST " + limit + " ROWS ONLY WITH UR");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                markers++;
            }
        }
        return markers;
    }

    /**
     * How many markers wait: one per enrolment after a bulk load, so the number of enrolments being brought up to date
     * (one changed twice since counts twice). Not COUNT(DISTINCT): at 150,000 participants its sort of 290,000 markers
     * took a report to a second. Read uncommitted, as {@link #markers}.
     */
    private static int waiting(Connection connection) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT COUNT(*) FROM report_stale WITH UR");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * One batch of up to BATCH stale enrolments. If rebuilding them fails, they are tried one at a time, and any that
     * still fails is set aside (its markers stay, the log says which, reports count its last good row) so that one bad
     * record cannot stop every report; a restart tries it again. One that only gave way over a lock is not set aside:
     * its markers stay for the next round. Answers how many enrolments it dealt with (none if one gave way).
     */
    private int batch() throws SQLException {
        TreeSet<Long> ids = LocalTransaction.run(dataSource, this::nextBatch);
        if (ids.isEmpty()) {
            return 0;
        }
        boolean busy = false;
        try {
            LocalTransaction.run(dataSource, c -> rebuild(c, ids));
        } catch (SQLException | RuntimeException e) {
            for (long id : ids) {
                try {
                    LocalTransaction.run(dataSource, c -> rebuild(c, new TreeSet<>(List.of(id))));
                } catch (SQLException | RuntimeException one) {
                    if (LockConflicts.isLockConflict(one)) {
                        // Busy, not broken: its markers stay and the next round tries it again.
                        LOG.log(Level.WARNING, "The report row of enrolment " + id + " gave way over a lock; trying again later", one);
                        busy = true;
                        continue;
                    }
                    setAside.add(id);
                    LOG.log(Level.SEVERE, "The report row of enrolment " + id + " cannot be rebuilt; reports count its last good row", one);
                }
            }
        }
        // A round that met a lock ends here rather than pick the same enrolment again at once; the next round, a
        // second later, tries it again.
        return busy ? 0 : ids.size();
    }

    /**
     * Up to BATCH stale enrolments, from the first markers in the queue (a heap, V13: in the order Derby keeps them, not
     * sorted, so that a large queue is never read whole).
     */
    private TreeSet<Long> nextBatch(Connection connection) throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        try (PreparedStatement st = connection.prepareStatement("SELECT enrolment_id FROM report_stale FETCH FIRST " + LARGE + " ROWS ONLY");
             ResultSet rs = st.executeQuery()) {
            while (rs.next() && ids.size() < BATCH) {
                if (!setAside.contains(rs.getLong(1))) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * Refreshes the statistics (refreshStatistics) when the queue is a bulk load's and the enrolments have at least
     * doubled since they were last refreshed here: so a few times during a long load, not every round. Outside the
     * refresher's lock, so a report never waits for it.
     */
    private void planForBulkLoad(Connection connection) throws SQLException {
        if (markers(connection, LARGE) < LARGE) {
            return;
        }
        long enrolments;
        try (PreparedStatement st = connection.prepareStatement("SELECT COUNT(*) FROM enrolment"); ResultSet rs = st.executeQuery()) {
            rs.next();
            enrolments = rs.getLong(1);
        }
        if (enrolments >= 2 * plannedFor) {
            refreshStatistics(connection);
            plannedFor = Math.max(1, enrolments);
        }
    }

    /**
     * A queue this long means a bulk load (the import, the benchmark's generator, the first start after a migration):
     * the tables the rebuild reads have grown since Derby chose its plans, and a plan chosen over nearly empty tables
     * (a scan and a sort of every questionnaire answer for each batch) made such a backlog crawl until a restart. So
     * the statistics of those tables are brought up to date first, which also makes Derby plan the rebuild's statements
     * again.
     */
    private static void refreshStatistics(Connection connection) throws SQLException {
        long started = System.nanoTime();
        String schema;
        try (PreparedStatement st = connection.prepareStatement("VALUES CURRENT SCHEMA"); ResultSet rs = st.executeQuery()) {
            rs.next();
            schema = rs.getString(1);
        }
        try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS(?, ?, NULL)")) {
            for (String table : ReportRowBuilder.SOURCE_TABLES) {
                call.setString(1, schema);
                call.setString(2, table.toUpperCase(Locale.ROOT));
                call.execute();
            }
        }
        try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_EMPTY_STATEMENT_CACHE()")) {
            call.execute();
        }
        LOG.info(() -> "A large backlog of report rows: statistics of the tables they are built from brought up to date in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /**
     * Removes the enrolments' markers, then reads their case records and replaces their rows, in one transaction, which
     * never holds one lock while it waits for another that a request could hold (docs/architecture.md, "How the
     * rebuild takes its locks"). Removing the markers first matters: a change committed after this read the case
     * records leaves a new marker behind for the next batch, and one committed before it is in what this reads (the
     * delete waits for a marker not yet committed). If anything fails, the markers come back with the rollback.
     */
    private static int rebuild(Connection connection, TreeSet<Long> ids) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("DELETE FROM report_stale WHERE enrolment_id IN " + ReportRowBuilder.in(ids.size()))) {
            int i = 1;
            for (long id : ids) {
                st.setLong(i++, id);
            }
            st.executeUpdate();
        }
        new ReportRowBuilder(connection).rebuild(ids);
        return ids.size();
    }

    /**
     * Holds off the refresher while a report reads the rows, so that no batch rewrites a row the report is reading
     * (either could otherwise wait for the other's lock on a neighbouring row). Close it when the report has read.
     */
    public Hold hold() {
        lock.lock();
        return lock::unlock;
    }

    /** The refresher held off; closing it lets the refresher go on. */
    public interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Marks an enrolment's row stale for the one write no trigger watches: a mark added to a register already closed (V12
     * explains why attendance inserts have no trigger), in the transaction that added it.
     */
    void onClosedRegisterMarked(@Observes ClosedRegisterMarked marked) throws SQLException {
        if (marked.connection() != null) {
            try (PreparedStatement st = marked.connection().prepareStatement("INSERT INTO report_stale (enrolment_id) VALUES (?)")) {
                st.setLong(1, marked.enrolmentId());
                st.executeUpdate();
            }
        } else {
            em.createNativeQuery("INSERT INTO report_stale (enrolment_id) VALUES (?)").setParameter(1, marked.enrolmentId()).executeUpdate();
        }
    }

    private void refreshQuietly() {
        try {
            refreshPending();
        } catch (RuntimeException e) {
            // The markers stay, so the next run (or the next report) tries again.
            LOG.log(Level.WARNING, "Rebuilding report rows failed", e);
        }
    }
}
