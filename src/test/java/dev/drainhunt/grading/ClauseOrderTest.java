package dev.drainhunt.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.exercise.Exercise;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A property over the tuned corpus: a diagnosis of two clauses says the same in either order, so swapping them must
 * not change which key points are found, neither those of its own exercise nor those of any other exercise of the
 * pack (whose rules it meets as cross-exercise credit and false claims).
 */
class ClauseOrderTest {

    // The one place where the two clauses meet: "; " or ". " (a sentence end, not the dot of srv.Close).
    private static final Pattern SEAM = Pattern.compile("[.;] ");

    private static Map<String, Exercise> exercises;
    private static Map<String, DiagnosisCorpusTest.Corpus> corpora;
    // Which key points a text names does not depend on the catalogue; without it every grade is a lot cheaper.
    private static final Grader GRADER = Grader.standard();

    @BeforeAll
    static void load() throws IOException {
        exercises = FreshBatchTest.bundledExercises();
        corpora = DiagnosisCorpusTest.loadCorpora();
    }

    @Test
    void swappingTheTwoClausesOfARightDiagnosisFindsTheSameKeyPoints() {
        int diagnoses = 0;
        List<String> ownFlips = new ArrayList<>();
        List<String> packFlips = new ArrayList<>();
        for (DiagnosisCorpusTest.Corpus corpus : corpora.values()) {
            Exercise own = exercises.get(corpus.exercise());
            for (String text : corpus.right()) {
                String swapped = swapped(text);
                if (swapped == null) {
                    continue;
                }
                diagnoses++;
                boolean flipped = false;
                for (Exercise graded : exercises.values()) {
                    List<String> asWritten = found(graded, text);
                    List<String> reversed = found(graded, swapped);
                    if (!asWritten.equals(reversed)) {
                        String flip = "  " + own.id() + " graded as " + graded.id() + " " + asWritten + " -> "
                                + reversed + ": " + text;
                        (graded == own ? ownFlips : packFlips).add(flip);
                        flipped = true;
                    }
                }
                if (flipped) {
                    packFlips.add("");
                }
            }
        }
        long flippedDiagnoses = packFlips.stream().filter(String::isEmpty).count();
        System.out.printf("Clause order: of %d two-clause right diagnoses, %d change their own exercise's key points "
                + "when swapped, %d those of some exercise of the pack%n", diagnoses, ownFlips.size(), flippedDiagnoses);
        ownFlips.forEach(System.out::println);
        packFlips.stream().filter(f -> !f.isEmpty()).forEach(System.out::println);
        // Enough pairs that the property says something about the corpus, not about a handful of texts.
        assertThat(diagnoses).as("two-clause right diagnoses in the corpus").isGreaterThanOrEqualTo(100);
        assertThat(ownFlips).as("key points of their own exercise that depend on clause order").isEmpty();
        assertThat(packFlips).as("key points of the pack that depend on clause order").allMatch(String::isEmpty);
    }

    @Test
    void theSeamIsFoundOnlyInTextsOfExactlyTwoClauses() {
        assertThat(swapped("unbuffered signal channel; Close not Shutdown with timeout"))
                .isEqualTo("Close not Shutdown with timeout; unbuffered signal channel");
        assertThat(swapped("srv.Close() kills requests. Use Shutdown.")).isEqualTo("Use Shutdown. srv.Close() kills requests");
        assertThat(swapped("one; two; three")).isNull();
        assertThat(swapped("one clause, but another")).isNull();
        assertThat(swapped("no seam here")).isNull();
    }

    /** The two clauses in the other order, or null when the text is not two clauses joined by "; " or ". ". */
    static String swapped(String text) {
        String body = text.strip().replaceAll("[.;]+$", "");
        Matcher seam = SEAM.matcher(body);
        if (!seam.find() || Denials.clauses(body).size() != 2) {
            return null;
        }
        String first = body.substring(0, seam.start());
        String second = body.substring(seam.end());
        if (first.isBlank() || second.isBlank() || SEAM.matcher(second).find()) {
            return null;
        }
        return second + seam.group() + first;
    }

    private static List<String> found(Exercise exercise, String text) {
        return GRADER.grade(exercise, text).orElseThrow().matchedKeyPoints();
    }
}
