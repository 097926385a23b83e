package dev.drainhunt.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.KeyPoint;
import dev.drainhunt.exercise.PackValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Grades each fresh batch of diagnoses: written by someone who never saw the match rules, scored once before any
 * rule was tuned on it (that figure is kept in the batch's {@code batch.json} and printed beside today's).
 * Prints per-exercise figures; the gates of the whole corpus live in {@link DiagnosisCorpusTest}.
 */
class FreshBatchTest {

    static final Path FRESH = Path.of("src", "test", "resources", "corpus-fresh");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final Grader GRADER = Grader.standard()
            .withCatalogue(List.copyOf(bundledExercises().values()));

    record Partial(String text, List<String> names) {
    }

    record Entry(String exercise, List<String> right, List<String> wrong, List<Partial> partial) {
        Entry {
            right = right == null ? List.of() : right;
            wrong = wrong == null ? List.of() : wrong;
            partial = partial == null ? List.of() : partial;
        }
    }

    /** How a batch scored: full credit on right diagnoses, any credit on wrong ones. */
    record Figure(int rightFull, int right, int wrongCredited, int wrong) {
        String describe() {
            return String.format("right full credit %d/%d %.1f%%, wrong credited %d/%d %.1f%%", rightFull, right,
                    100.0 * rightFull / Math.max(1, right), wrongCredited, wrong, 100.0 * wrongCredited / Math.max(1, wrong));
        }
    }

    record Batch(String name, String written, String author, Figure preTuning) {
    }

    static Map<String, Exercise> bundledExercises() {
        return new Catalog(new PackValidator(c -> Optional.empty())).loadBundled().pack().orElseThrow()
                .exercises().stream().collect(Collectors.toMap(Exercise::id, Function.identity()));
    }

    static List<Path> batchDirs() throws IOException {
        if (!Files.isDirectory(FRESH)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(FRESH)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    static List<Entry> entries(Path batch) throws IOException {
        try (Stream<Path> files = Files.list(batch)) {
            List<Entry> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d\\d-.+\\.json")).sorted().toList()) {
                out.add(JSON.readValue(f.toFile(), Entry.class));
            }
            return out;
        }
    }

    /** Scores a batch as the grader stands now; misses are added to {@code misses}. */
    static Figure score(List<Entry> entries, Map<String, Exercise> exercises, List<String> rows, List<String> misses) {
        int rightFull = 0;
        int right = 0;
        int wrongCredited = 0;
        int wrong = 0;
        for (Entry entry : entries) {
            Exercise e = exercises.get(entry.exercise());
            assertThat(e).as("exercise %s of a fresh batch", entry.exercise()).isNotNull();
            int full = 0;
            for (String text : entry.right()) {
                Verdict v = GRADER.grade(e, text).orElseThrow();
                if (v.outcome() == Verdict.Outcome.CORRECT) {
                    full++;
                } else {
                    misses.add("  right, not full  " + e.id() + " " + v.outcome() + " missed " + v.missedKeyPoints()
                            + ": " + text);
                }
            }
            int credited = 0;
            for (String text : entry.wrong()) {
                Verdict v = GRADER.grade(e, text).orElseThrow();
                if (v.namedAny()) {
                    credited++;
                    misses.add("  wrong, credited  " + e.id() + " named " + v.matchedKeyPoints() + ": " + text);
                }
            }
            rows.add(String.format("  %-40s right full %2d/%-2d  wrong credited %d/%d", e.number() + " " + e.id(), full,
                    entry.right().size(), credited, entry.wrong().size()));
            rightFull += full;
            right += entry.right().size();
            wrongCredited += credited;
            wrong += entry.wrong().size();
        }
        return new Figure(rightFull, right, wrongCredited, wrong);
    }

    @Test
    void everyFreshBatchIsScoredBesideItsPreTuningFigure() throws IOException {
        Map<String, Exercise> exercises = bundledExercises();
        List<Path> batches = batchDirs();
        assertThat(batches).as("fresh batches in %s", FRESH.toAbsolutePath()).isNotEmpty();
        for (Path dir : batches) {
            Batch batch = JSON.readValue(dir.resolve("batch.json").toFile(), Batch.class);
            List<String> rows = new ArrayList<>();
            List<String> misses = new ArrayList<>();
            Figure now = score(entries(dir), exercises, rows, misses);
            System.out.printf("%nFresh batch %s (written %s by %s)%n  before tuning: %s%n  now:           %s%n",
                    batch.name(), batch.written(), batch.author(), batch.preTuning().describe(), now.describe());
            rows.forEach(System.out::println);
            misses.forEach(System.out::println);
            assertThat(now.right()).as("right diagnoses in %s", dir).isPositive();
            assertThat((double) now.rightFull() / now.right()).as("correct rate on right diagnoses of %s", dir)
                    .isGreaterThanOrEqualTo(DiagnosisCorpusTest.RIGHT_TARGET);
        }
    }

    /** Maps a partial's "names" (the start of a key point's summary) to key point ids. */
    static List<String> keyPointIds(Exercise e, List<String> names) {
        return names.stream().flatMap(n -> e.keyPoints().stream()
                .filter(k -> k.summary().startsWith(n.strip())).map(KeyPoint::id).findFirst().stream()).toList();
    }
}
