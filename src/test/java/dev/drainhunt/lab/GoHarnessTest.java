package dev.drainhunt.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackValidator;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviour is the pack's ground truth: every exercise's harness fails on the buggy code and passes on the fix,
 * with every Go toolchain installed here (CI has Debian's 1.19 and, from backports, 1.23). Without Go it is
 * skipped with a message.
 */
class GoHarnessTest {

    private static final Path CACHE = Path.of("target", "go-cache");
    private static List<GoToolchain> toolchains;
    private static Pack pack;

    @TempDir
    static Path work;

    @BeforeAll
    static void setUp() {
        toolchains = GoToolchain.installed(name -> Optional.ofNullable(System.getenv(name)))
                .stream().filter(g -> g.atLeast(GoToolchain.MINIMUM)).toList();
        pack = new Catalog(new PackValidator(c -> Optional.empty())).loadBundled().pack().orElseThrow();
    }

    @TestFactory
    Stream<DynamicTest> everyHarnessFailsOnBuggyAndPassesOnTheFix() {
        assumeFalse(toolchains.isEmpty(), "Go " + GoToolchain.MINIMUM
                + "+ not found: skipping the behaviour harnesses of the pack (" + GoToolchain.HOW_TO_GET + ")");
        System.out.println("GoHarnessTest: running the harnesses with " + toolchains.stream()
                .map(GoToolchain::version).collect(Collectors.joining(", ")));
        return toolchains.stream().flatMap(go -> pack.exercises().stream().filter(Exercise::hasLab)
                .flatMap(e -> Stream.of(
                        DynamicTest.dynamicTest(go.version() + " " + e.label() + " buggy fails",
                                () -> check(go, e, false)),
                        DynamicTest.dynamicTest(go.version() + " " + e.label() + " fix passes",
                                () -> check(go, e, true)))));
    }

    private static void check(GoToolchain go, Exercise e, boolean fix) {
        Path module = work.resolve(go.languageVersion() + "-" + e.id() + (fix ? "-fix" : "-buggy"));
        HarnessModule.write(module, e, fix ? e.fix() : e.buggy(), HarnessModule.packStub(e, pack.files()),
                pack.files());
        HarnessResult result = new HarnessRunner(go, CACHE).run(module, e.lab().race());
        String seen = result.events().stream().map(ev -> "  " + ev.kind() + " " + ev.seconds() + " " + ev.text())
                .collect(Collectors.joining("\n")) + "\n" + result.output();
        assertThat(result.problem()).as("the harness gave a verdict:\n%s", seen).isEmpty();
        assertThat(result.passed()).as("%s on %s:\n%s", fix ? "the fix passes" : "the buggy code fails",
                go.version(), seen).isEqualTo(fix);
        assertThat(result.summary()).as("a one-line verdict:\n%s", seen).isPresent();
        assertThat(result.events()).as("a timeline of events").anyMatch(ev -> ev.kind() == LabEvent.Kind.EVENT);
    }
}
