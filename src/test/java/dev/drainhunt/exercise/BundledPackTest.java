package dev.drainhunt.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The shape every exercise of the bundled pack must have, beyond what the validator enforces for any pack. */
class BundledPackTest {

    private static final List<String> TAGS = PackValidator.KNOWN_TAGS;

    private static final int DIFF_CONTEXT = 3;

    private static List<Exercise> exercises() {
        PackValidator.Result result = new Catalog(new PackValidator(c -> Optional.empty())).loadBundled();
        assertThat(result.problems()).extracting(Problem::format).isEmpty();
        return result.pack().orElseThrow().exercises();
    }

    private static Stream<DynamicTest> each(String what, java.util.function.Consumer<Exercise> check) {
        return exercises().stream().map(e -> DynamicTest.dynamicTest(what + ": " + e.label(), () -> check.accept(e)));
    }

    @TestFactory
    Stream<DynamicTest> buggyCodeFitsOnOneScreen() {
        return each("at most 45 lines", e -> assertThat(e.buggy()).hasSizeLessThanOrEqualTo(45));
    }

    @TestFactory
    Stream<DynamicTest> hasThreeHintsThatNeverQuoteAFixLine() {
        return each("hints", e -> {
            assertThat(e.hints()).hasSize(3);
            List<String> addedLines = addedFixLines(e);
            for (String hint : e.hints()) {
                for (String line : addedLines) {
                    assertThat(hint).as("hint of %s quotes the fix line %s", e.id(), line).doesNotContain(line);
                }
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> everyBugLineIsNearAChangeOrNamedInTheExplanation() {
        return each("bug lines", e -> {
            List<AbstractDelta<String>> deltas = DiffUtils.diff(e.buggy(), e.fix()).getDeltas();
            String explanation = String.join("\n", e.explanation());
            for (int line : e.bugLines()) {
                boolean nearChange = deltas.stream().anyMatch(d -> {
                    int from = d.getSource().getPosition() + 1;
                    int to = from + Math.max(0, d.getSource().size() - 1);
                    // "Near" means inside the hunk the learner sees: the change plus a unified diff's context.
                    return line >= from - DIFF_CONTEXT && line <= to + DIFF_CONTEXT;
                });
                String code = e.buggy().get(line - 1).strip();
                boolean named = explanation.contains("line " + line) || explanation.contains(code);
                assertThat(nearChange || named).as("%s: bug line %d (%s) is neither near a change nor named",
                        e.id(), line, code).isTrue();
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> usesOnlyThePackTagsAndHttpsReferences() {
        return each("tags and references", e -> {
            assertThat(e.tags()).isSubsetOf(TAGS);
            assertThat(e.references()).isNotEmpty().allSatisfy(r -> assertThat(r.url()).startsWith("https://"));
        });
    }

    @TestFactory
    Stream<DynamicTest> carriesABehaviourHarnessNamedAfterItsFile() {
        return each("lab harness", e -> {
            assertThat(e.hasLab()).as("%s has a lab", e.id()).isTrue();
            assertThat(e.lab().harness()).isEqualTo(String.format("%02d-%s_test.go", e.number(), e.id()));
            if (e.lab().hasStub()) {
                assertThat(e.lab().stub()).isEqualTo(String.format("%02d-%s_stub.go", e.number(), e.id()));
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> onlyTheLostSignalAndTheTickerAreLeftToAnalyzers() {
        return each("static-only halves", e -> assertThat(e.lab().staticOnly()).extracting(Lab.StaticFinding::keyPoint)
                .isSubsetOf(e.number() == 1 ? List.of("unbuffered-signal-channel")
                        : e.number() == 19 ? List.of("tick-cannot-stop") : List.of()));
    }

    @TestFactory
    Stream<DynamicTest> fileNameMatchesNumberAndId() {
        return each("file name", e -> assertThat(getClass().getClassLoader()
                .getResource(Catalog.BUNDLED_RESOURCE + String.format("%02d-%s.json", e.number(), e.id())))
                .as("exercises/%02d-%s.json", e.number(), e.id()).isNotNull());
    }

    private static List<String> addedFixLines(Exercise e) {
        return DiffUtils.diff(e.buggy(), e.fix()).getDeltas().stream()
                .flatMap(d -> d.getTarget().getLines().stream())
                .map(String::strip)
                // Braces and blank lines are too short to count as quoting the fix.
                .filter(l -> l.length() >= 12)
                .toList();
    }
}
