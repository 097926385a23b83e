package dev.drainhunt.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static final Vocabulary BUNDLED = Vocabulary.bundled();

    @Test
    void bundledVocabularyDefinesTheSpecConcepts() {
        assertThat(BUNDLED.names()).contains("timeout", "no-timeout", "hang", "deadlock", "leak", "race", "panic",
                "buffered", "unbuffered", "signal", "cancel", "context", "shutdown", "close", "wait", "exit",
                "defer", "order", "lost", "duplicate", "commit", "ticker", "global", "once", "busy-loop",
                "loop-variable", "handler", "goroutine", "no-exit", "cancel-ignored");
    }

    @Test
    void timeoutCoversItsSynonyms() {
        assertMatches("timeout", "there is a deadline", "the time limit", "use context.WithTimeout",
                "after the grace period", "the shutdown timed out");
        assertNoMatch("timeout", "the channel is unbuffered");
    }

    @Test
    void negatedTimeoutCounts() {
        assertMatches("no-timeout",
                "no deadline",
                "Shutdown runs without a timeout",
                "missing timeout on wg.Wait",
                "it doesn't have a timeout",
                "drain never times out",
                "unbounded wait for the workers",
                "context.Background() has no deadline",
                "there is no shutdown timeout",
                "does not set any deadline",
                "the deadline is missing",
                "wg.Wait() can wait forever",
                "waits indefinitely for workers",
                "no timout");
        assertNoMatch("no-timeout", "the drain has a 25 second deadline", "the signal channel is unbuffered");
    }

    @Test
    void hangCoversBlockingForever() {
        assertMatches("hang", "it hangs", "Shutdown blocks forever", "Drain never returns", "the pod is stuck",
                "hung until SIGKILL");
        assertNoMatch("hang", "the handler returns early");
    }

    @Test
    void unbufferedIsItsOwnConcept() {
        assertMatches("unbuffered", "unbuffered channel", "chan has no buffer", "the channel isn't buffered",
                "capacity 0", "it should be buffered");
        assertNoMatch("unbuffered", "a buffered channel of size 1");
        assertMatches("buffered", "make(chan os.Signal, 1)", "buffered channel");
    }

    @Test
    void unbufferedCoversAChannelWithNoRoom() {
        assertMatches("unbuffered", "the chan has no room", "no space in the channel", "a chan w/ cap 0",
                "make(chan os.Signal) needs a size", "the stop chan can't hold a signal", "it needs cap 1");
        assertNoMatch("unbuffered", "a channel with room for one signal", "cap 1 is enough");
    }

    @Test
    void noExitNamesALoopThatCannotStop() {
        assertMatches("no-exit", "the loop has no way to exit", "the goroutine never returns",
                "the consumer isn't interruptible", "the for range loop keeps going", "the goroutine runs forever",
                "after Close it reads zeros - nothing ends it", "an infinite loop", "a goroutine leak",
                "the watcher can't be stopped");
        assertNoMatch("no-exit", "the ticker is never stopped", "Shutdown never returns",
                "the loop blocks forever on a nil channel", "the loop exits when ctx is done");
    }

    @Test
    void cancelIgnoredNamesACancellationWithoutEffect() {
        assertMatches("cancel-ignored", "cancelling ctx does nothing", "cancellation doesn't stop the consumer",
                "cancelling the context doesn't make the goroutine return", "cancel ctx all you want",
                "ctx cancellation is never observed");
        assertNoMatch("cancel-ignored", "cancel stops the loop", "the deferred cancel runs first");
    }

    @Test
    void noTimeoutCoversEndlessAndUncappedWaits() {
        assertMatches("no-timeout", "an endless drain", "nothing caps it", "it can wait as long as the handler takes",
                "no time budget on the drain", "the wait isn't tied to the deadline", "there is no way to give up");
        assertNoMatch("no-timeout", "the drain has a time budget of 25s", "the loop never ends");
    }

    @Test
    void lostCoversWhatIsThrownAwayOrNeverRetried() {
        assertMatches("lost", "the signal is thrown away", "failed messages are never retried",
                "it is never delivered again");
    }

    @Test
    void closeCoversShuttingAResourceButNotTheServiceShuttingDown() {
        assertMatches("close", "Drain shuts the reader", "it tears the reader down", "the db was shut down");
        assertNoMatch("close", "when we shut down", "the shutdown path");
    }

    @Test
    void goroutineIsNotContextBackground() {
        assertMatches("goroutine", "a background goroutine calls os.Exit", "it runs in the background");
        assertNoMatch("goroutine", "Shutdown(context.Background())", "a Background ctx never expires");
    }

    @Test
    void deadlockCoversTwoPartiesWaitingOnEachOther() {
        assertMatches("deadlock", "the handler waits on Shutdown, Shutdown waits on the handler");
        assertNoMatch("deadlock", "the handler waits on Shutdown, which waits on the other requests");
    }

    @Test
    void codeFormsMatchVocabulary() {
        assertMatches("cancel", "<-ctx.Done() fires", "ctx was cancelled", "context canceled");
        assertMatches("exit", "os.Exit(1) in the goroutine", "log.Fatal skips cleanup");
        assertMatches("ticker", "time.Tick leaks", "use time.NewTicker");
        assertMatches("once", "the sync.Once is shared");
        assertMatches("global", "a package-level var");
        assertMatches("wait", "wg.Wait() blocks", "the WaitGroup");
    }

    @Test
    void mergeAddsPhrasesAndNewConcepts() {
        Vocabulary merged = Vocabulary.of(Map.of("timeout", List.of("deadline")))
                .merge(Map.of("@timeout", List.of("time box"), "kafka", List.of("consumer group")));

        assertThat(merged.synonyms("timeout")).containsExactly("deadline", "time box");
        assertThat(merged.contains("kafka")).isTrue();
        assertThat(merged.concept("timeout").orElseThrow().matches(Normalizer.normalize("a time box"))).isTrue();
    }

    @Test
    void rejectsBadVocabularyEntries() {
        assertThatThrownBy(() -> Vocabulary.of(Map.of("Not Kebab", List.of("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kebab-case");
        assertThatThrownBy(() -> Vocabulary.of(Map.of("empty", List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no phrases");
        assertThatThrownBy(() -> Vocabulary.of(Map.of("blank", List.of("?!"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@blank");
        assertThatThrownBy(() -> Vocabulary.of(Map.of("regex", List.of("re:(unclosed"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("@regex");
    }

    @Test
    void mergeLeavesTheOriginalUnchanged() {
        Vocabulary base = Vocabulary.of(Map.of("timeout", List.of("deadline")));
        base.merge(Map.of("timeout", List.of("time box")));
        assertThat(base.synonyms("timeout")).containsExactly("deadline");
    }

    private static void assertMatches(String concept, String... texts) {
        Concept c = BUNDLED.concept(concept).orElseThrow();
        for (String text : texts) {
            assertThat(c.matches(Normalizer.normalize(text))).as("@%s in \"%s\"", concept, text).isTrue();
        }
    }

    private static void assertNoMatch(String concept, String... texts) {
        Concept c = BUNDLED.concept(concept).orElseThrow();
        for (String text : texts) {
            assertThat(c.matches(Normalizer.normalize(text))).as("@%s in \"%s\"", concept, text).isFalse();
        }
    }
}
