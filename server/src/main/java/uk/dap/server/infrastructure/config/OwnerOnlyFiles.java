package uk.dap.server.infrastructure.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Writes secrets to files that only their owner can read, created that way rather than narrowed afterwards. */
public final class OwnerOnlyFiles {
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /**
     * Creates {@code file} with {@code content}, readable only by its owner. Returns false, writing nothing, if the
     * file already exists (another process got there first), so that a key is never overwritten.
     */
    public static boolean createNew(Path file, byte[] content) {
        try {
            Path dir = file.getParent();
            if (!Files.isDirectory(dir)) {
                if (posix(dir)) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
                } else {
                    Files.createDirectories(dir);
                }
            }
            FileAttribute<?>[] attributes = posix(dir)
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE)}
                    : new FileAttribute<?>[0];
            Files.createFile(file, attributes);
            Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + file, e);
        }
    }

    private static boolean posix(Path dir) {
        Path probe = dir;
        while (probe != null && !Files.exists(probe)) {
            probe = probe.getParent();
        }
        return probe != null && probe.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
