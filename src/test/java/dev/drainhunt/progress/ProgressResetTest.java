package dev.drainhunt.progress;

import static dev.drainhunt.progress.Fixtures.CLOCK;
import static dev.drainhunt.progress.Fixtures.NOW;
import static dev.drainhunt.progress.Fixtures.PACK;
import static dev.drainhunt.progress.Fixtures.attempt;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressResetTest {

    @TempDir
    Path dir;

    final List<String> warnings = new ArrayList<>();
    ProgressStore store;

    @BeforeEach
    void recordSomeProgress() {
        store = new ProgressStore(dir, CLOCK, warnings::add);
        store.update(PACK, p -> p.withAttempt("ex-1", attempt(NOW, Outcome.CORRECT))
                .withAttempt("ex-2", attempt(NOW, Outcome.MISSED)));
        store.update("custom", p -> p.withAttempt("ex-1", attempt(NOW, Outcome.CORRECT)));
    }

    @Test
    void resettingAnExerciseForgetsOnlyThatExercise() {
        store.reset(PACK, "ex-1");

        ProgressFile after = store.read();
        assertThat(after.pack(PACK).exercises()).containsOnlyKeys("ex-2");
        assertThat(after.pack("custom").exercises()).containsOnlyKeys("ex-1");
    }

    @Test
    void resettingSavesTheVersionBeforeAndSaysWhere() throws IOException {
        byte[] before = Files.readAllBytes(dir.resolve("progress.json"));

        Optional<Path> saved = store.reset(PACK, "ex-1");

        assertThat(saved).contains(dir.resolve("progress.json.reset-20261128T201500Z"));
        assertThat(Files.readAllBytes(saved.orElseThrow())).isEqualTo(before);
    }

    @Test
    void resettingAPackForgetsThatPackOnly() {
        Optional<Path> saved = store.resetAll(PACK);

        assertThat(saved).isPresent();
        assertThat(store.read().packs()).containsOnlyKeys("custom");
    }

    @Test
    void twoResetsInOneSecondKeepBothBackups() {
        Path first = store.reset(PACK, "ex-1").orElseThrow();
        Path second = store.reset(PACK, "ex-2").orElseThrow();

        assertThat(first).isNotEqualTo(second).exists();
        assertThat(second.getFileName().toString()).isEqualTo("progress.json.reset-20261128T201500Z-2");
    }

    @Test
    void resettingWhatHasNoProgressWritesNothing() throws IOException {
        List<String> before = ProgressStoreTest.names(dir);

        assertThat(store.reset(PACK, "never-tried")).isEmpty();
        assertThat(store.resetAll("other-pack")).isEmpty();
        assertThat(ProgressStoreTest.names(dir)).isEqualTo(before);
    }
}
