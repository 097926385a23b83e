package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.practice.StudyQueue;
import dev.drainhunt.progress.PackProgress;
import dev.drainhunt.terminal.Screen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code drainhunt practice}: the interactive bug hunt. */
@Command(name = "practice", mixinStandardHelpOptions = true,
        description = {"Hunt bugs interactively: read the code, take hints, diagnose, see the fix, rate yourself.",
            "Starts with due reviews, then the first unsolved exercise. Progress is saved after every step."})
final class PracticeCommand extends BaseCommand {

    @Parameters(paramLabel = "EXERCISE", arity = "0..*", completionCandidates = ExerciseCandidates.class,
            description = "Exercises to practise, by number or id (default: due reviews, then unsolved ones).")
    List<String> names = new ArrayList<>();

    @Mixin
    FilterOptions filter = new FilterOptions();

    @Option(names = "--shuffle", description = "Practise in random order.")
    boolean shuffle;

    @Mixin
    LayoutOptions layout = new LayoutOptions();

    /** The bare {@code drainhunt}: practice with no exercise named and no options. */
    static PracticeCommand of(DrainhuntCommand root) {
        PracticeCommand command = new PracticeCommand();
        command.root = root;
        return command;
    }

    @Override
    public Integer call() {
        Pack pack = pack();
        List<Exercise> chosen = names.isEmpty() ? pack.exercises() : names.stream().map(this::exercise).toList();
        List<Exercise> candidates = filter.apply(pack, chosen);
        if (candidates.isEmpty()) {
            throw UserError.usage("no exercise matches" + filter.describe());
        }
        PackProgress progress = learner().progress(pack);
        LocalDate today = LocalDate.now(clock());
        List<Exercise> queue = names.isEmpty()
                ? StudyQueue.session(candidates, pack, progress, today, clock().getZone())
                : new ArrayList<>(candidates);
        if (shuffle) {
            queue = new ArrayList<>(queue);
            Collections.shuffle(queue, new Random());
        }
        if (queue.isEmpty()) {
            Screen screen = screen();
            screen.println("All " + candidates.size() + " exercises here are solved. " + learner().nextUp(pack));
            screen.println("Practise one again with: drainhunt practice EXERCISE");
            return ExitCode.OK;
        }
        return practice(queue, layout);
    }
}
