package dev.drainhunt.progress;

import static dev.drainhunt.exercise.Difficulty.EASY;
import static dev.drainhunt.progress.Fixtures.CLOCK;
import static dev.drainhunt.progress.Fixtures.NOW;
import static dev.drainhunt.progress.Fixtures.PACK;
import static dev.drainhunt.progress.Fixtures.attempt;
import static dev.drainhunt.progress.Fixtures.exercise;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressExportTest {

    static final Instant EARLIER = NOW.minusSeconds(86_400 * 3);

    static final Pack THE_PACK = Fixtures.pack(
            exercise(1, "no-deadline", EASY),
            exercise(2, "wrong-ctx", EASY),
            exercise(3, "lost-signal", EASY));

    static final ProgressFile PROGRESS = ProgressFile.empty().withPack(PACK, PackProgress.none()
            .withAttempt("no-deadline", attempt(EARLIER, Outcome.SKIPPED))
            .withAttempt("no-deadline", attempt(EARLIER, Outcome.CORRECT))
            .withAttempt("wrong-ctx", attempt(EARLIER, Outcome.MISSED, 1))
            .withAttempt("wrong-ctx", attempt(NOW, Outcome.CORRECT, 2))
            // Two hints shown, each counted when shown; the attempts say how many had been seen by then.
            .withHintTaken("wrong-ctx")
            .withHintTaken("wrong-ctx"));

    static ProgressExport export(Pack pack, String learner) {
        return ProgressExport.of(pack, PROGRESS, learner, CLOCK);
    }

    @Test
    void describesEveryExerciseOfThePackInStudyOrder() {
        ProgressExport export = export(THE_PACK, "Ada");

        assertThat(export.exercises()).containsExactly(
                new ExportedExercise(1, "no-deadline", "Title of no-deadline", Status.SOLVED, 1, EARLIER, 0, true,
                        List.of()),
                new ExportedExercise(2, "wrong-ctx", "Title of wrong-ctx", Status.SOLVED, 2, NOW, 2, false,
                        List.of()),
                new ExportedExercise(3, "lost-signal", "Title of lost-signal", Status.NEW, 0, null, 0, false,
                        List.of()));
        assertThat(export.exportedAt()).isEqualTo(NOW);
        assertThat(export.pack()).isEqualTo(PACK);
        assertThat(export.packVersion()).isEqualTo("1.2.0");
    }

    @Test
    void aCorrectFirstAnswerWithAHintIsNotRightAtFirstTry() {
        ProgressFile progress = ProgressFile.empty().withPack(PACK,
                PackProgress.none().withAttempt("no-deadline", attempt(NOW, Outcome.CORRECT, 1)));

        assertThat(ProgressExport.of(THE_PACK, progress, null, CLOCK).exercises().get(0).rightFirstTry()).isFalse();
    }

    @Test
    void eachExerciseNamesTheKeyPointsItsFirstAnswerMissedWithTheirSummaries() throws Exception {
        Exercise twoPoints = dev.drainhunt.exercise.ExerciseBuilder.exercise().id("two-points").number(1)
                .keyPoint("unbuffered", List.of(List.of("unbuffered"))).keyPoint("no-deadline", List.of(List.of("x")))
                .build();
        Exercise untouched = dev.drainhunt.exercise.ExerciseBuilder.exercise().id("untouched").number(2)
                .keyPoint("only", List.of(List.of("y"))).build();
        ProgressFile progress = ProgressFile.empty().withPack(PACK, PackProgress.none()
                .withAttempt("two-points", attempt(NOW, Outcome.SKIPPED))
                .withAttempt("two-points", new Attempt(NOW, Mode.TEXT, Outcome.PARTIAL, List.of("no-deadline"), 1, 9,
                        null))
                .withAttempt("two-points", new Attempt(NOW, Mode.TEXT, Outcome.CORRECT,
                        List.of("no-deadline", "unbuffered"), 1, 9, null)));
        ProgressExport export = ProgressExport.of(Fixtures.pack(twoPoints, untouched), progress, "Ada", CLOCK);

        assertThat(export.exercises().get(0).missedKeyPoints())
                .containsExactly(new ExportedKeyPoint("unbuffered", "summary of unbuffered"));
        assertThat(export.exercises().get(1).missedKeyPoints()).as("never answered: nothing missed").isEmpty();
        JsonNode json = new ObjectMapper().readTree(ExportFormat.JSON.render(export));
        assertThat(json.at("/exercises/0/missedKeyPoints").toString())
                .isEqualTo("[{\"id\":\"unbuffered\",\"summary\":\"summary of unbuffered\"}]");
    }

    @Test
    void jsonNamesItsFormatAndSchemaVersion() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ExportFormat.JSON.render(export(THE_PACK, "Ada")));

        assertThat(json.get("format").asText()).isEqualTo("drainhunt-progress-export");
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(2);
        assertThat(json.get("learner").asText()).isEqualTo("Ada");
        assertThat(json.get("pack").asText()).isEqualTo(PACK);
        assertThat(json.get("packVersion").asText()).isEqualTo("1.2.0");
        assertThat(json.get("exportedAt").asText()).isEqualTo("2026-11-28T20:15:00Z");
        JsonNode second = json.get("exercises").get(1);
        assertThat(second.get("status").asText()).isEqualTo("solved");
        assertThat(second.get("firstSolved").asText()).isEqualTo("2026-11-28T20:15:00Z");
        assertThat(second.get("hintsUsed").asInt()).isEqualTo(2);
        assertThat(second.get("rightFirstTry").asBoolean()).isFalse();
        assertThat(json.get("exercises").get(2).get("firstSolved").isNull()).isTrue();
    }

    @Test
    void csvHasAHeaderAndOneRowPerExercise() {
        String csv = ExportFormat.CSV.render(export(THE_PACK, "Ada"));

        assertThat(csv.split("\r\n")).containsExactly(
                "learner,pack,number,id,title,status,attempts,first_solved,hints_used,right_first_try",
                "Ada,drain-basics,1,no-deadline,Title of no-deadline,solved,1,2026-11-25 20:15Z,0,true",
                "Ada,drain-basics,2,wrong-ctx,Title of wrong-ctx,solved,2,2026-11-28 20:15Z,2,false",
                "Ada,drain-basics,3,lost-signal,Title of lost-signal,new,0,,0,false");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() {
        Pack tricky = Fixtures.pack(titled("Drain, \"then\" exit\nfast"));

        String csv = ExportFormat.CSV.render(export(tricky, "O'Brien, Pat"));

        assertThat(csv).contains("\"O'Brien, Pat\",drain-basics,1,no-deadline,\"Drain, \"\"then\"\" exit\nfast\",");
    }

    @Test
    void csvKeepsFormulasAsText() {
        assertThat(CsvExport.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(CsvExport.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.text("Ada")).isEqualTo("Ada");
        assertThat(CsvExport.quote(" padded")).isEqualTo("\" padded\"");
    }

    @Test
    void markdownSummarisesThenTabulates() {
        String md = ExportFormat.MARKDOWN.render(export(THE_PACK, "Ada"));

        assertThat(md).startsWith("# drainhunt progress: Ada\n")
                .contains("Pack drain-basics 1.2.0, exported 2026-11-28 20:15Z.")
                .contains("- Solved: 2 of 3 (0 mastered, 0 fixed)", "- Right at first try: 1", "- Hints used: 2")
                .contains("| 2 | wrong-ctx | Title of wrong-ctx | solved | 2 | 2026-11-28 20:15Z | 2 | no |")
                .contains("| 3 | lost-signal | Title of lost-signal | new | 0 |  | 0 | no |");
    }

    @Test
    void markdownEscapesNamesSoTheyCannotBreakTheTableOrAddMarkup() {
        Pack tricky = Fixtures.pack(titled("a | b *bold* [link](x) <b>\nsecond line"));

        String md = ExportFormat.MARKDOWN.render(export(tricky, "_Ada_ | `root`"));

        assertThat(md).startsWith("# drainhunt progress: \\_Ada\\_ \\| \\`root\\`\n")
                .contains("| a \\| b \\*bold\\* \\[link\\](x) \\<b\\> second line |");
        assertThat(md.lines().filter(l -> l.startsWith("| 1 "))).singleElement().asString()
                .satisfies(row -> assertThat(row.replace("\\|", "").chars().filter(c -> c == '|')).hasSize(9));
    }

    @Test
    void markdownNamesAnUnnamedLearner() {
        assertThat(ExportFormat.MARKDOWN.render(export(THE_PACK, null))).startsWith("# drainhunt progress: unnamed");
    }

    private static Exercise titled(String title) {
        Exercise e = exercise(1, "no-deadline", EASY);
        return new Exercise(e.id(), e.number(), title, e.difficulty(), e.tags(), null, e.buggy(), e.bugLines(),
                e.hints(), List.of(), List.of(), List.of(), null, null, null);
    }
}
