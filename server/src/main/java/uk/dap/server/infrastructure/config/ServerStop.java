package uk.dap.server.infrastructure.config;

import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stops the whole server when the service cannot start (issue 18, items 17 and 18). Without the application Payara
 * Micro would go on running, say it was ready and answer every call with a 404 page or an empty 500: instead the
 * process ends with one line that says what to do and exit status {@link #REFUSED_TO_START}, so that an operator (or
 * systemd) sees at once that it did not start. Halted rather than exited: an exit would wait on Payara's shutdown, which
 * waits on the very deployment that is failing. Only the server calls this; the command-line tools report a
 * {@link StartupRefused} themselves.
 */
public final class ServerStop {
    /** EX_CONFIG in sysexits.h: a configuration error. */
    public static final int REFUSED_TO_START = 78;
    private static final Logger LOG = Logger.getLogger(ServerStop.class.getName());

    private ServerStop() {
    }

    /** Stops the server if {@code e} says the service cannot start: a {@link StartupRefused}, or a key that does not open the database. */
    public static void ifRefused(Throwable e) {
        Optional<String> line = StartupRefused.in(e).map(Throwable::getMessage);
        if (line.isEmpty() && wrongKey(e)) {
            line = Optional.of("The database key does not open the database in " + BootSettings.dataDir() + ": check that the key file in "
                    + BootSettings.keysDir() + " (or " + BootSettings.envName(BootSettings.DB_BOOT_KEY) + ") is the one made with it.");
        }
        line.ifPresent(sentence -> now(sentence, e));
    }

    /** Stops the server with {@code line}. */
    public static void now(String line, Throwable cause) {
        LOG.log(Level.SEVERE, "The service refused to start: " + line, cause);
        System.err.println("The service refused to start: " + line);
        System.err.flush();
        Runtime.getRuntime().halt(REFUSED_TO_START);
    }

    /** Derby's "an encrypted database cannot be accessed without the correct boot password" (XBM06), anywhere in the causes. */
    private static boolean wrongKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && ("XBM06".equals(sql.getSQLState())
                    || sql.getNextException() != null && wrongKey(sql.getNextException()))) {
                return true;
            }
        }
        return false;
    }
}
