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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code drainhunt practice}: the interactive bug hunt. */
@Command(name = "practice", mixinStandardHelpOptions = true,
        description = {"Hunt bugs interactively: read the code, take hints, diagnose, see the fix, rate yourself.",
            "Starts with due reviews, then the first unsolved exercise. Progress is saved after every step."})
final class PracticeCommand implements Callable<Integer> {

    @ParentCommand
    DrainhuntCommand root;

    @Parameters(paramLabel = "EXERCISE", arity = "0..*", completionCandidates = ExerciseCandidates.class,
            description = "Exercises to practise, by number or id (default: due reviews, then unsolved ones).")
    List<String> names = new ArrayList<>();

    @Mixin
    FilterOptions filter = new FilterOptions();

    @Option(names = "--shuffle", description = "Practise in random order.")
    boolean shuffle;

    @Mixin
    LayoutOptions layout = new LayoutOptions();

    @Override
    public Integer call() {
        return runFor(root);
    }

    int runFor(DrainhuntCommand root) {
        App app = root.app();
        Pack pack = app.pack();
        List<Exercise> chosen = names.isEmpty() ? pack.exercises() : names.stream().map(app::exercise).toList();
        List<Exercise> candidates = filter.apply(chosen);
        if (candidates.isEmpty()) {
            throw UserError.usage("no exercise matches" + filter.describe());
        }
        PackProgress progress = app.progress(pack);
        LocalDate today = LocalDate.now(app.clock());
        List<Exercise> queue = names.isEmpty()
                ? StudyQueue.session(candidates, pack, progress, today, app.clock().getZone())
                : new ArrayList<>(candidates);
        if (shuffle) {
            queue = new ArrayList<>(queue);
            Collections.shuffle(queue, new Random());
        }
        if (queue.isEmpty()) {
            Screen screen = app.screen();
            screen.println("All " + candidates.size() + " exercises here are solved. " + app.nextUp(pack));
            screen.println("Practise one again with: drainhunt practice EXERCISE");
            return ExitCode.OK;
        }
        return app.practice(queue, layout);
    }
}
