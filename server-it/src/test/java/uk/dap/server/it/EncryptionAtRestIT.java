package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A known string written through the API is readable through the API and nowhere in the database files. */
class EncryptionAtRestIT extends ServerIT {
    @Test
    void aStringWrittenThroughTheApiNeverAppearsInTheDatabaseFiles() throws Exception {
        String admin = api.demo("admin");
        String marker = "CanaryVenue" + UUID.randomUUID().toString().replace("-", "");
        // Written several times so that it reaches both the transaction log and, at a checkpoint, the data pages.
        for (int i = 0; i < 20; i++) {
            assertThat(api.post("api/venues", "{\"name\":\"" + marker + i + "\"}", admin).status()).isEqualTo(201);
        }
        assertThat(api.get("api/venues", admin).body()).as("the API reads it back").contains(marker + "19");

        Path database = server().folder().resolve("data").resolve("db");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(database)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).as("database files").hasSizeGreaterThan(5);
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        for (Path file : files) {
            assertThat(indexOf(Files.readAllBytes(file), needle)).as("marker in " + file).isEqualTo(-1);
        }
        String serviceProperties = Files.readString(database.resolve("service.properties"), StandardCharsets.ISO_8859_1);
        assertThat(serviceProperties).contains("dataEncryption=true").contains("AES/CBC/NoPadding");
        Path keyFile = server().folder().resolve("keys").resolve("database.key");
        assertThat(Files.getPosixFilePermissions(keyFile)).extracting(Object::toString)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
