package uk.dap.server.infrastructure.database;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One local JDBC transaction on a pooled connection, for the few hot write paths kept out of JPA (kiosk sign-ins, the
 * audit chainer). Callers must not be inside a JTA transaction (mark them {@code NOT_SUPPORTED}): the pool would enlist
 * the connection in it, and committing it here would be refused.
 */
public final class LocalTransaction {
    /** Work inside the transaction; anything it throws rolls the whole of it back. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private LocalTransaction() {
    }

    /** Runs the work in one transaction: committed if it returns, rolled back if it throws. */
    public static <T> T run(DataSource dataSource, Work<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                // The pool hands the connection on to JPA's JTA transactions next.
                connection.setAutoCommit(true);
            }
        }
    }
}
