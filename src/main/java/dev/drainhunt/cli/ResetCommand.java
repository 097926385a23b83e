package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.progress.PackProgress;
import dev.drainhunt.progress.ProgressStore;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drainhunt reset EX|--all}: forget progress, after saving a copy of it. */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = {"Forget your progress on one exercise, or on the whole pack with --all.",
            "A copy of the progress file is saved first. Asks on a terminal; elsewhere needs --yes."})
final class ResetCommand extends BaseCommand {

    @ArgGroup(multiplicity = "1")
    Target target;

    static final class Target {
        @Parameters(paramLabel = "EXERCISE", completionCandidates = ExerciseCandidates.class,
                description = "Exercise number or id.")
        String name;

        @Option(names = "--all", description = "Every exercise of the pack.")
        boolean all;
    }

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @Override
    public Integer call() {
        Pack pack = pack();
        Exercise exercise = target.all ? null : exercise(target.name);
        String what = exercise == null ? "all progress on the pack " + pack.name()
                : "your progress on exercise " + exercise.number() + " (" + exercise.id() + ")";
        // Said before any question: asking to confirm forgetting nothing would only make the learner wonder.
        PackProgress progress = learner().progress(pack);
        if (exercise == null ? progress.exercises().isEmpty() : !progress.exercises().containsKey(exercise.id())) {
            screen().println(nothingToReset(pack, exercise));
            return ExitCode.OK;
        }
        if (!yes) {
            if (!console().env().stdinIsTerminal()) {
                throw UserError.usage("reset needs --yes when not run on a terminal (it would forget " + what + ")");
            }
            if (!console().confirm("Forget " + what + "?")) {
                screen().println("Nothing reset.");
                return ExitCode.OK;
            }
        }
        ProgressStore store = learner().store();
        Optional<Path> backup = exercise == null ? store.resetAll(pack.name())
                : store.reset(pack.name(), exercise.id());
        if (backup.isEmpty()) {
            screen().println(nothingToReset(pack, exercise));
        } else {
            screen().println("Forgot " + what + ". The previous progress is saved in " + backup.get());
        }
        return ExitCode.OK;
    }

    private static String nothingToReset(Pack pack, Exercise exercise) {
        return exercise == null ? "Nothing to reset: there is no progress on the pack " + pack.name() + "."
                : "Nothing to reset for " + exercise.number() + " (" + exercise.id() + "): there is no progress on it.";
    }
}
