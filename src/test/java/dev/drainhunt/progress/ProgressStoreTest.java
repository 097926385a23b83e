package dev.drainhunt.progress;

import static dev.drainhunt.progress.Fixtures.CLOCK;
import static dev.drainhunt.progress.Fixtures.NOW;
import static dev.drainhunt.progress.Fixtures.PACK;
import static dev.drainhunt.progress.Fixtures.attempt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressStoreTest {

    @TempDir
    Path dir;

    final List<String> warnings = new ArrayList<>();

    ProgressStore store() {
        return new ProgressStore(dir, CLOCK, warnings::add);
    }

    @Test
    void aSchema1FileWithoutFixesStillLoadsAndIsWrittenInTheCurrentSchemaWithTheFix() throws IOException {
        Files.writeString(dir.resolve("progress.json"), "{ \"schemaVersion\" : 1, \"learner\" : null, \"packs\" : { \""
                + PACK + "\" : { \"exercises\" : { \"ex-1\" : { \"attempts\" : [ ], \"hintsTaken\" : 2, "
                + "\"review\" : null } } } } }\n");

        assertThat(store().read().pack(PACK).exercise("ex-1").fixed()).isNull();
        store().update(PACK, p -> p.withFixed("ex-1", NOW));

        ProgressFile read = store().read();
        assertThat(read.schemaVersion()).isEqualTo(ProgressFile.SCHEMA_VERSION);
        assertThat(read.pack(PACK).exercise("ex-1").fixed()).isEqualTo(NOW);
        assertThat(read.pack(PACK).exercise("ex-1").hintsTaken()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("progress.json"))).contains("\"fixed\" : \"2026-11-28T20:15:00Z\"");
        assertThat(warnings).isEmpty();
    }

    @Test
    void readsBackEverythingItSaved() {
        Attempt full = new Attempt(NOW, Mode.LINES, Outcome.CORRECT, List.of("no-deadline", "wrong-ctx"), 2, 95,
                Rating.GOOD);
        Review review = new Review(12.3, 4.56, LocalDate.parse("2026-11-28"), 12, LocalDate.parse("2026-12-10"));
        store().setLearner("Ada");
        store().update(PACK, p -> p.withAttempt("ex-1", full).withHintTaken("ex-1").withHintTaken("ex-2")
                .with("ex-3", ExerciseProgress.none().withReview(review)));
        store().update("my-pack", p -> p.withAttempt("ex-1", attempt(NOW, Outcome.REVEALED)));

        ProgressFile read = store().read();

        assertThat(read.learner()).isEqualTo("Ada");
        assertThat(read.schemaVersion()).isEqualTo(ProgressFile.SCHEMA_VERSION);
        assertThat(read.pack(PACK).exercise("ex-1").attempts()).containsExactly(full);
        assertThat(read.pack(PACK).exercise("ex-1").hintsTaken()).isEqualTo(1);
        assertThat(read.pack(PACK).exercise("ex-2").hintsTaken()).isEqualTo(1);
        assertThat(read.pack(PACK).exercise("ex-3").review()).isEqualTo(review);
        assertThat(read.pack("my-pack").exercise("ex-1").attempts()).extracting(Attempt::verdict)
                .containsExactly(Outcome.REVEALED);
        assertThat(warnings).isEmpty();
    }

    @Test
    void writesTheDocumentedJsonShape() throws IOException {
        store().update(PACK, p -> p.withAttempt("ex-1",
                new Attempt(NOW, Mode.TEXT, Outcome.PARTIAL, List.of("kp"), 1, 40, Rating.HARD)));

        String json = Files.readString(dir.resolve("progress.json"));

        assertThat(json)
                .contains("\"schemaVersion\" : 3", "\"learner\" : null", "\"packs\"", "\"drain-basics\"",
                        "\"exercises\"", "\"ex-1\"", "\"hintsTaken\" : 0", "\"review\" : null",
                        "\"at\" : \"2026-11-28T20:15:00Z\"", "\"mode\" : \"text\"", "\"verdict\" : \"partial\"",
                        "\"keyPoints\" : [ \"kp\" ]", "\"hintsUsed\" : 1", "\"seconds\" : 40", "\"rating\" : \"hard\"")
                .endsWith("\n");
    }

    @Test
    void migratesSm2ReviewsToFsrsKeepingTheOldFileAsTheBackup() throws IOException {
        String v1 = "{ \"schemaVersion\" : 1, \"learner\" : null, \"packs\" : { \"" + PACK + "\" : { \"exercises\" : {"
                + " \"ex-1\" : { \"attempts\" : [ ], \"hintsTaken\" : 0, \"review\" : { \"repetitions\" : 3,"
                + " \"ease\" : 2.5, \"intervalDays\" : 15, \"due\" : \"2026-12-10\" } } } } } }\n";
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("progress.json"), v1);

        Review migrated = store().read().pack(PACK).exercise("ex-1").review();
        assertThat(migrated.due()).isEqualTo(LocalDate.parse("2026-12-10"));
        assertThat(migrated.intervalDays()).isEqualTo(15);
        store().update(PACK, p -> p.withHintTaken("ex-1"));

        assertThat(Files.readString(dir.resolve("progress.json"))).contains("\"schemaVersion\" : 3", "\"stability\"");
        assertThat(dir.resolve("progress.json.bak")).hasContent(v1.strip());
        assertThat(warnings).isEmpty();
    }

    @Test
    void keepsPacksApartByName() {
        store().update(PACK, p -> p.withAttempt("ex-1", attempt(NOW, Outcome.CORRECT)));
        store().update("custom", p -> p.withAttempt("ex-1", attempt(NOW, Outcome.MISSED)));

        ProgressFile read = store().read();

        assertThat(read.pack(PACK).exercise("ex-1").attempts()).extracting(Attempt::verdict)
                .containsExactly(Outcome.CORRECT);
        assertThat(read.pack("custom").exercise("ex-1").attempts()).extracting(Attempt::verdict)
                .containsExactly(Outcome.MISSED);
    }

    @Test
    void readingWithoutAnyFileGivesEmptyProgressAndCreatesNothing() {
        Path missing = dir.resolve("not-yet");

        ProgressFile read = new ProgressStore(missing, CLOCK, warnings::add).read();

        assertThat(read).isEqualTo(ProgressFile.empty());
        assertThat(missing).doesNotExist();
    }

    @Test
    void createsAMissingDataDirectoryOnTheFirstSave() {
        Path nested = dir.resolve("a/b/drainhunt");

        new ProgressStore(nested, CLOCK, warnings::add).update(PACK, p -> p.withHintTaken("ex-1"));

        assertThat(nested.resolve("progress.json")).isRegularFile();
    }

    @Test
    void savingLeavesNoTemporaryFilesBehind() throws IOException {
        for (int i = 0; i < 5; i++) {
            store().update(PACK, p -> p.withAttempt("ex-1", attempt(NOW, Outcome.MISSED)));
        }

        assertThat(names(dir)).containsExactlyInAnyOrder("progress.json", "progress.json.bak", "progress.lock");
    }

    @Test
    void keepsThePreviousVersionAsBak() throws IOException {
        store().update(PACK, p -> p.withAttempt("ex-1", attempt(NOW, Outcome.MISSED)));
        ProgressFile first = store().read();
        store().update(PACK, p -> p.withAttempt("ex-1", attempt(NOW, Outcome.CORRECT)));

        ProgressFile bak = ProgressJson.progress(ProgressJson.tree(Files.readAllBytes(dir.resolve("progress.json.bak"))));

        assertThat(bak).isEqualTo(first);
        assertThat(store().read()).isNotEqualTo(first);
    }

    @Test
    void aChangeThatChangesNothingWritesNothing() {
        store().update(PACK, p -> p);

        assertThat(dir.resolve("progress.json")).doesNotExist();
    }

    @Test
    void removesTemporaryFilesAKilledWriterLeftBehind() throws IOException {
        store().update(PACK, p -> p.withHintTaken("ex-1"));
        Files.writeString(dir.resolve("progress.json.0f3a.tmp"), "{ half a fi");

        store().update(PACK, p -> p.withHintTaken("ex-1"));

        assertThat(names(dir)).containsExactlyInAnyOrder("progress.json", "progress.json.bak", "progress.lock");
    }

    @Test
    void threadsOfOneProcessInterleaveWithoutLosingAnUpdate() throws Exception {
        // Two store objects on one directory in one JVM: the in-process lock must keep their FileLocks
        // from overlapping.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                ProgressStore store = store();
                String id = "ex-" + t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        store.update(PACK, p -> p.withHintTaken(id));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        PackProgress pack = store().read().pack(PACK);
        assertThat(Stream.of("ex-0", "ex-1", "ex-2", "ex-3").mapToInt(id -> pack.exercise(id).hintsTaken()))
                .containsOnly(25);
    }

    @Test
    void anUpdateInsideAnUpdateIsRefusedRatherThanDeadlocked() {
        ProgressStore store = store();

        assertThatThrownBy(() -> store.update(PACK, p -> {
            store.update(PACK, q -> q.withHintTaken("ex-1"));
            return p;
        }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nested");
        assertThat(store().read()).isEqualTo(ProgressFile.empty());
    }

    @Test
    void savesTextAsUtf8() throws IOException {
        store().setLearner("Zoë Ø'Brien");

        assertThat(new String(Files.readAllBytes(dir.resolve("progress.json")), StandardCharsets.UTF_8))
                .contains("Zoë Ø'Brien");
        assertThat(store().read().learner()).isEqualTo("Zoë Ø'Brien");
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
