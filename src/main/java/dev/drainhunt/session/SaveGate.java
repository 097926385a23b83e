package dev.drainhunt.session;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets a shutdown (SIGTERM, Ctrl-C outside the prompt) wait for a save in progress and stop new ones: the drain
 * pattern this tool teaches, applied to itself.
 */
final class SaveGate {

    private final ReentrantLock lock = new ReentrantLock();
    private boolean draining;

    /** Runs {@code save} unless a shutdown has begun; a shutdown that begins meanwhile waits for it. */
    void save(Runnable save) {
        lock.lock();
        try {
            if (!draining) {
                save.run();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the save in progress, if any, then refuses new ones. */
    void drain() {
        lock.lock();
        try {
            draining = true;
        } finally {
            lock.unlock();
        }
    }
}
