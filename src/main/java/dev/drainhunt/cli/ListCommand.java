package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.progress.ExerciseProgress;
import dev.drainhunt.progress.ListedExercise;
import dev.drainhunt.progress.PackProgress;
import dev.drainhunt.progress.Review;
import dev.drainhunt.progress.Scheduler;
import dev.drainhunt.progress.Status;
import dev.drainhunt.render.ForecastView;
import dev.drainhunt.render.Style;
import dev.drainhunt.render.Table.Cell;
import dev.drainhunt.render.Table.Column;
import dev.drainhunt.render.Table;
import dev.drainhunt.terminal.Screen;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
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
        if (json) {
            screen.printData(ListedExercise.toJson(shown.stream()
                    .map(e -> ListedExercise.of(e, progress.exercise(e.id()), zone)).toList()));
            return ExitCode.OK;
        }
        if (shown.isEmpty()) {
            screen.println("no exercises match" + filter.describe());
            return ExitCode.OK;
        }
        // The id is what the learner types: kept whole, the title gives way (cut, and on a very narrow terminal
        // dropped after the tags and the review date). A pipe (grep, a file) cuts nothing.
        List<Column> columns = List.of(Column.fixed("#"), Column.fixed("id"), Column.droppable("title"),
                Column.fixed("level"), Column.fixed("status"), Column.droppable("review"), Column.droppable("tags"));
        List<List<Cell>> rows = new ArrayList<>();
        for (Exercise e : shown) {
            rows.add(List.of(Cell.of(String.valueOf(e.number())), Cell.of(e.id()), Cell.of(e.title()),
                    Cell.of(e.difficulty().label()), status(progress.exercise(e.id()), zone),
                    review(progress.exercise(e.id()).review(), today), Cell.of(String.join(", ", e.tags()))));
        }
        int width = console().env().stdoutIsTerminal() ? screen.width() : Table.UNLIMITED;
        screen.println(Table.render(columns, rows, width, screen.glyphs()));
        screen.println(ForecastView.block(Scheduler.forecast(progress, shown.stream().map(Exercise::id).toList(),
                today, ForecastView.DAYS), screen.width(), screen.glyphs()));
        return ExitCode.OK;
    }

    private static Cell status(ExerciseProgress progress, ZoneId zone) {
        Status status = Status.of(progress, zone);
        return new Cell(status.label(), switch (status) {
            case NEW -> Style.DIM;
            case ATTEMPTED -> Style.WARN;
            case SOLVED, FIXED, MASTERED -> Style.GOOD;
        });
    }

    /** When the exercise comes back: "due now", or its date. */
    private static Cell review(Review review, LocalDate today) {
        if (review == null) {
            return Cell.of("");
        }
        return review.due().isAfter(today) ? Cell.of(review.due().toString()) : new Cell("due now", Style.WARN);
    }
}
