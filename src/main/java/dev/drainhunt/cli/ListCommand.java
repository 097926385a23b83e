package dev.drainhunt.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.progress.ExerciseProgress;
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
import java.util.Map;
import org.jline.utils.AttributedString;
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

    @Override
    public Integer call() {
        Pack pack = pack();
        List<Exercise> shown = filter.apply(pack.exercises());
        PackProgress progress = learner().progress(pack);
        LocalDate today = LocalDate.now(clock());
        ZoneId zone = clock().getZone();
        Screen screen = screen();
        if (json) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            for (Exercise e : shown) {
                ObjectNode o = array.addObject();
                o.put("number", e.number());
                o.put("id", e.id());
                o.put("title", e.title());
                o.put("difficulty", e.difficulty().label());
                o.putPOJO("tags", e.tags());
                o.put("status", Status.of(progress.exercise(e.id()), zone).label());
                Review review = progress.exercise(e.id()).review();
                o.put("due", review == null ? null : review.due().toString());
            }
            screen.println(Json.pretty(array));
            return ExitCode.OK;
        }
        if (shown.isEmpty()) {
            screen.println("no exercises match" + filter.describe());
            return ExitCode.OK;
        }
        List<Column> columns = List.of(Column.fixed("#"), Column.flexible("id"), Column.flexible("title"),
                Column.fixed("level"), Column.fixed("status"), Column.droppable("review"), Column.droppable("tags"));
        List<List<Cell>> rows = new ArrayList<>();
        for (Exercise e : shown) {
            rows.add(List.of(Cell.of(String.valueOf(e.number())), Cell.of(e.id()), Cell.of(e.title()),
                    Cell.of(e.difficulty().label()), status(progress.exercise(e.id()), zone),
                    review(progress.exercise(e.id()).review(), today), Cell.of(String.join(", ", e.tags()))));
        }
        screen.println(Table.render(columns, rows, screen.width()));
        Map<LocalDate, Integer> forecast = Scheduler.forecast(progress, shown.stream().map(Exercise::id).toList(),
                today, ProgressCommand.FORECAST_DAYS);
        if (forecast.values().stream().anyMatch(n -> n > 0)) {
            screen.println();
            screen.println(new AttributedString("Reviews due in the next " + ProgressCommand.FORECAST_DAYS + " days",
                    Style.HEADING));
            screen.println(ForecastView.render(forecast, screen.width()));
        }
        return ExitCode.OK;
    }

    private static Cell status(ExerciseProgress progress, ZoneId zone) {
        Status status = Status.of(progress, zone);
        return new Cell(status.label(), switch (status) {
            case NEW -> Style.DIM;
            case ATTEMPTED -> Style.WARN;
            case SOLVED, MASTERED -> Style.GOOD;
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
