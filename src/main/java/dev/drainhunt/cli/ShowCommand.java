package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.render.ExerciseView;
import dev.drainhunt.terminal.Screen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code drainhunt show EX}: the buggy code to hunt in, never the fix. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show an exercise's buggy code with line numbers (the fix stays hidden).")
final class ShowCommand extends BaseCommand {

    @Mixin
    ExerciseArgument target = new ExerciseArgument();

    @Override
    public Integer call() {
        Exercise exercise = exercise(target.name);
        Screen screen = screen();
        screen.println(ExerciseView.header(pack(), exercise, screen.width(), screen.glyphs()));
        screen.println();
        screen.println(ExerciseView.code(exercise, screen.width(), screen.glyphs()));
        return ExitCode.OK;
    }
}
