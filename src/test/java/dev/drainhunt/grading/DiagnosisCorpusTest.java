package dev.drainhunt.grading;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.KeyPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grades the diagnosis corpus (right, wrong and partial diagnoses written for each exercise of the bundled pack)
 * and holds the grader to its targets: at least 95% of right ones are graded correct (and at least 85% in every
 * exercise), at most 3% of wrong ones get any credit, and right diagnoses of one exercise rarely name another's key
 * points. The grader knows the whole pack, as in a session, so a false claim keeps a right diagnosis from correct.
 */
class DiagnosisCorpusTest {

    static final double RIGHT_TARGET = 0.95;
    static final double WRONG_TARGET = 0.03;
    /** No single exercise may fall below this full-credit rate, whatever the overall rate. */
    static final double EXERCISE_RIGHT_FLOOR = 0.85;

    private static final Path EXERCISES = Path.of("exercises");
    private static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
    // Only NN-<id>.json are exercises; pack.json and schema.json live beside them.
    private static final String EXERCISE_FILE = "\\d\\d-.+\\.json";

    // Loading is kept here on purpose: the real Catalog lives in the exercise package and may validate more.
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // The format allows "explanation" as one string as well as a list of paragraphs.
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    record PartialCase(String text, List<String> keyPoints) {
    }

    record Corpus(String exercise, List<String> right, List<String> wrong, List<PartialCase> partial) {
        Corpus {
            right = right == null ? List.of() : right;
            wrong = wrong == null ? List.of() : wrong;
            partial = partial == null ? List.of() : partial;
        }
    }

    /** Counts for one exercise, or the sum of all. */
    record Score(String name, int right, int rightFull, int wrong, int wrongCredited, int partial, int partialExact) {
        Score plus(Score o) {
            return new Score(name, right + o.right, rightFull + o.rightFull, wrong + o.wrong,
                    wrongCredited + o.wrongCredited, partial + o.partial, partialExact + o.partialExact);
        }
    }

    private static Map<String, Exercise> exercises;
    private static Map<String, Corpus> corpora;
    private static Grader GRADER = Grader.standard();

    @BeforeAll
    static void load() throws IOException {
        exercises = new LinkedHashMap<>();
        for (Path file : jsonFiles(EXERCISES, EXERCISE_FILE)) {
            Exercise e = JSON.readValue(file.toFile(), Exercise.class);
            exercises.put(e.id(), e);
        }
        corpora = loadCorpora();
        GRADER = Grader.standard().withCatalogue(List.copyOf(FreshBatchTest.bundledExercises().values()));
    }

    static Map<String, Corpus> loadCorpora() throws IOException {
        Map<String, Corpus> corpora = new LinkedHashMap<>();
        for (Path file : jsonFiles(CORPUS, ".+\\.json")) {
            Corpus c = JSON.readValue(file.toFile(), Corpus.class);
            assertThat(corpora.put(c.exercise(), c)).as("second corpus for %s in %s", c.exercise(), file).isNull();
        }
        return corpora;
    }

