package dev.drainhunt.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;

/**
 * Fuzzes the pack loader with arbitrary bytes as an exercise file and as a manifest. Whatever comes in, the
 * validator returns problems as values (never throws), and no message carries a raw control character to the
 * terminal. The seed corpus in PackFuzzTestInputs runs in every build; {@code bench/fuzz.sh} fuzzes for minutes.
 */
class PackFuzzTest {

    private static final PackValidator VALIDATOR = new PackValidator(c -> Optional.empty());

    @FuzzTest
    void anyExerciseFileGivesProblemsNotExceptions(byte[] data) {
        PackValidator.Result result = VALIDATOR.validate("p",
                Optional.of(new SourceFile("p/pack.json", ExerciseJson.manifest())),
                List.of(SourceFile.fromBytes("p/01-x.json", data)));
        assertClean(result);
    }

    @FuzzTest
    void anyManifestGivesProblemsNotExceptions(byte[] data) {
        PackValidator.Result result = VALIDATOR.validate("p", Optional.of(SourceFile.fromBytes("p/pack.json", data)),
                List.of(new SourceFile("p/01-a.json", ExerciseJson.valid("a", 1))));
        assertClean(result);
    }

    private static void assertClean(PackValidator.Result result) {
        assertThat(result.ok()).isEqualTo(result.problems().isEmpty());
        for (Problem p : result.problems()) {
            assertThat(p.format()).as("a problem message").doesNotContainPattern("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
        }
    }
}
