package dev.drainhunt.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.render.Table.Cell;
import dev.drainhunt.render.Table.Column;
import dev.drainhunt.text.Glyphs;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class TableTest {

    private final List<Column> columns = List.of(Column.fixed("#"), Column.flexible("title"),
            Column.droppable("tags"));
    private final List<List<Cell>> rows = List.of(
            List.of(Cell.of("1"), Cell.of("A server that stops on SIGTERM and never drains"), Cell.of("signals, http")),
            List.of(Cell.of("12"), Cell.of("Short"), Cell.of("sync")));

    private List<String> render(int width) {
        return Table.render(columns, rows, width, Glyphs.UNICODE).stream().map(AttributedString::toString).toList();
    }

    @Test
    void showsEverythingWhenItFits() {
        assertThat(render(120)).containsExactly(
                "#   title                                            tags",
                "1   A server that stops on SIGTERM and never drains  signals, http",
                "12  Short                                            sync");
    }

    @Test
    void cutsTheFlexibleColumnWithAnEllipsisToFit() {
        List<String> lines = render(50);
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(50));
        assertThat(lines.get(1)).startsWith("1   A server that stops").contains("…").endsWith("signals, http");
    }

    @Test
    void dropsOptionalColumnsOnNarrowScreens() {
        List<String> lines = render(16);
        assertThat(lines.get(0)).doesNotContain("tags");
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(16));
    }

    @Test
    void neutralisesEscapesInCells() {
        List<String> lines = Table.render(List.of(Column.flexible("t")),
                List.of(List.of(Cell.of("x\u001b[31m"))), 80, Glyphs.UNICODE).stream().map(AttributedString::toString).toList();
        assertThat(lines.get(1)).isEqualTo("x^[[31m");
    }
}