    private static List<Path> jsonFiles(Path dir, String nameRegex) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(nameRegex)).sorted().toList();
        }
    }

    @Test
    void everyExerciseHasACorpusAndEveryCorpusAnExercise() {
        assertThat(exercises).as("exercises in %s", EXERCISES.toAbsolutePath()).isNotEmpty();
        assertThat(corpora).as("corpus files in %s", CORPUS.toAbsolutePath()).isNotEmpty();
        assertThat(corpora.keySet()).as("exercises with a corpus").containsAll(exercises.keySet());
        assertThat(exercises.keySet()).as("corpus files naming a known exercise").containsAll(corpora.keySet());
    }

    @Test
    void everyCorpusHasRightAndWrongDiagnoses() {
        assertThat(corpora.values()).isNotEmpty().allSatisfy(c -> {
            assertThat(c.right()).as("right diagnoses for %s", c.exercise()).isNotEmpty();
            assertThat(c.wrong()).as("wrong diagnoses for %s", c.exercise()).isNotEmpty();
        });
    }

    @Test
    void partialDiagnosesNameKnownKeyPoints() {
        corpora.values().stream().filter(c -> exercises.containsKey(c.exercise())).forEach(c -> {
            Set<String> ids = keyPointIds(exercises.get(c.exercise()));
            for (PartialCase p : c.partial()) {
                assertThat(ids).as("key points of %s named by partial \"%s\"", c.exercise(), p.text())
                        .containsAll(p.keyPoints());
            }
        });
    }

    @Test
    void matchRulesOfThePackCompileCleanly() {
        assertThat(exercises.values()).isNotEmpty()
                .flatMap(GRADER::problems)
                .as("problems in match rules")
                .isEmpty();
    }

    @Test
    void gradesTheCorpusWithinTargets() {
        assertThat(corpora).as("corpus files in %s", CORPUS.toAbsolutePath()).isNotEmpty();
        List<String> misses = new ArrayList<>();
        List<Score> scores = new ArrayList<>();
        for (Exercise exercise : exercises.values()) {
            Corpus corpus = corpora.get(exercise.id());
            if (corpus != null) {
                scores.add(score(exercise, corpus, misses));
            }
        }
        assertThat(scores).as("exercises with a corpus").isNotEmpty();
        Score total = scores.stream().reduce(new Score("overall", 0, 0, 0, 0, 0, 0), Score::plus);

        System.out.println(table(scores, total));
        misses.forEach(System.out::println);

        assertThat(rate(total.rightFull(), total.right())).as("full-credit rate on right diagnoses")
                .isGreaterThanOrEqualTo(RIGHT_TARGET);
        assertThat(rate(total.wrongCredited(), total.wrong())).as("credit rate on wrong diagnoses")
                .isLessThanOrEqualTo(WRONG_TARGET);
        assertThat(scores).as("exercises below %.0f%% full credit", EXERCISE_RIGHT_FLOOR * 100)
                .allSatisfy(s -> assertThat(rate(s.rightFull(), s.right())).as(s.name())
                        .isGreaterThanOrEqualTo(EXERCISE_RIGHT_FLOOR));
    }

    /**
     * Key points that name one mechanism in several exercises: a right diagnosis of one may rightly name the others
     * (a drain that waits without a deadline, a loop that never looks at its context). Credit inside a group is not
     * counted as cross-exercise credit.
     */
    static final List<Set<String>> SHARED_KEY_POINTS = List.of(
            Set.of("pool-drain-wait/drain-wait-no-deadline", "global-once-unbounded-drain/wait-without-deadline",
                    "drain-ignores-context/wait-without-deadline", "cond-wait-drain/cond-wait-unbounded",
                    "unbounded-shutdown-fatal/shutdown-without-deadline"),
            Set.of("consumer-goroutine-loop/loop-ignores-ctx", "time-tick-loop/loop-ignores-context",
                    "select-default-spin/loop-never-exits"));

    /**
     * At most this share of (right diagnosis of one exercise, other exercise) pairs may name an unrelated point. A
     * ratchet: 1.3% before the held-out pass of grading2, 0.7% after it.
     */
    static final double CROSS_TARGET = 0.01;

    @Test
    void rightDiagnosesRarelyNameOtherExercisesKeyPoints() {
        int pairs = 0;
        int credited = 0;
        int unrelated = 0;
        List<String> examples = new ArrayList<>();
        Map<String, Integer> byExercise = new LinkedHashMap<>();
        for (Exercise own : exercises.values()) {
            Corpus corpus = corpora.get(own.id());
            if (corpus == null) {
                continue;
            }
            Set<String> ownPoints = qualified(own, keyPointIds(own));
            for (Exercise other : exercises.values()) {
                if (other == own) {
                    continue;
                }
                for (String text : corpus.right()) {
                    pairs++;
                    List<String> named = grade(other, text).matchedKeyPoints();
                    if (named.isEmpty()) {
                        continue;
                    }
                    credited++;
                    List<String> foreign = qualified(other, named).stream()
                            .filter(kp -> !shared(kp, ownPoints)).sorted().toList();
                    if (!foreign.isEmpty()) {
                        unrelated++;
                        byExercise.merge(other.number() + " " + other.id(), 1, Integer::sum);
                        examples.add("  cross credit  " + own.id() + " -> " + foreign + ": " + text);
                    }
                }
            }
        }
        System.out.printf("%nCross-exercise credit (right diagnoses graded against every other exercise): "
                        + "%d/%d pairs %.1f%% named a key point, %d/%d %.1f%% outside shared mechanisms%n",
                credited, pairs, 100.0 * rate(credited, pairs), unrelated, pairs, 100.0 * rate(unrelated, pairs));
        byExercise.forEach((name, n) -> System.out.printf("  %-40s credited %d foreign diagnoses%n", name, n));
        examples.forEach(System.out::println);
        assertThat(rate(unrelated, pairs)).as("cross-exercise credit rate outside shared mechanisms")
                .isLessThanOrEqualTo(CROSS_TARGET);
    }

    private static Set<String> qualified(Exercise exercise, java.util.Collection<String> keyPoints) {
        return keyPoints.stream().map(kp -> exercise.id() + "/" + kp).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean shared(String keyPoint, Set<String> ownPoints) {
        return SHARED_KEY_POINTS.stream()
                .anyMatch(group -> group.contains(keyPoint) && ownPoints.stream().anyMatch(group::contains));
    }

    private static Score score(Exercise exercise, Corpus corpus, List<String> misses) {
        int rightFull = 0;
        for (String text : corpus.right()) {
            Verdict v = grade(exercise, text);
            if (v.outcome() == Verdict.Outcome.CORRECT) {
                rightFull++;
            } else {
                misses.add("  right, not full  " + exercise.id() + " missed " + v.missedKeyPoints() + ": " + text);
            }
        }
        int wrongCredited = 0;
        for (String text : corpus.wrong()) {
            Verdict v = grade(exercise, text);
            if (v.namedAny()) {
                wrongCredited++;
                misses.add("  wrong, credited  " + exercise.id() + " named " + v.matchedKeyPoints() + ": " + text);
            }
        }
        int partialExact = 0;
        for (PartialCase p : corpus.partial()) {
            Verdict v = grade(exercise, p.text());
            if (Set.copyOf(v.matchedKeyPoints()).equals(Set.copyOf(p.keyPoints()))) {
                partialExact++;
            } else {
                misses.add("  partial, inexact " + exercise.id() + " named " + v.matchedKeyPoints()
                        + " expected " + p.keyPoints() + ": " + p.text());
            }
        }
        return new Score(exercise.number() + " " + exercise.id(), corpus.right().size(), rightFull,
                corpus.wrong().size(), wrongCredited, corpus.partial().size(), partialExact);
    }

    private static Verdict grade(Exercise exercise, String text) {
        // A corpus entry is never blank; if one were, it would count as not credited.
        return GRADER.grade(exercise, text).orElse(new Verdict(Verdict.Outcome.MISSED, Verdict.AnswerKind.TEXT,
                Verdict.Outcome.MISSED, null, List.of(), List.copyOf(keyPointIds(exercise)), List.of(), List.of()));
    }

    private static Set<String> keyPointIds(Exercise exercise) {
        return exercise.keyPoints().stream().map(KeyPoint::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static double rate(int count, int of) {
        return of == 0 ? 0 : (double) count / of;
    }

    private static String table(List<Score> scores, Score total) {
        StringBuilder out = new StringBuilder();
        String row = "%-40s %14s %14s %14s%n";
        out.append(String.format("%nDiagnosis corpus (targets: right full credit >= %.0f%%, wrong credited <= %.0f%%)%n",
                RIGHT_TARGET * 100, WRONG_TARGET * 100));
        out.append(String.format(row, "exercise", "right full", "wrong credit", "partial exact"));
        for (Score s : scores) {
            out.append(String.format(row, s.name(), cell(s.rightFull(), s.right()),
                    cell(s.wrongCredited(), s.wrong()), cell(s.partialExact(), s.partial())));
        }
        out.append(String.format(row, total.name(), cell(total.rightFull(), total.right()),
                cell(total.wrongCredited(), total.wrong()), cell(total.partialExact(), total.partial())));
        return out.toString();
    }

    private static String cell(int count, int of) {
        return of == 0 ? "-" : String.format("%d/%d %3.0f%%", count, of, 100.0 * count / of);
    }
}
