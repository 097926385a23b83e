package dev.drainhunt.cli;

import dev.drainhunt.progress.Attempt;
import dev.drainhunt.progress.Mode;
import dev.drainhunt.progress.Outcome;
import dev.drainhunt.progress.Status;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.grading.Grader;
import dev.drainhunt.session.Learner;
import dev.drainhunt.terminal.Console;
import dev.drainhunt.terminal.Screen;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/**
 * A subcommand of drainhunt: its {@code call()} returns an {@link ExitCode}, and it reaches this run's services,
 * each built on first use, through the root command.
 */
abstract class BaseCommand implements Callable<Integer> {

    /** Set by picocli for an annotated command, by the constructor for a hand-built one ({@link HandBuilt}). */
    @ParentCommand
    DrainhuntCommand root;

    /** An annotated command: picocli creates it and sets {@link #root}. */
    BaseCommand() {
    }

    BaseCommand(DrainhuntCommand root) {
        this.root = root;
    }

    final Settings settings() {
        return root.app().settings();
    }

    final Clock clock() {
        return settings().clock();
    }

    final Console console() {
        return root.app().console();
    }

    final Screen screen() {
        return console().screen();
    }

    final Pack pack() {
        return root.app().pack();
    }

    final Exercise exercise(String name) {
        return root.app().packs().exercise(name);
    }

    final Grader grader() {
        return root.app().packs().grader();
    }

    final Learner learner() {
        return root.app().learner();
    }

    /** Whether the learner has solved an exercise. */
    final boolean solved(Exercise exercise) {
        return Status.of(learner().progress(pack()).exercise(exercise.id()), clock().getZone()).solved();
    }

    /**
     * Before showing the answer (or the fix, which is the answer) of {@code exercise}: on a terminal asks first when
     * it is neither solved nor revealed already ({@code yes} skips the question), then records the look, so that a
     * later right answer is not taken for a first try in the record and the team report.
     *
     * @return false when the learner said no; nothing was recorded then, and they were told what to do instead
     */
    final boolean confirmPeek(Exercise exercise, boolean yes) {
        if (!learner().peekable(pack(), exercise)) {
            return true;
        }
        if (!yes && !console().confirm("You have not solved exercise " + exercise.number() + " yet. Reveal it?")) {
            screen().println("Not revealed. drainhunt hint " + exercise.number() + " gives a hint instead.");
            return false;
        }
        learner().savePeek(pack(), exercise, clock().instant());
        return true;
    }

    /** Practises {@code queue} interactively and returns the exit code. */
    final int practice(List<Exercise> queue, LayoutOptions layout) {
        return root.app().practice(queue, layout);
    }
}
