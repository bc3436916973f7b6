package uk.dap.server.infrastructure.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Settings needed before MicroProfile Config is ready for the application (the data source and the token keys are
 * created by the container ahead of it). Each is read like MicroProfile Config reads it: a system property
 * {@code dap.x.y}, else the environment variable {@code DAP_X_Y} ({@link #envName}), else the default.
 */
public final class BootSettings {
    public static final String DATA_DIR = "dap.data.dir";
    public static final String KEYS_DIR = "dap.keys.dir";
    public static final String DB_BOOT_KEY = "dap.db.bootKey";

    private BootSettings() {
    }

    public static Optional<String> value(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(envName(name));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * The environment variable for a setting, as the docs name it: {@code dap.db.bootKey} is {@code DAP_DB_BOOT_KEY}.
     * (It used to be read as {@code DAP_DB_BOOTKEY}, so the documented variable was ignored and a key file made instead.)
     */
    public static String envName(String name) {
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(java.util.Locale.ROOT);
    }

    /** The folder holding the database (default {@code ./data}). */
    public static Path dataDir() {
        return Path.of(value(DATA_DIR).orElse("data")).toAbsolutePath().normalize();
    }

    /** The folder holding generated keys (default {@code ./keys}), kept apart from the data so a copy of one is not both. */
    public static Path keysDir() {
        return Path.of(value(KEYS_DIR).orElse("keys")).toAbsolutePath().normalize();
    }
}
