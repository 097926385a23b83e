package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.render.DiffView;
import dev.drainhunt.terminal.Screen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code drainhunt diff EX}: only the diff from the buggy code to the fix. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show the diff from an exercise's buggy code to its fix (nothing else).",
            "The diff is the answer: seeing it before solving is recorded, like reveal."})
final class DiffCommand extends BaseCommand {

    @Mixin
    ExerciseArgument target = new ExerciseArgument();

    @Mixin
    LayoutOptions layout = new LayoutOptions();

    @Override
    public Integer call() {
        Exercise exercise = exercise(target.name);
        if (!solved(exercise)) {
            recordPeek(exercise);
        }
        Screen screen = screen();
        screen.println(DiffView.render(exercise.buggy(), exercise.fix(), screen.width(),
                layout.sideBySide(screen.width()), screen.glyphs()));
        return ExitCode.OK;
    }
}
