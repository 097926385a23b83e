package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.render.ExerciseView;
import dev.drainhunt.terminal.Screen;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code drainhunt show EX}: the buggy code to hunt in, never the fix. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show an exercise's buggy code with line numbers (the fix stays hidden).")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    DrainhuntCommand root;

    @Mixin
    ExerciseArgument target = new ExerciseArgument();

    @Override
    public Integer call() {
        App app = root.app();
        Exercise exercise = target.resolve(app);
        Screen screen = app.screen();
        screen.println(ExerciseView.header(app.pack(), exercise, screen.width()));
        screen.println();
        screen.println(ExerciseView.code(exercise, screen.width()));
        return ExitCode.OK;
    }
}
