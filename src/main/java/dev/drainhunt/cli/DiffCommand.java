package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.render.DiffView;
import dev.drainhunt.terminal.Screen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code drainhunt diff EX}: only the diff from the buggy code to the fix. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show the diff from an exercise's buggy code to its fix (nothing else).",
            "The diff is the answer: on a terminal asks first when you have not solved it, and seeing it before "
                    + "solving is recorded, like reveal."})
final class DiffCommand extends BaseCommand {

    @Mixin
    ExerciseArgument target = new ExerciseArgument();

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @Mixin
    LayoutOptions layout = new LayoutOptions();

    @Override
    public Integer call() {
        Exercise exercise = exercise(target.name);
        if (!confirmPeek(exercise, yes)) {
            return ExitCode.OK;
        }
        Screen screen = screen();
        screen.println(DiffView.render(exercise.buggy(), exercise.fix(), screen.width(),
                layout.sideBySide(screen.width()), screen.glyphs()));
        return ExitCode.OK;
    }
}
