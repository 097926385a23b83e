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
        int seen = learner().progress(pack).exercise(exercise.id()).hintsTaken();
        int upTo = level != null ? level : Math.min(count, seen + 1);
        int fresh = Math.max(0, upTo - seen);
        if (fresh > 0) {
            learner().update(pack, p -> withHints(p, exercise.id(), fresh));
        }
        Screen screen = screen();
        for (int k = 1; k <= upTo; k++) {
            screen.println(PracticeView.hint(k, count, exercise.hints().get(k - 1), screen.width()));
        }
        if (upTo == count && level == null && seen >= count) {
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
