package dev.drainhunt.progress;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * File steps that survive a crash at any instant: a file is only ever replaced whole, by a rename, so a
 * reader sees the old version or the new one and never a mix. Callers hold the store's lock.
 */
final class AtomicFiles {

    /** Temporary files all match this glob, so leftovers of a killed writer can be recognised. */
    static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /**
     * Replaces {@code file} with {@code bytes}; when {@code file} exists, its current version becomes
     * {@code backup} first.
     */
    static void replace(Path file, byte[] bytes, Path backup) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = tempBeside(file);
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                // Data on disk before the rename makes it visible: else a power cut can leave an empty file.
                out.force(true);
            }
            notADirectory(backup);
            keepMode(file, temp);
            if (Files.exists(file)) {
                Path backupTemp = tempBeside(backup);
                preserve(file, backupTemp);
                // The backup is renamed into place whole too: it is never a half-written file.
                Files.move(backupTemp, backup, ATOMIC_MOVE, REPLACE_EXISTING);
            }
            Files.move(temp, file, ATOMIC_MOVE, REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        syncDirectory(dir);
    }

    /** A directory where the backup belongs is named as such, not blamed on the file being saved. */
    private static void notADirectory(Path backup) throws IOException {
        if (Files.isDirectory(backup, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileSystemException(backup.toString(), null, backup + " is a directory, not drainhunt's backup:"
                    + " move it away");
        }
    }

    /** The new version gets the old one's permissions: a learner who made the file read-only keeps it so. */
    private static void keepMode(Path file, Path temp) throws IOException {
        try {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException | UnsupportedOperationException e) {
            // a first save, or no POSIX permissions here: the defaults stand
        }
    }

    /**
     * Makes {@code target}, which must not exist, a complete copy of {@code source}. A hard link costs
     * nothing and is complete by construction, as {@code source} is never modified in place, only replaced.
     */
    static void preserve(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
            return;
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            // No hard links here (FAT, some network or FUSE file systems): copy, then rename into place.
        }
        Path temp = tempBeside(target);
        try {
            Files.copy(source, temp);
            try (FileChannel copy = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                copy.force(true);
            }
            Files.move(temp, target); // no REPLACE_EXISTING: fails rather than overwrite
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Makes a complete copy of {@code source} under {@code stem}, or {@code stem-2}, {@code stem-3}, … when
     * that name is taken, and returns it. Nothing is ever overwritten.
     */
    static Path preserveUnderUnusedName(Path source, Path stem) throws IOException {
        for (int n = 1; ; n++) {
            Path target = n == 1 ? stem : stem.resolveSibling(stem.getFileName() + "-" + n);
            try {
                preserve(source, target);
                return target;
            } catch (FileAlreadyExistsException e) {
                // taken: try the next suffix
            }
        }
    }

    /**
     * Moves {@code source} to an unused name as {@link #preserveUnderUnusedName} does. Linking then
     * deleting, unlike a rename, cannot replace a file that appeared under the new name meanwhile.
     */
    static Path moveToUnusedName(Path source, Path stem) throws IOException {
        Path target = preserveUnderUnusedName(source, stem);
        Files.delete(source);
        return target;
    }

    /** Removes temporary files a killed writer left beside {@code file}; only call under the lock. */
    static void removeLeftovers(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        String glob = file.getFileName() + ".*" + TEMP_SUFFIX;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, glob)) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    /** Makes renames and new names in {@code dir} durable. */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) and file systems cannot open or sync a directory. The rename is
            // still atomic there; only its durability across a power cut is left to the OS.
        }
    }

    /** A fresh name beside {@code file} matching the leftover glob of the file it belongs to. */
    private static Path tempBeside(Path file) {
        return file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
    }
}
