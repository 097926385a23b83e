package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.progress.ListedExercise;
import dev.drainhunt.progress.PackProgress;
import dev.drainhunt.progress.Scheduler;
import dev.drainhunt.render.ExerciseTable;
import dev.drainhunt.render.ForecastView;
import dev.drainhunt.render.Table;
import dev.drainhunt.terminal.Screen;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drainhunt list}: the exercises of the pack, as a table or JSON. Its model is built by {@link HandBuilt}. */
final class ListCommand extends BaseCommand {

    final FilterOptions filter = new FilterOptions();
    final HandBuilt.Bound<Boolean> json = new HandBuilt.Bound<>(false);
    final HandBuilt.Bound<Boolean> plain = new HandBuilt.Bound<>(false);

    ListCommand(DrainhuntCommand root) {
        super(root);
    }

    CommandSpec spec() {
        CommandSpec spec = HandBuilt.command(this, "list", "List the exercises of the pack.");
        filter.addTo(spec);
        spec.addOption(HandBuilt.flag("--json", "Print a JSON array for scripts.", json).build());
        spec.addOption(HandBuilt.flag("--plain", "Print the table on a terminal too, instead of the navigable list.",
                plain).build());
        return HandBuilt.withStandardHelp(spec);
    }

    @Override
    public Integer call() {
        Pack pack = pack();
        List<Exercise> shown = filter.apply(pack, pack.exercises());
        // The time zone before the progress, in the order the warm-up thread prepares them (cli.Warmup): its rules
        // are ready first, while the progress parser may still be warming up.
        ZoneId zone = clock().getZone();
        LocalDate today = LocalDate.now(clock());
        PackProgress progress = learner().progress(pack);
        if (!json.value() && !plain.value() && !shown.isEmpty() && InteractiveList.possible(console().env())) {
            Optional<Integer> browsed = InteractiveList.run(this, shown);
            if (browsed.isPresent()) {
                return browsed.get();
            }
        }
        Screen screen = screen();
        // Loops, not streams, on this start-up path: on JDK 17 each lambda a run links costs it some 0.2 ms.
        List<ListedExercise> listed = new ArrayList<>(shown.size());
        List<String> ids = new ArrayList<>(shown.size());
        for (Exercise exercise : shown) {
            listed.add(ListedExercise.of(exercise, progress.exercise(exercise.id()), zone));
            ids.add(exercise.id());
        }
        if (json.value()) {
            screen.printData(ListedExercise.toJson(listed));
            return ExitCode.OK;
        }
        if (shown.isEmpty()) {
            screen.println("no exercises match" + filter.describe());
            return ExitCode.OK;
        }
        int width = console().env().stdoutIsTerminal() ? screen.width() : Table.UNLIMITED;
        screen.println(ExerciseTable.render(listed, today, width, screen.glyphs()));
        screen.println(ForecastView.block(Scheduler.forecast(progress, ids, today, ForecastView.DAYS),
                screen.width(), screen.glyphs()));
        return ExitCode.OK;
    }
}
