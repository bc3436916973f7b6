package uk.dap.server.infrastructure.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;
import uk.dap.server.infrastructure.config.BootSettings;
import uk.dap.server.infrastructure.config.StartupRefused;

/** Derby's JVM-wide settings and its clean shutdown. */
public final class DerbySystem {
    private static final Logger LOG = Logger.getLogger(DerbySystem.class.getName());
    /** Derby's SQLState for "the whole Derby system shut down", which is success. */
    private static final String SYSTEM_SHUT_DOWN = "XJ015";

    private DerbySystem() {
    }

    /**
     * Derby's own log goes into the data folder, and only errors that stop a database are written to it: lesser
     * errors would log the failing statement with its values, which may be personal data.
     */
    public static void configure(Path dataDir) {
        requireWritable(dataDir);
        System.setProperty("derby.stream.error.file", dataDir.resolve("derby.log").toString());
        System.setProperty("derby.stream.error.logSeverityLevel", "45000");
        System.setProperty("derby.language.logStatementText", "false");
        // Identity values are handed out from preallocated ranges; a larger range means concurrent inserts (sign-ins,
        // audit entries) rarely wait on the catalog, which otherwise fails them with "too much contention".
        System.setProperty("derby.language.sequence.preallocator", "1000");
        // derby.language.stalePlanCheckInterval stays at Derby's 100 (docs/architecture.md): at 10,000 a young database kept
        // the table-scan plans it chose while its tables were small, and concurrent writers then deadlocked on each other's
        // rows (ConcurrencyIT, 8 Dec 2026), though a history import ran three times faster.
        // A deadlock is looked for after 1 s of waiting rather than Derby's 20 s, so that its victim is tried again (or
        // answered 503) well within the 5 s the staff client and the kiosk wait for an answer; and no request waits
        // more than 10 s for a lock (Derby's default is 60 s).
        System.setProperty("derby.locks.deadlockTimeout", "1");
        System.setProperty("derby.locks.waitTimeout", "10");
    }

    /**
     * The data folder exists (or can be made) and a file can be written in it: tried, not asked of the file system,
     * since a read-only mount or a full disk answers "writable" to the question. Otherwise the start is refused with
     * one line saying so; before, a read-only folder gave an empty 500 on every request and nothing in the log.
     */
    static void requireWritable(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            Files.delete(Files.createTempFile(dataDir, ".write-check", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new StartupRefused("The data folder " + dataDir + " cannot be written to (" + e.getClass().getSimpleName() + ": "
                    + e.getMessage() + "). Give the server's user write access to it, or set " + BootSettings.envName(BootSettings.DATA_DIR)
                    + " to a folder it can write, and start again.");
        }
    }

    /** Shuts every Derby database down cleanly, so the next start needs no recovery and identity values do not jump. */
    public static void shutdown() {
        try {
            // Registers the embedded driver with DriverManager for this class loader (Payara's own does not see it).
            Class.forName("org.apache.derby.jdbc.EmbeddedDriver");
            DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
        } catch (ClassNotFoundException e) {
            LOG.warning("Derby's embedded driver is missing; the database was not shut down.");
        } catch (SQLException e) {
            if (SYSTEM_SHUT_DOWN.equals(e.getSQLState())) {
                LOG.info("Derby shut down cleanly.");
            } else {
                LOG.warning(() -> "Derby did not shut down cleanly: " + e.getMessage());
            }
        }
    }
}
