package uk.dap.kiosk.kiosk;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.dap.shared.api.attendance.KioskSignIn;

/**
 * The kiosk's durable outbox: one small JSON file per sign-in in {@code <home>/outbox}, named by the sign-in's id.
 * A sign-in is written to a temporary file, forced to disk, atomically renamed to {@code <id>.json} and the folder
 * forced too, before the participant is thanked: a crash at any moment leaves either no file (the participant was not
 * thanked) or the whole sign-in. A file is deleted only when the server has acknowledged its id (see
 * {@link OutboxSender}). Safe to use from several threads.
 */
public class Outbox {
    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());
    private static final String SUFFIX = ".json";

    private final Path dir;
    private final Jsonb jsonb = JsonbBuilder.create();
    private final boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    public Outbox(Path home) {
        this.dir = home.resolve("outbox");
        try {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
            // A temporary file is a write that never finished: nobody was thanked for it.
            try (DirectoryStream<Path> partial = Files.newDirectoryStream(dir, "*.tmp")) {
                for (Path file : partial) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the outbox folder " + dir, e);
        }
    }

    public Path folder() {
        return dir;
    }

    /** Writes the sign-in durably; when this returns, the sign-in survives a crash or a power cut. */
    public void add(KioskSignIn signIn) throws IOException {
        String id = UUID.fromString(signIn.id()).toString();
        Path temp = dir.resolve(id + ".tmp");
        byte[] json = jsonb.toJson(signIn).getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(json);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, dir.resolve(id + SUFFIX), StandardCopyOption.ATOMIC_MOVE);
        syncFolder();
    }

    /** Up to {@code max} waiting sign-ins, oldest first (by the kiosk's time). */
    public List<KioskSignIn> pending(int max) {
        List<KioskSignIn> all = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : files) {
                try {
                    all.add(jsonb.fromJson(Files.readString(file, StandardCharsets.UTF_8), KioskSignIn.class));
                } catch (IOException | RuntimeException unreadable) {
                    // Gone meanwhile (sent), or damaged by something other than us: never send half a sign-in.
                    LOG.log(Level.FINE, "Skipping outbox file " + file.getFileName(), unreadable);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the outbox folder " + dir, e);
        }
        all.sort(Comparator.comparing(KioskSignIn::signedInAt).thenComparing(KioskSignIn::id));
        return all.size() > max ? new ArrayList<>(all.subList(0, max)) : all;
    }

    /** Every waiting sign-in. */
    public List<KioskSignIn> pending() {
        return pending(Integer.MAX_VALUE);
    }

    /** Forgets sign-ins the server has acknowledged. */
    public void remove(List<String> ids) {
        for (String id : ids) {
            try {
                Files.deleteIfExists(dir.resolve(UUID.fromString(id).toString() + SUFFIX));
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Cannot remove acknowledged sign-in " + id + " from the outbox", e);
            }
        }
        syncFolder();
    }

    /** How many sign-ins wait to be sent. */
    public int count() {
        int count = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path ignored : files) {
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the outbox folder " + dir, e);
        }
        return count;
    }

    /** Makes the folder's entries (a rename, a deletion) durable; a no-op where the platform cannot open folders. */
    private void syncFolder() {
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
