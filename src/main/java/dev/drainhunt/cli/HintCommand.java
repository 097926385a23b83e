package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.progress.PackProgress;
import dev.drainhunt.render.PracticeView;
import dev.drainhunt.terminal.Screen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code drainhunt hint EX}: the hints of an exercise, one more each time, counted in progress. */
@Command(name = "hint", mixinStandardHelpOptions = true,
        description = {"Show an exercise's hints: each run shows one more (all so far are repeated).",
            "Hints seen for the first time are counted in your progress."})
final class HintCommand extends BaseCommand {

    @Mixin
    ExerciseArgument target = new ExerciseArgument();

    @Option(names = {"-l", "--level"}, paramLabel = "K", description = "Show hints 1 to K (default: one more than "
            + "you have seen).")
    Integer level;

    @Override
    public Integer call() {
        Pack pack = pack();
        Exercise exercise = exercise(target.name);
        int count = exercise.hints().size();
        if (level != null && (level < 1 || level > count)) {
            throw UserError.usage("--level must be 1 to " + count + " for exercise " + exercise.number());
        }
        // Read and counted under the store's lock: read outside it, four runs at once each added all three hints.
        int[] seen = new int[1];
        int[] upTo = new int[1];
        learner().update(pack, p -> {
            seen[0] = p.exercise(exercise.id()).hintsTaken();
            upTo[0] = level != null ? level : (int) Math.min(count, seen[0] + 1L);
            return withHints(p, exercise.id(), Math.max(0, upTo[0] - seen[0]));
        });
        Screen screen = screen();
        for (int k = 1; k <= upTo[0]; k++) {
            screen.println(PracticeView.hint(k, count, exercise.hints().get(k - 1), screen.width()));
        }
        if (upTo[0] == count && level == null && seen[0] >= count) {
            screen.println("  (that is every hint; drainhunt reveal " + exercise.number() + " shows the answer)");
        }
        return ExitCode.OK;
    }

    private static PackProgress withHints(PackProgress progress, String id, int count) {
        PackProgress out = progress;
        for (int i = 0; i < count; i++) {
            out = out.withHintTaken(id);
        }
        return out;
    }
}
