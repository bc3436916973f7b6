package uk.dap.server.infrastructure.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import uk.dap.server.infrastructure.config.BootSettings;
import uk.dap.server.infrastructure.config.OwnerOnlyFiles;

/**
 * The boot key that unlocks the encrypted database. Taken from {@code dap.db.bootKey} / {@code DAP_DB_BOOT_KEY} when
 * given; otherwise read from {@code <keys dir>/database.key}, which is created (owner-only) on the very first start.
 */
public final class DatabaseKey {
    private static final Logger LOG = Logger.getLogger(DatabaseKey.class.getName());
    static final String KEY_FILE_NAME = "database.key";
    private static final int MIN_LENGTH = 16;

    private DatabaseKey() {
    }

    public static String resolve() {
        Optional<String> configured = BootSettings.value(BootSettings.DB_BOOT_KEY);
        if (configured.isPresent()) {
            return checked(configured.get(), "the setting " + BootSettings.DB_BOOT_KEY);
        }
        return fromKeyFile(BootSettings.keysDir().resolve(KEY_FILE_NAME));
    }

    static String fromKeyFile(Path file) {
        if (!Files.exists(file)) {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String key = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            if (OwnerOnlyFiles.createNew(file, key.getBytes(StandardCharsets.US_ASCII))) {
                LOG.warning(() -> "No database key was configured, so a new one was created in " + file
                        + " (readable only by its owner). Back it up apart from the data folder: "
                        + "without it the database cannot be opened.");
                return key;
            }
        }
        try {
            return checked(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database key file " + file, e);
        }
    }

    private static String checked(String key, String source) {
        if (key.length() < MIN_LENGTH) {
            throw new IllegalStateException("The database key from " + source + " is too short: use at least "
                    + MIN_LENGTH + " characters.");
        }
        return key;
    }
}
