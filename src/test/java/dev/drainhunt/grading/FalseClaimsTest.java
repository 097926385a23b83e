package dev.drainhunt.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.KeyPoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision: a diagnosis that lists every bug of the pack is correct nowhere, while right diagnoses rarely trip
 * over a mechanism of another exercise.
 */
class FalseClaimsTest {

    /** Every mechanism of the pack in one answer, as a learner gaming the grader would write it. */
    static final String SHOTGUN = String.join("; ",
            "the signal channel is unbuffered so signal.Notify drops the signal, and srv.Close() is a hard stop "
                    + "instead of Shutdown",
            "the drain context is derived from the already cancelled signal context so Shutdown gets no time",
            "wg.Wait() in Drain has no deadline and can block forever",
            "Submit can send on the closed queue and panic with send on closed channel",
            "the goroutine loop ignores ctx and never stops",
            "the handler sleeps and ignores the request context, and Shutdown never cancels request contexts",
            "the database is closed before the workers finish",
            "cancel is deferred but main does not wait for run to return",
            "the sync.Once is package-level so a second server never drains",
            "the select has an empty default case so it spins at 100% CPU",
            "os.Exit in the goroutine skips the deferred cleanup",
            "Shutdown uses context.Background() with no timeout and log.Fatal skips the deferred Close",
            "the goroutine captures the loop variable",
            "the offset is committed before the message is processed",
            "Drain ignores its context and always returns nil",
            "Shutdown is called from inside the handler and deadlocks waiting for itself",
            "SIGTERM is never handled so the process is killed without draining",
            "the reader is closed before the workers finish committing",
            "time.Tick leaks a ticker that is never stopped",
            "cond.Wait has no deadline and waits forever for inFlight to reach zero");

    private static Map<String, Exercise> exercises;
    private static Grader grader;

    @BeforeAll
    static void load() {
        exercises = FreshBatchTest.bundledExercises();
        grader = Grader.standard().withCatalogue(List.copyOf(exercises.values()));
    }

    @Test
    void aListOfEveryBugIsCorrectNowhere() {
        List<String> correct = exercises.values().stream()
                .filter(e -> grader.grade(e, SHOTGUN).orElseThrow().outcome() == Verdict.Outcome.CORRECT)
                .map(Exercise::label).sorted().toList();
        assertThat(correct).as("exercises where the shotgun answer is graded correct").isEmpty();
    }

    @Test
    void theShotgunIsToldWhichClaimsAreNotTrueHere() {
        Exercise first = exercises.values().stream().filter(e -> e.number() == 1).findFirst().orElseThrow();
        Verdict v = grader.grade(first, SHOTGUN).orElseThrow();
        assertThat(v.matchedKeyPoints()).hasSameSizeAs(first.keyPoints());
        assertThat(v.falseClaims()).isNotEmpty();
    }

    @Test
    void rightDiagnosesRarelyMakeAFalseClaim() throws IOException {
        List<String> flagged = new ArrayList<>();
        int total = 0;
        Map<String, List<String>> rights = rightDiagnoses();
        for (Map.Entry<String, List<String>> entry : rights.entrySet()) {
            Exercise e = exercises.get(entry.getKey());
            for (String text : entry.getValue()) {
                total++;
                List<KeyPoint> claims = grader.grade(e, text).orElseThrow().falseClaims();
                if (!claims.isEmpty()) {
                    flagged.add("  false claim  " + e.id() + " -> "
                            + claims.stream().map(KeyPoint::mechanismName).collect(Collectors.joining(", "))
                            + ": " + text);
                }
            }
        }
        System.out.printf("%nFalse claims on right diagnoses: %d/%d %.1f%%%n", flagged.size(), total,
                100.0 * flagged.size() / total);
        flagged.forEach(System.out::println);
        assertThat((double) flagged.size() / total).as("right diagnoses with a false claim").isLessThanOrEqualTo(0.03);
    }

    /** Right diagnoses of the tuned corpus and of every fresh batch, by exercise id. */
    static Map<String, List<String>> rightDiagnoses() throws IOException {
        Map<String, List<String>> out = new java.util.TreeMap<>();
        for (Path batch : FreshBatchTest.batchDirs()) {
            for (FreshBatchTest.Entry entry : FreshBatchTest.entries(batch)) {
                out.computeIfAbsent(entry.exercise(), k -> new ArrayList<>()).addAll(entry.right());
            }
        }
        for (DiagnosisCorpusTest.Corpus c : DiagnosisCorpusTest.loadCorpora().values()) {
            out.computeIfAbsent(c.exercise(), k -> new ArrayList<>()).addAll(c.right());
        }
        return out;
    }
}
