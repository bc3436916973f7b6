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

/**
 * A durable queue of things made on the kiosk (sign-ins, questionnaire responses): one small JSON file per item in
 * its folder, named by the item's kiosk-made id. An item is written to a temporary file, forced to disk, atomically
 * renamed to {@code <id>.json} and the folder forced too, before the participant is thanked: a crash at any moment
 * leaves either no file (the participant was not thanked) or the whole item. A file is deleted only when the server has acknowledged its id (see
 * {@link OutboxSender}). Safe to use from several threads.
 */
public class DurableQueue<T> {
    private static final Logger LOG = Logger.getLogger(DurableQueue.class.getName());
    private static final String SUFFIX = ".json";

    private final Path dir;
    private final Class<T> type;
    private final java.util.function.Function<T, String> idOf;
    private final Comparator<T> order;
    private final Jsonb jsonb = JsonbBuilder.create();
    private final boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    protected DurableQueue(Path dir, Class<T> type, java.util.function.Function<T, String> idOf, Comparator<T> order) {
        this.dir = dir;
        this.type = type;
        this.idOf = idOf;
        this.order = order;
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

    /** Writes the item durably; when this returns, it survives a crash or a power cut. */
    public void add(T item) throws IOException {
        String id = UUID.fromString(idOf.apply(item)).toString();
        Path temp = dir.resolve(id + ".tmp");
        byte[] json = jsonb.toJson(item).getBytes(StandardCharsets.UTF_8);
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

    /** Up to {@code max} waiting items, oldest first (by the kiosk's time). */
    public List<T> pending(int max) {
        List<T> all = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : files) {
                try {
                    all.add(jsonb.fromJson(Files.readString(file, StandardCharsets.UTF_8), type));
                } catch (IOException | RuntimeException unreadable) {
                    // Gone meanwhile (sent), or damaged by something other than us: never send half an item.
                    // Only the exception's type: a parser's message can quote the file, and a response file holds answers.
                    LOG.log(Level.FINE, "Skipping outbox file " + file.getFileName() + " (" + unreadable.getClass().getSimpleName() + ")");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the outbox folder " + dir, e);
        }
        all.sort(order);
        return all.size() > max ? new ArrayList<>(all.subList(0, max)) : all;
    }

    /** Every waiting item. */
    public List<T> pending() {
        return pending(Integer.MAX_VALUE);
    }

    /** Forgets items the server has acknowledged. */
    public void remove(List<String> ids) {
        for (String id : ids) {
            try {
                Files.deleteIfExists(dir.resolve(UUID.fromString(id).toString() + SUFFIX));
            } catch (IOException | IllegalArgumentException e) {
                LOG.log(Level.WARNING, "Cannot remove acknowledged item " + id + " from the outbox", e);
            }
        }
        syncFolder();
    }

    /** How many items wait to be sent. */
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
