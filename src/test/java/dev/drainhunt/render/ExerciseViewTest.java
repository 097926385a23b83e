package dev.drainhunt.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackValidator;
import dev.drainhunt.text.Glyphs;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class ExerciseViewTest {

    private static final Pack PACK = new Catalog(new PackValidator(concept -> Optional.empty())).loadBundled()
            .pack().orElseThrow();

    private static List<String> header(Exercise exercise, int width) {
        return ExerciseView.header(PACK, exercise, width, Glyphs.UNICODE).stream().map(AttributedString::toString)
                .toList();
    }

    @Test
    void theDetailsBreakAtTheDotsSoNoIdOrVersionIsCutAt40_60And80Columns() {
        for (int width : new int[] {40, 60, 80}) {
            for (Exercise exercise : PACK.exercises()) {
                List<String> rows = header(exercise, width);
                String at = exercise.id() + " at " + width + " columns: " + rows;
                assertThat(rows).as(at).allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(width));
                assertThat(rows).as(at).anySatisfy(row -> assertThat(row).contains("id " + exercise.id()));
                assertThat(rows).as(at).anySatisfy(row -> assertThat(row).contains("go.mod: go " + exercise.goVersion()));
                assertThat(rows).as(at).noneSatisfy(row -> assertThat(row).startsWith("  ").endsWith("  "));
            }
        }
    }

    @Test
    void theTitleBreaksBetweenWords() {
        for (int width : new int[] {40, 60, 80}) {
            for (Exercise exercise : PACK.exercises()) {
                List<String> rows = header(exercise, width);
                String at = exercise.id() + " at " + width + " columns: " + rows;
                List<String> words = List.of(exercise.title().split(" "));
                String shown = String.join(" ", rows);
                for (String word : words) {
                    assertThat(shown).as(at).contains(word);
                }
                assertThat(rows).as(at).allSatisfy(row -> assertThat(row).doesNotStartWith(" ").doesNotEndWith(" "));
            }
        }
    }

    @Test
    void detailsThatFitStayOnOneRow() {
        Exercise fourth = PACK.exercises().get(3);
        assertThat(header(fourth, 120).get(1)).isEqualTo(String.join("  ·  ", fourth.difficulty().label(),
                String.join(", ", fourth.tags()), "id " + fourth.id(), "go.mod: go " + fourth.goVersion()));
    }
}
