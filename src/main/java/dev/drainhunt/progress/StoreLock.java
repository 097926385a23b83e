package dev.drainhunt.progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive access to one data directory, across threads and processes: an in-JVM lock, then an OS file
 * lock on {@code progress.lock}.
 */
final class StoreLock {

    /** The work done while holding the lock. */
    interface Work<T> {
        T run() throws IOException;
    }

    /**
     * A FileLock is held by the whole JVM: a second lock attempt on the same file from this JVM throws
     * OverlappingFileLockException instead of waiting, and on some systems closing any channel to the file
     * drops the lock. So threads queue here first, keyed by the lock file's real path.
     */
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private StoreLock() {
    }

    /** Runs {@code work} holding the lock on {@code lockFile}, whose directory must exist. */
    static <T> T holding(Path lockFile, Work<T> work) throws IOException {
        Path key = lockFile.getParent().toRealPath().resolve(lockFile.getFileName());
        ReentrantLock local = IN_PROCESS.computeIfAbsent(key, k -> new ReentrantLock());
        if (local.isHeldByCurrentThread()) {
            throw new IllegalStateException("progress is already being changed by this thread: no nested updates");
        }
        local.lock();
        try (FileChannel channel = open(key);
                FileLock ignored = channel.lock()) {
            // The lock file is never deleted: a process waiting on a deleted file's lock would hold a lock
            // nobody else sees.
            return work.run();
        } finally {
            local.unlock();
        }
    }

    /**
     * Opens the lock file without following a link: a planted {@code progress.lock} symlink would otherwise make
     * drainhunt create or lock a file wherever it points. A directory or link is named as what it is.
     */
    private static FileChannel open(Path key) throws IOException {
        try {
            BasicFileAttributes found = Files.readAttributes(key, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!found.isRegularFile()) {
                String what = found.isDirectory() ? "a directory" : found.isSymbolicLink() ? "a symbolic link"
                        : "not a regular file";
                throw new FileSystemException(key.toString(), null, key + " is " + what
                        + ", not drainhunt's lock file: move it away");
            }
        } catch (NoSuchFileException e) {
            // the first save here: created below
        }
        return FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }
}
