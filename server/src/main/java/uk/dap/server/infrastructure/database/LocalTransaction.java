package uk.dap.server.infrastructure.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One local JDBC transaction on a pooled connection, for the few hot write paths kept out of JPA (kiosk sign-ins, the
 * audit chainer, the report's row rebuilds). Callers must not be inside a JTA transaction (mark them {@code NOT_SUPPORTED}): the pool would enlist
 * the connection in it, and committing it here would be refused.
 */
public final class LocalTransaction {
    /** Work inside the transaction; anything it throws rolls the whole of it back. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private static final Logger LOG = Logger.getLogger(LocalTransaction.class.getName());

    private LocalTransaction() {
    }

    /**
     * Runs the work in one transaction: committed if it returns, rolled back if it throws anything at all. A
     * transaction Derby made give way to another ({@link LockConflicts#worthRetrying}) has been rolled back whole, so
     * the work is run again from the start in a new one ({@link LockConflicts#retrying}). The work must keep nothing from a
     * rolled-back try.
     */
    public static <T> T run(DataSource dataSource, Work<T> work) throws SQLException {
        return LockConflicts.retrying(() -> once(dataSource, work), () -> LOG.fine("Gave way over a lock; trying again"));
    }

    private static <T> T once(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                // The pool enlisted it in a JTA transaction (or someone left it mid-transaction): committing here would
                // commit someone else's work, or be refused.
                throw new IllegalStateException("A local transaction was asked for inside another transaction");
            }
            connection.setAutoCommit(false);
            boolean committed = false;
            try {
                T result = work.apply(connection);
                connection.commit();
                committed = true;
                return result;
            } finally {
                // Rolled back whatever was thrown, Errors included: switching autocommit back on would otherwise
                // commit half the work (an attendance row without its audit entry, chain rows without their head).
                if (!committed) {
                    rollbackQuietly(connection);
                }
                // The pool hands the connection on to JPA's JTA transactions next.
                connection.setAutoCommit(true);
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The original failure is what the caller needs to see; the pool discards a broken connection.
        }
    }
}
