package dev.drainhunt.cli;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.PackValidator;
import dev.drainhunt.exercise.Problem;
import dev.drainhunt.render.Count;
import dev.drainhunt.lab.GoSyntaxCheck;
import dev.drainhunt.lab.GoToolchain;
import dev.drainhunt.text.SafeText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code drainhunt validate [DIR]}: every problem of every file of a pack, positioned. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check an exercise pack and list every problem as FILE:LINE:COL: FIELD: message.",
            "Exits 1 when there is any."})
final class ValidateCommand extends BaseCommand {

    @Parameters(paramLabel = "DIR", arity = "0..1",
            description = "The pack folder (default: --exercises, else the bundled pack).")
    Path dir;

    @Override
    public Integer call() {
        Path target = dir != null ? dir : settings().exercisesDir();
        Catalog catalog = new Catalog(PackLoader.validator());
        PackValidator.Result result = target == null ? catalog.loadBundled() : catalog.load(target);
        String where = target == null ? "the bundled pack" : SafeText.clean(target.toString());
        // Warnings (a tag outside the vocabulary) never change the exit code: the pack still loads.
        for (Problem w : result.warnings()) {
            screen().println("warning: " + w.format());
        }
        List<Problem> problems = new ArrayList<>(result.problems());
        if (result.ok()) {
            // The harnesses are Go: with Go at hand, check that they parse; without it, say what was not checked.
            Optional<GoToolchain> go = GoToolchain.find(settings().env()::get);
            if (go.isPresent()) {
                problems.addAll(new GoSyntaxCheck(go.get()).check(result.pack().orElseThrow(),
                        target == null ? "<bundled pack>" : target.toString()));
            } else {
                console().err().println("drainhunt: Go not found, so the lab harnesses were not parsed ("
                        + GoToolchain.HOW_TO_GET + ")");
            }
        }
        if (problems.isEmpty()) {
            int n = result.pack().orElseThrow().size();
            screen().println(where + ": " + Count.of(n, "exercise") + ", no problems");
            return ExitCode.OK;
        }
        for (Problem p : problems) {
            screen().println(p.format());
        }
        int n = problems.size();
        console().err().println("drainhunt: " + where + ": " + Count.of(n, "problem"));
        return ExitCode.FAILED;
    }
}
