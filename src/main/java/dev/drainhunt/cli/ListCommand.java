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
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code drainhunt list}: the exercises of the pack, as a table or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the exercises of the pack.")
final class ListCommand extends BaseCommand {

    @Mixin
    FilterOptions filter = new FilterOptions();

    @Option(names = "--json", description = "Print a JSON array for scripts.")
    boolean json;

    @Option(names = "--plain", description = "Print the table on a terminal too, instead of the navigable list.")
    boolean plain;

    @Override
    public Integer call() {
        Pack pack = pack();
        List<Exercise> shown = filter.apply(pack, pack.exercises());
        PackProgress progress = learner().progress(pack);
        LocalDate today = LocalDate.now(clock());
        ZoneId zone = clock().getZone();
        if (!json && !plain && !shown.isEmpty() && InteractiveList.possible(console().env())) {
            Optional<Integer> browsed = InteractiveList.run(this, shown);
            if (browsed.isPresent()) {
                return browsed.get();
            }
        }
        Screen screen = screen();
        List<ListedExercise> listed = shown.stream()
                .map(e -> ListedExercise.of(e, progress.exercise(e.id()), zone)).toList();
        if (json) {
            screen.printData(ListedExercise.toJson(listed));
            return ExitCode.OK;
        }
        if (shown.isEmpty()) {
            screen.println("no exercises match" + filter.describe());
            return ExitCode.OK;
        }
        int width = console().env().stdoutIsTerminal() ? screen.width() : Table.UNLIMITED;
        screen.println(ExerciseTable.render(listed, today, width, screen.glyphs()));
        screen.println(ForecastView.block(Scheduler.forecast(progress, shown.stream().map(Exercise::id).toList(),
                today, ForecastView.DAYS), screen.width(), screen.glyphs()));
        return ExitCode.OK;
    }
}
