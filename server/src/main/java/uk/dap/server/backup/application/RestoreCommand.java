package uk.dap.server.backup.application;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.derby.jdbc.EmbeddedDataSource;
import uk.dap.server.audit.application.AuditChainVerifier;
import uk.dap.server.infrastructure.config.StartupRefused;
import uk.dap.server.infrastructure.database.DatabaseKey;
import uk.dap.server.infrastructure.database.DerbySystem;
import uk.dap.server.infrastructure.database.EncryptedDerbyDataSource;
import uk.dap.shared.api.AuditVerification;

/**
 * {@code restore-backup.sh <backup folder> <new data folder>}: brings an online backup back as a new data folder, never
 * over an existing one, and verifies it: the database opens with the key (from the same settings as the server) and
 * its audit chain is intact. Exit status 0: restored and verified; 1: restored but the audit chain is broken; 2: not
 * restored. Start the server on the new folder with {@code DAP_DATA_DIR}.
 */
public final class RestoreCommand {
    private RestoreCommand() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Give the backup folder and a new data folder: restore-backup.sh backups/backup-20261207T020000Z data-restored");
            System.exit(2);
        }
        String key;
        try {
            key = DatabaseKey.existing();
        } catch (StartupRefused refused) {
            System.err.println(refused.getMessage());
            System.exit(2);
            return;
        }
        System.exit(run(Path.of(args[0]), Path.of(args[1]), key, System.out, System.err));
    }

    /** Restores {@code backup} into {@code newDataFolder} and verifies it; the exit status above. */
    public static int run(Path backup, Path newDataFolder, String key, PrintStream out, PrintStream err) {
        Path copy = backup.resolve(EncryptedDerbyDataSource.DATABASE_FOLDER);
        if (!Files.isDirectory(copy)) {
            err.println("No backup found at " + copy + ": give a folder under the backups folder, such as backups/backup-20261207T020000Z.");
            return 2;
        }
        if (Files.exists(newDataFolder.resolve(EncryptedDerbyDataSource.DATABASE_FOLDER))) {
            err.println(newDataFolder + " already holds a database: give a new folder. A restore never writes over a database.");
            return 2;
        }
        DerbySystem.configure(newDataFolder);
        String database = EncryptedDerbyDataSource.databasePath(newDataFolder);
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(database);
        ds.setConnectionAttributes("createFrom=" + copy.toAbsolutePath() + ";bootPassword=" + key);
        try (Connection connection = ds.getConnection()) {
            AuditVerification chain = AuditChainVerifier.verify(connection);
            out.println("Restored " + backup + " into " + newDataFolder + ". Audit chain " + (chain.intact() ? "INTACT" : "TAMPERED") + ": "
                    + chain.finding() + " (" + chain.entriesChecked() + " entries checked).");
            return chain.intact() ? 0 : 1;
        } catch (SQLException e) {
            err.println("Could not restore " + backup + ": " + e.getMessage() + " Is the key the one the database was made with?");
            return 2;
        } finally {
            shutDown(database);
        }
    }

    private static void shutDown(String database) {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(database);
        ds.setShutdownDatabase("shutdown");
        try {
            ds.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception.
        }
    }
}
