package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.render.DiffView;
import dev.drainhunt.terminal.Screen;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code drainhunt diff EX}: only the diff from the buggy code to the fix. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Show the diff from an exercise's buggy code to its fix (nothing else, nothing recorded).")
final class DiffCommand implements Callable<Integer> {

    @ParentCommand
    DrainhuntCommand root;

    @Mixin
    ExerciseArgument target = new ExerciseArgument();

    @Mixin
    LayoutOptions layout = new LayoutOptions();

    @Override
    public Integer call() {
        App app = root.app();
        Exercise exercise = target.resolve(app);
        Screen screen = app.screen();
        screen.println(DiffView.render(exercise.buggy(), exercise.fix(), screen.width(),
                layout.sideBySide(screen.width())));
        return ExitCode.OK;
    }
}
