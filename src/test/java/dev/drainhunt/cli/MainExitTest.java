package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** When main may return instead of calling System.exit: only when no other thread would hold the JVM up. */
class MainExitTest {

    @Test
    void aLiveThreadThatIsNotADaemonHoldsTheJvmUpAndADaemonOrAnEndedOneDoesNot() throws Exception {
        ThreadGroup group = new ThreadGroup("main-exit-test");
        assertThat(Main.keepsTheJvmUp(group, Thread.currentThread())).isFalse();

        CountDownLatch release = new CountDownLatch(1);
        Thread daemon = start(group, release, true);
        assertThat(Main.keepsTheJvmUp(group, Thread.currentThread())).isFalse();

        Thread worker = start(group, release, false);
        assertThat(Main.keepsTheJvmUp(group, Thread.currentThread())).isTrue();
        assertThat(Main.keepsTheJvmUp(group, worker)).as("itself does not count").isFalse();

        ThreadGroup below = new ThreadGroup(group, "below");
        CountDownLatch releaseBelow = new CountDownLatch(1);
        release.countDown();
        worker.join();
        daemon.join();
        assertThat(Main.keepsTheJvmUp(group, Thread.currentThread())).isFalse();
        Thread nested = start(below, releaseBelow, false);
        assertThat(Main.keepsTheJvmUp(group, Thread.currentThread())).as("in a group below").isTrue();
        releaseBelow.countDown();
        nested.join();
        assertThat(Main.keepsTheJvmUp(group, Thread.currentThread())).isFalse();
    }

    private static Thread start(ThreadGroup group, CountDownLatch release, boolean daemon) {
        Thread thread = new Thread(group, () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.setDaemon(daemon);
        thread.start();
        return thread;
    }
}
