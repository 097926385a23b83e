package dev.drainhunt.progress;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
        try (FileChannel channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = channel.lock()) {
            // The lock file is never deleted: a process waiting on a deleted file's lock would hold a lock
            // nobody else sees.
            return work.run();
        } finally {
            local.unlock();
        }
    }
}
