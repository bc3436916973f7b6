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
import uk.dap.server.infrastructure.config.StartupRefused;

/**
 * The boot key that unlocks the encrypted database. Taken from {@code dap.db.bootKey} / {@code DAP_DB_BOOT_KEY} when
 * given; otherwise read from {@code <keys dir>/database.key}, which is created (owner-only) on the very first start,
 * and only then: a key file missing beside an existing database is refused (a new key could never open it).
 */
public final class DatabaseKey {
    private static final Logger LOG = Logger.getLogger(DatabaseKey.class.getName());
    static final String KEY_FILE_NAME = "database.key";
    private static final int MIN_LENGTH = 16;

    private DatabaseKey() {
    }

    /** The key for the database in the folder {@code database} (which may not exist yet). */
    public static String resolve(Path database) {
        return configured().orElseGet(() -> fromKeyFile(BootSettings.keysDir().resolve(KEY_FILE_NAME), database));
    }

    /** The key of an existing database, for tools that open one (a restore): never made here. */
    public static String existing() {
        return configured().orElseGet(() -> {
            Path file = BootSettings.keysDir().resolve(KEY_FILE_NAME);
            if (!Files.exists(file)) {
                throw new StartupRefused("No database key: " + file + " does not exist and " + BootSettings.envName(BootSettings.DB_BOOT_KEY)
                        + " is not set. Set DAP_KEYS_DIR to the folder holding database.key, or give the key itself.");
            }
            return read(file);
        });
    }

    private static Optional<String> configured() {
        return BootSettings.value(BootSettings.DB_BOOT_KEY).map(key -> checked(key, "the setting " + BootSettings.DB_BOOT_KEY));
    }

    static String fromKeyFile(Path file, Path database) {
        if (!Files.exists(file) && Files.exists(database)) {
            throw new StartupRefused("The database in " + database + " is encrypted, but its key file " + file + " is missing. Put the"
                    + " key file back from where you keep it (or set " + BootSettings.envName(BootSettings.DB_BOOT_KEY) + ") and start"
                    + " again. No new key was written.");
        }
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
        return read(file);
    }

    private static String read(Path file) {
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
