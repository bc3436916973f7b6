package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.dap.server.infrastructure.config.ServerStop;
import uk.dap.server.testing.PayaraProcess;

/**
 * Issue 18, items 17 and 18: a start that cannot work stops the whole server with one line saying what to do and exit
 * status 78. Before, Payara said it was ready and answered every call with a 404 page (no key) or an empty 500 (a
 * data folder it could not write), and a missing key was replaced by a new one that could never open the database.
 */
class StartupFaultsIT {
    private static final Path DIR = Api.IT_DIR.resolve("startup-faults");

    @Test
    void aDatabaseWhoseKeyFileIsMissingStopsTheServerAndNoNewKeyIsWritten() throws Exception {
        try (PayaraProcess server = PayaraProcess.start(ServerIT.PAYARA, ServerIT.WAR, DIR, Map.of("dap.demo", "false"), PayaraProcess.BRIEF)) {
            server.stop();
            Path key = server.folder().resolve("keys").resolve("database.key");
            Files.delete(key);

            assertThatThrownBy(server::launch).hasMessageContaining("did not become ready");

            assertThat(server.exitStatus()).hasValue(ServerStop.REFUSED_TO_START);
            assertThat(Files.readString(server.log(), StandardCharsets.UTF_8))
                    .contains("The service refused to start: The database in " + server.folder().resolve("data"))
                    .contains("is encrypted, but its key file " + key + " is missing");
            assertThat(key).as("no new key").doesNotExist();
        }
    }

    @Test
    void aDataFolderThatCannotBeWrittenStopsTheServerSayingSo() throws Exception {
        Files.createDirectories(DIR);
        // Tests run as root, for whom a read-only folder is writable: a folder that cannot be made fails the same check.
        Path notAFolder = Files.createTempFile(DIR, "not-a-folder", ".txt").toAbsolutePath();
        Path data = notAFolder.resolve("data");
        try (PayaraProcess server = PayaraProcess.prepare(ServerIT.PAYARA, ServerIT.WAR, DIR, Map.of("dap.demo", "false",
                "dap.data.dir", data.toString()), PayaraProcess.BRIEF)) {
            assertThatThrownBy(server::launch).hasMessageContaining("did not become ready");

            assertThat(server.exitStatus()).hasValue(ServerStop.REFUSED_TO_START);
            assertThat(Files.readString(server.log(), StandardCharsets.UTF_8))
                    .contains("The service refused to start: The data folder " + data + " cannot be written to");
        }
    }
}
