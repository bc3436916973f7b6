package uk.dap.kiosk.kiosk;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.dap.shared.api.attendance.KioskRoster;

/**
 * Today's roster as the facilitator opened it, kept in {@code <home>/session.json} (owner-only) so that the kiosk goes on
 * working offline, even after a restart, for the rest of that day. It holds only what the kiosk may show: first names
 * and initials, preferred languages, who has signed in. A roster from another day is never used, and is deleted.
 */
public class SessionStore {
    private static final Logger LOG = Logger.getLogger(SessionStore.class.getName());
    private final Path file;
    private final Jsonb jsonb = JsonbBuilder.create();

    public SessionStore(Path home) {
        this.file = home.resolve("session.json");
    }

    public Optional<KioskRoster> load(LocalDate today) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            KioskRoster roster = jsonb.fromJson(Files.readString(file, StandardCharsets.UTF_8), KioskRoster.class);
            if (roster != null && today.equals(roster.date())) {
                return Optional.of(roster);
            }
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(Level.WARNING, "Ignoring an unreadable saved roster", unreadable);
        }
        clear();
        return Optional.empty();
    }

    public void save(KioskRoster roster) {
        try {
            Path dir = file.getParent();
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            Files.createDirectories(dir);
            Path temp = posix
                    ? Files.createTempFile(dir, "session", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(dir, "session", ".tmp");
            Files.writeString(temp, jsonb.toJson(roster), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The roster is still in memory: the kiosk goes on; only a restart while offline would lose it.
            LOG.log(Level.WARNING, "Cannot keep the roster on disk", e);
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot delete the saved roster", e);
        }
    }
}
