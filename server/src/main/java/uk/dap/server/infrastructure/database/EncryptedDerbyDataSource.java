package uk.dap.server.infrastructure.database;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.apache.derby.jdbc.EmbeddedDataSource;
import uk.dap.server.infrastructure.config.BootSettings;
import uk.dap.server.infrastructure.config.ServerStop;

/**
 * The application's data source: embedded Derby in {@code <data dir>/db}, encrypted at rest with AES-256 and the
 * {@link DatabaseKey}. Payara pools it (see {@link DatabaseLifecycle}'s {@code @DataSourceDefinition}); the boot key
 * is worked out here, at first connection, because the container creates data sources before the application's
 * configuration is ready.
 */
public class EncryptedDerbyDataSource implements DataSource {
    /** The database's folder inside the data folder (and inside each backup). */
    public static final String DATABASE_FOLDER = "db";
    private volatile EmbeddedDataSource derby;
    private int loginTimeout;

    private EmbeddedDataSource derby() {
        EmbeddedDataSource current = derby;
        if (current == null) {
            synchronized (this) {
                current = derby;
                if (current == null) {
                    current = open();
                    derby = current;
                }
            }
        }
        return current;
    }

    private static EmbeddedDataSource open() {
        Path dataDir = BootSettings.dataDir();
        DerbySystem.configure(dataDir);
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(databasePath(dataDir));
        ds.setCreateDatabase("create");
        // Honoured when the database is created (and when an unencrypted one is first booted: Derby then encrypts it);
        // afterwards only the boot password matters.
        ds.setConnectionAttributes("dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;encryptionKeyLength=256;bootPassword="
                + DatabaseKey.resolve(Path.of(databasePath(dataDir))));
        return ds;
    }

    public static String databasePath(Path dataDir) {
        return dataDir.resolve(DATABASE_FOLDER).toString();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return connect();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return connect();
    }

    /**
     * The first connection is the first time anything touches the database, often while JPA deploys, before the
     * application's own start-up runs: a database that cannot be opened for a reason the operator must put right (no
     * key beside it, a data folder it cannot write, the wrong key) stops the server here (ServerStop).
     */
    private Connection connect() throws SQLException {
        try {
            return derby().getConnection();
        } catch (SQLException | RuntimeException e) {
            ServerStop.ifRefused(e);
            throw e;
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // Derby writes to its own log (see DerbySystem); nothing to do.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("Not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
