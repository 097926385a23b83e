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
import picocli.CommandLine.Model.CommandSpec;

/** {@code drainhunt practice}: the interactive bug hunt. Its model is built by {@link HandBuilt}. */
final class PracticeCommand extends BaseCommand {

    final HandBuilt.Bound<List<String>> names = new HandBuilt.Bound<>(new ArrayList<>());
    final FilterOptions filter = new FilterOptions();
    final HandBuilt.Bound<Boolean> shuffle = new HandBuilt.Bound<>(false);
    final LayoutOptions layout = new LayoutOptions();

    /** Also the bare {@code drainhunt}: practice with no exercise named and no options. */
    PracticeCommand(DrainhuntCommand root) {
        super(root);
    }

    CommandSpec spec() {
        CommandSpec spec = HandBuilt.command(this, "practice",
                "Hunt bugs interactively: read the code, take hints, diagnose, see the fix, rate yourself.",
                "Starts with due reviews, then the first unsolved exercise. Progress is saved after every step.");
        spec.addPositional(HandBuilt.parameter(List.class, "EXERCISE",
                "Exercises to practise, by number or id (default: due reviews, then unsolved ones).",
                names).auxiliaryTypes(String.class).index("0..*").arity("0..*")
                .completionCandidates(new ExerciseCandidates()).build());
        filter.addTo(spec);
        spec.addOption(HandBuilt.flag("--shuffle", "Practise in random order.", shuffle)
                .build());
        layout.addTo(spec);
        return HandBuilt.withStandardHelp(spec);
    }

    @Override
    public Integer call() {
        Pack pack = pack();
        List<Exercise> chosen = names.value().isEmpty() ? pack.exercises()
                : names.value().stream().map(this::exercise).toList();
        List<Exercise> candidates = filter.apply(pack, chosen);
        if (candidates.isEmpty()) {
            throw UserError.usage("no exercise matches" + filter.describe());
        }
        PackProgress progress = learner().progress(pack);
        LocalDate today = LocalDate.now(clock());
        List<Exercise> queue = names.value().isEmpty()
                ? StudyQueue.session(candidates, pack, progress, today, clock().getZone())
                : new ArrayList<>(candidates);
        if (shuffle.value()) {
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
