package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.render.PracticeView;
import dev.drainhunt.terminal.Screen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code drainhunt reveal EX}: the answer, after a confirmation when the exercise is not solved yet. */
@Command(name = "reveal", mixinStandardHelpOptions = true,
        description = {"Show an exercise's answer: key points, explanation, the diff to the fix, references.",
            "On a terminal asks first when you have not solved it; revealing an unsolved exercise is recorded "
                    + "and brings it back for review tomorrow."})
final class RevealCommand extends BaseCommand {

    @Mixin
    ExerciseArgument target = new ExerciseArgument();

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @Mixin
    LayoutOptions layout = new LayoutOptions();

    @Override
    public Integer call() {
        Exercise exercise = exercise(target.name);
        boolean solved = solved(exercise);
        if (!confirmPeek(exercise, yes)) {
            return ExitCode.OK;
        }
        Screen screen = screen();
        screen.println(PracticeView.reveal(exercise, solved, screen.width(),
                layout.sideBySide(screen.width()), screen.glyphs()));
        return ExitCode.OK;
    }
}
