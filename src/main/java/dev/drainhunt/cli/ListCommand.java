package dev.drainhunt.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drainhunt.exercise.Difficulty;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.render.Table;
import dev.drainhunt.render.Table.Cell;
import dev.drainhunt.render.Table.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code drainhunt list}: the exercises of the pack, as a table or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the exercises of the pack.")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    DrainhuntCommand root;

    @Option(names = "--tag", paramLabel = "TAG", description = "Only exercises with this tag.")
    String tag;

    @Option(names = "--difficulty", paramLabel = "LEVEL", description = "Only this difficulty: ${COMPLETION-CANDIDATES}.")
    Difficulty difficulty;

    @Option(names = "--json", description = "Print a JSON array for scripts.")
    boolean json;

    @Override
    public Integer call() {
        return runFor(root);
    }

    int runFor(DrainhuntCommand root) {
        App app = root.app();
        List<Exercise> shown = app.pack().exercises().stream()
                .filter(e -> tag == null || e.tags().contains(tag))
                .filter(e -> difficulty == null || e.difficulty() == difficulty)
                .toList();
        Screen screen = app.screen();
        if (json) {
            ArrayNode array = Json.MAPPER.createArrayNode();
            for (Exercise e : shown) {
                ObjectNode o = array.addObject();
                o.put("number", e.number());
                o.put("id", e.id());
                o.put("title", e.title());
                o.put("difficulty", e.difficulty().label());
                o.putPOJO("tags", e.tags());
            }
            screen.println(Json.pretty(array));
            return ExitCode.OK;
        }
        if (shown.isEmpty()) {
            screen.println("no exercises match" + (tag != null ? " tag \"" + tag + "\"" : "")
                    + (difficulty != null ? " difficulty " + difficulty.label() : ""));
            return ExitCode.OK;
        }
        List<Column> columns = List.of(Column.fixed("#"), Column.fixed("id"), Column.flexible("title"),
                Column.fixed("level"), Column.droppable("tags"));
        List<List<Cell>> rows = new ArrayList<>();
        for (Exercise e : shown) {
            rows.add(List.of(Cell.of(String.valueOf(e.number())), Cell.of(e.id()), Cell.of(e.title()),
                    Cell.of(e.difficulty().label()), Cell.of(String.join(", ", e.tags()))));
        }
        screen.println(Table.render(columns, rows, screen.width()));
        return ExitCode.OK;
    }
}
