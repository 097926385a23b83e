package dev.drainhunt.render;

import dev.drainhunt.progress.ListedExercise;
import dev.drainhunt.render.Table.Cell;
import dev.drainhunt.render.Table.Column;
import dev.drainhunt.text.Glyphs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * The exercises as a plain table: what {@code drainhunt list} prints piped or with {@code --plain}, and what
 * {@code :list} prints in a session without a terminal to navigate on.
 */
public final class ExerciseTable {

    // The id is what the learner types: kept whole, the title gives way (cut, and on a very narrow terminal
    // dropped after the tags and the review date). A pipe (grep, a file) cuts nothing.
    private static final List<Column> COLUMNS = List.of(Column.fixed("#"), Column.fixed("id"),
            Column.droppable("title"), Column.fixed("level"), Column.fixed("status"), Column.droppable("review"),
            Column.droppable("tags"));

    private ExerciseTable() {
    }

    /** @param width {@link Table#UNLIMITED} for a pipe: nothing is cut or dropped */
    public static List<AttributedString> render(List<ListedExercise> exercises, LocalDate today, int width,
                                                Glyphs glyphs) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ListedExercise e : exercises) {
            String due = ListColumns.review(e, today);
            rows.add(List.of(Cell.of(String.valueOf(e.number())), Cell.of(e.id()), Cell.of(e.title()),
                    Cell.of(e.difficulty()), new Cell(e.status(), ListColumns.statusStyle(e.status())),
                    new Cell(due, due.equals(ListColumns.DUE_NOW) ? Style.WARN : Style.PLAIN),
                    Cell.of(String.join(", ", e.tags()))));
        }
        return Table.render(COLUMNS, rows, width, glyphs);
    }
}
