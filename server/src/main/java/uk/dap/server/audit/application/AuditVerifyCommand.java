package uk.dap.server.audit.application;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.derby.jdbc.EmbeddedDataSource;
import uk.dap.server.infrastructure.config.BootSettings;
import uk.dap.server.infrastructure.database.DatabaseKey;
import uk.dap.server.infrastructure.database.DerbySystem;
import uk.dap.server.infrastructure.database.EncryptedDerbyDataSource;
import uk.dap.shared.api.AuditVerification;
import java.nio.file.Path;
import uk.dap.server.infrastructure.config.StartupRefused;

/**
 * The command-line audit check, for when the server is stopped (embedded Derby admits one process at a time).
 * Reads the same settings as the server ({@code dap.data.dir}, {@code dap.keys.dir}, {@code dap.db.bootKey}).
 * Exit code 0: intact; 1: tampered; 2: could not check. See docs/operations.md.
 */
public final class AuditVerifyCommand {

    private AuditVerifyCommand() {
    }

    public static void main(String[] args) {
        System.exit(run());
    }

    static int run() {
        String database = EncryptedDerbyDataSource.databasePath(BootSettings.dataDir());
        if (!Files.isDirectory(BootSettings.dataDir().resolve(EncryptedDerbyDataSource.DATABASE_FOLDER))) {
            System.err.println("No database found at " + database + ". Set dap.data.dir (or DAP_DATA_DIR) to the server's data folder.");
            return 2;
        }
        EmbeddedDataSource ds = new EmbeddedDataSource();
        try {
            DerbySystem.configure(BootSettings.dataDir());
            ds.setDatabaseName(database);
            ds.setConnectionAttributes("bootPassword=" + DatabaseKey.resolve(Path.of(database)));
        } catch (StartupRefused refused) {
            System.err.println(refused.getMessage());
            return 2;
        }
        try (Connection connection = ds.getConnection()) {
            AuditVerification result = AuditChainVerifier.verify(connection);
            System.out.println((result.intact() ? "INTACT: " : "TAMPERED: ") + result.finding()
                    + " (" + result.entriesChecked() + " entries checked)");
            return result.intact() ? 0 : 1;
        } catch (SQLException e) {
            System.err.println("Could not open the database: " + e.getMessage()
                    + " Is the server still running, or is the key wrong?");
            return 2;
        } finally {
            DerbySystem.shutdown();
        }
    }
}
