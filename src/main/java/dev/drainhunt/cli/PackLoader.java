package dev.drainhunt.cli;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.KeyPoint;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackValidator;
import dev.drainhunt.exercise.Problem;
import dev.drainhunt.grading.Grader;
import dev.drainhunt.grading.MatchRule;
import dev.drainhunt.grading.RuleProblem;
import dev.drainhunt.grading.Vocabulary;
import dev.drainhunt.render.Count;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The pack to study and its grader, each loaded on first use; finds an exercise by the name a user typed. */
final class PackLoader {

    /**
     * The bundled pack's name (BundledPackTest holds it to exercises/pack.json). Progress is kept per pack name,
     * so a custom pack of that name would mix its progress with the bundled pack's.
     */
    static final String BUNDLED_NAME = "go-drain";

    private final Path exercisesDir;
    private final PrintWriter err;
    private Pack pack;
    private Grader grader;

    /** @param exercisesDir the pack's folder, or null for the bundled pack */
    PackLoader(Path exercisesDir, PrintWriter err) {
        this.exercisesDir = exercisesDir;
        this.err = err;
    }

    /**
     * The bundled image's rules were checked by the build. A class, not a lambda, like the other code every run
     * goes through once: on JDK 17 each lambda a run links costs its main thread some 0.2 ms.
     */
    private static final Function<String, Optional<String>> NO_RULE_CHECKS = new NoRuleChecks();

    /** The pack validator, with grading's knowledge of which match-rule concepts are sound. */
    static PackValidator validator() {
        Vocabulary vocabulary = Vocabulary.bundled();
        // Exercises share concepts (@deadline in one after another): check each distinct one once.
        Map<String, Optional<String>> checked = new HashMap<>();
        return new PackValidator(concept -> checked.computeIfAbsent(concept, c -> MatchRule.compile(
                        new KeyPoint("rule", "rule", List.of(List.of(c))), vocabulary)
                .problems().stream().findFirst().map(RuleProblem::message)));
    }

    /** The pack to study; a broken pack stops the command with every problem listed. */
    Pack pack() {
        if (pack == null) {
            // The bundled pack is validated, match rules too, when it is built (BundledPackImage) and by drainhunt
            // validate; reading its JSON with positions and checking it took every run about 30 ms.
            PackValidator.Result result = exercisesDir == null
                    ? new Catalog(new PackValidator(NO_RULE_CHECKS)).loadBundledImage()
                    : new Catalog(validator()).load(exercisesDir);
            if (!result.ok()) {
                for (Problem p : result.problems()) {
                    err.println(p.format());
                }
                int n = result.problems().size();
                throw new UserError(ExitCode.FAILED, "the exercise pack has " + Count.of(n, "problem")
                        + (n == 1 ? "; fix it" : "; fix them") + " (drainhunt validate lists them) and try again");
            }
            Pack loaded = result.pack().orElseThrow();
            if (exercisesDir != null && loaded.name().equals(BUNDLED_NAME)) {
                throw new UserError(ExitCode.FAILED, "the pack in " + exercisesDir + " is named \"" + BUNDLED_NAME
                        + "\", like the bundled pack, and progress is kept per pack name: give it a name of its own "
                        + "in " + exercisesDir.resolve("pack.json") + " so the two are kept apart");
            }
            pack = loaded;
        }
        return pack;
    }

    /** The exercise a user named by number or id, or a usage error with the closest id. */
    Exercise exercise(String name) {
        Pack p = pack();
        Optional<Exercise> found = p.find(name);
        if (found.isPresent()) {
            return found.get();
        }
        List<String> suggestions = p.suggestions(name);
        throw UserError.usage("no exercise \"" + name + "\"" + (suggestions.isEmpty()
                ? " (drainhunt list shows " + p.size() + ": 1-" + p.size() + " or an id)"
                : UsageErrors.didYouMean(suggestions)));
    }

    /** The grader, knowing the whole pack: a diagnosis that claims another exercise's mechanism is told so. */
    Grader grader() {
        if (grader == null) {
            grader = Grader.standard().withCatalogue(pack().exercises());
        }
        return grader;
    }

    private static final class NoRuleChecks implements Function<String, Optional<String>> {
        @Override
        public Optional<String> apply(String concept) {
            return Optional.empty();
        }
    }
}
