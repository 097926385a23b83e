package dev.drainhunt.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.progress.ListedExercise;
import dev.drainhunt.text.Glyphs;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** The list fits any screen: ids whole, titles giving way, one page of rows, never a line too wide or too many. */
class ExerciseListViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String LONGEST = "handler-ignores-request-context";

    private static ListedExercise item(int number, String id, String status, LocalDate due, String... tags) {
        return new ListedExercise(number, id, "A long-poll endpoint behind a SIGTERM drain", "hard", List.of(tags),
                status, due);
    }

    private static final List<ListedExercise> ITEMS = List.of(
            item(1, "signal-notify-shutdown", "new", null, "signals", "http"),
            item(6, LONGEST, "attempted", TODAY, "http", "context", "deadline"),
            item(14, "kafka-commit-before-process", "solved", TODAY.plusDays(9), "kafka", "ordering"));

    private static List<ListedExercise> many(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> item(i, "exercise-" + i, "new", null)).toList();
    }

    private static ExerciseListView.Model model(List<ListedExercise> matched, int cursor, int offset) {
        return new ExerciseListView.Model(matched, cursor, offset, matched.size(), "", false, null, null, null);
    }

    private static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }

    @Test
    void everyIdIsWholeAndNoLineIsWiderThanTheScreenAtAnyWidth() {
        for (int width : List.of(200, 120, 100, 80, 60, 50, 40)) {
            List<String> lines = text(ExerciseListView.render(model(ITEMS, 1, 0), TODAY, width, 24));
            assertThat(lines).as("at %d columns", width).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(width));
            assertThat(String.join("\n", lines)).as("at %d columns", width)
                    .contains("signal-notify-shutdown", LONGEST, "kafka-commit-before-process");
        }
    }

    @Test
    void atEightyColumnsStatusReviewAndLevelShowAndTheTitleIsCut() {
        List<String> lines = text(ExerciseListView.render(model(ITEMS, 1, 0), TODAY, 80, 24));
        assertThat(lines.get(1)).contains("#", "id", "status", "review", "level", "title");
        String row = lines.get(3);
        assertThat(row).startsWith(">").contains(LONGEST, "attempted", "due now", "hard", "A long-poll", "…");
        assertThat(lines.get(4)).contains("2026-12-10");
    }

    @Test
    void atSixtyColumnsTheTitleAndLevelGiveWayAndTheDetailLineNamesThem() {
        List<String> lines = text(ExerciseListView.render(model(ITEMS, 1, 0), TODAY, 60, 20));
        assertThat(lines.get(1)).contains("status", "review").doesNotContain("title", "level");
        assertThat(lines.get(3)).contains(LONGEST + " attempted due now");
        assertThat(lines.get(lines.size() - 2))
                .isEqualTo("#6 A long-poll endpoint behind a SIGTERM drain · hard · htt…");
    }

    @Test
    void wideScreensShowTheWholeTitleAndTheTags() {
        List<String> lines = text(ExerciseListView.render(model(ITEMS, 1, 0), TODAY, 200, 24));
        assertThat(lines.get(1)).contains("title", "tags");
        assertThat(lines.get(3)).contains("A long-poll endpoint behind a SIGTERM drain", "http, context, deadline");
    }

    @Test
    void theScreenIsAlwaysItsHeightWithTheKeysOnTheLastLine() {
        for (int height : List.of(24, 20, 8, 5)) {
            List<String> lines = text(ExerciseListView.render(model(ITEMS, 0, 0), TODAY, 80, height));
            assertThat(lines).as("at %d lines", height).hasSize(height);
            assertThat(lines.get(height - 1)).isEqualTo(ExerciseListView.KEYS);
        }
    }

    @Test
    void onlyOnePageOfRowsIsDrawnFromTheOffset() {
        List<ListedExercise> thirty = many(30);
        int rows = ExerciseListView.pageRows(20);
        assertThat(rows).isEqualTo(16);
        List<String> lines = text(ExerciseListView.render(model(thirty, 12, 10), TODAY, 60, 20));
        assertThat(lines.get(0)).endsWith("13/30");
        assertThat(lines.get(2)).contains("exercise-11 ");
        assertThat(lines.get(2 + rows - 1)).contains("exercise-26 ");
        assertThat(String.join("\n", lines)).doesNotContain("exercise-10 ", "exercise-27 ");
        assertThat(lines.get(4)).startsWith(">").contains("exercise-13 ");
    }

    @Test
    void theExerciseTheLearnerIsOnIsMarked() {
        ExerciseListView.Model on = new ExerciseListView.Model(ITEMS, 0, 0, 3, "", false, LONGEST, null, null);
        List<String> lines = text(ExerciseListView.render(on, TODAY, 80, 24));
        assertThat(lines.get(2)).startsWith("> ");
        assertThat(lines.get(3)).startsWith(" *");
    }

    @Test
    void theTitleShowsTheFilterBeingTypedAndHowManyMatch() {
        ExerciseListView.Model typing = new ExerciseListView.Model(ITEMS.subList(1, 2), 0, 0, 20, "ctx", true, null,
                null, null);
        List<String> lines = text(ExerciseListView.render(typing, TODAY, 80, 24));
        assertThat(lines.get(0)).startsWith("Exercises  filter: ctx_").endsWith("1/1 of 20");
        assertThat(lines.get(23)).isEqualTo(ExerciseListView.FILTER_KEYS);
    }

    @Test
    void aFilterThatMatchesNothingSaysSo() {
        ExerciseListView.Model none = new ExerciseListView.Model(List.of(), -1, 0, 20, "zzz", true, null, null, null);
        List<String> lines = text(ExerciseListView.render(none, TODAY, 80, 24));
        assertThat(lines.get(0)).endsWith("0/20");
        assertThat(lines.get(2)).contains("no exercise matches \"zzz\"");
        assertThat(lines.get(22)).isEmpty();
    }

    @Test
    void theQuestionAndTheNoteTakeTheKeysLine() {
        ExerciseListView.Model asking = new ExerciseListView.Model(ITEMS, 0, 0, 3, "", false, null,
                "Forget your progress on exercise 1 (signal-notify-shutdown)?", null);
        assertThat(text(ExerciseListView.render(asking, TODAY, 80, 24)).get(23))
                .isEqualTo("Forget your progress on exercise 1 (signal-notify-shutdown)? [y/N]");
        ExerciseListView.Model told = new ExerciseListView.Model(ITEMS, 0, 0, 3, "", false, null, null,
                "Forgot your progress on exercise 1 (signal-notify-shutdown). The previous progress is saved in /x");
        assertThat(text(ExerciseListView.render(told, TODAY, 60, 20)).get(19)).hasSize(60).endsWith("…");
    }

    @Test
    void inAsciiEveryCellKeepsItsWidthAndNothingIsLeftUnfolded() {
        ListedExercise accented = new ListedExercise(2, "cafe-drain", "Un café — qui s’arrête quand on le lui dit",
                "easy", List.of("signaux"), "new", null);
        List<ListedExercise> items = List.of(ITEMS.get(0), accented, ITEMS.get(1));
        for (int width : new int[] {60, 80}) {
            List<String> screen = text(ExerciseListView.render(model(items, 1, 0), TODAY, width, 24, Glyphs.ASCII));
            assertThat(screen).as("at %d columns", width).allSatisfy(line -> {
                assertThat(line.length()).isLessThanOrEqualTo(width);
                assertThat(line).matches("\\p{ASCII}*");
            });
            assertThat(String.join("\n", screen)).contains(" " + LONGEST + " ", "...").doesNotContain("\u2026");
        }
    }

    @Test
    void controlCharactersFromThePackAreShownAsMarksNotSent() {
        ListedExercise hostile = new ListedExercise(1, "evil\u001b[2J", "title\u001b]52;c;x\u0007", "easy",
                List.of("t\u009b"), "new", null);
        String screen = String.join("\n", text(ExerciseListView.render(model(List.of(hostile), 0, 0), TODAY, 200,
                10)));
        assertThat(screen).doesNotContain("\u001b", "\u0007", "\u009b").contains("evil^[[2J");
    }
}
