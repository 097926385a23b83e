package dev.drainhunt.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.progress.ListedExercise;
import dev.drainhunt.text.Glyphs;
import java.time.LocalDate;
import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** The plain exercise table, as drainhunt list and a session's :list without a terminal print it. */
class ExerciseTableTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    private static final String LONGEST = "handler-ignores-request-context";
    private static final String TITLE = "A long-poll endpoint behind a SIGTERM drain";

    private static ListedExercise item(int number, String id, String status, LocalDate due, String... tags) {
        return new ListedExercise(number, id, TITLE, "hard", List.of(tags), status, due);
    }

    private static final List<ListedExercise> ITEMS = List.of(
            item(1, "signal-notify-shutdown", "new", null, "signals", "http"),
            item(6, LONGEST, "attempted", TODAY, "http", "context", "deadline"),
            item(14, "kafka-commit-before-process", "solved", TODAY.plusDays(9), "kafka", "ordering"));

    private static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }

    @Test
    void pipedEveryColumnIsWholeWithNoMarkersAndNoTrailingSpaces() {
        List<String> lines = text(ExerciseTable.render(ITEMS, TODAY, Table.UNLIMITED, Glyphs.UNICODE));
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).matches("#  +id +title +level +status +review +tags");
        assertThat(lines.get(2)).startsWith("6   " + LONGEST).contains(TITLE, "attempted", "due now",
                "http, context, deadline");
        assertThat(lines.get(3)).contains("2026-12-10");
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotEndWith(" "));
    }

    @Test
    void onANarrowTerminalIdsStayWholeAndTheTitleGivesWay() {
        List<String> lines = text(ExerciseTable.render(ITEMS, TODAY, 60, Glyphs.UNICODE));
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
        assertThat(String.join("\n", lines)).contains("signal-notify-shutdown", LONGEST, "kafka-commit-before-process")
                .doesNotContain("SIGTERM");
    }
}
