package uk.dap.kiosk;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import uk.dap.shared.api.KioskCredential;

/**
 * The kiosk's device credential, in {@code <home>/credential.json}, readable only by the account the kiosk runs as.
 * Written to a temporary owner-only file and moved into place, so a crash never leaves half a credential.
 */
public class CredentialStore {
    private final Path file;
    private final Jsonb jsonb = JsonbBuilder.create();

    public CredentialStore(Path home) {
        this.file = home.resolve("credential.json");
    }

    public Optional<KioskCredential> load() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(jsonb.fromJson(Files.readString(file, StandardCharsets.UTF_8), KioskCredential.class));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    public void save(KioskCredential credential) {
        try {
            Files.createDirectories(file.getParent(), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path temp = Files.createTempFile(file.getParent(), "credential", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, jsonb.toJson(credential), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the kiosk credential in " + file, e);
        }
    }
}
