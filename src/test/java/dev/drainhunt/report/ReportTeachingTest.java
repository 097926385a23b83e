package dev.drainhunt.report;

import dev.drainhunt.text.Glyphs;
import static dev.drainhunt.report.Exports.EXPORTED;
import static dev.drainhunt.report.Exports.T2;
import static dev.drainhunt.report.Exports.export;
import static dev.drainhunt.report.Exports.report;
import static dev.drainhunt.report.Exports.title;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drainhunt.progress.ExportedExercise;
import dev.drainhunt.progress.ExportedKeyPoint;
import dev.drainhunt.progress.ProgressExport;
import dev.drainhunt.progress.Status;
import dev.drainhunt.report.TeamReport.ExerciseSummary;
import dev.drainhunt.report.TeamReport.MissedKeyPoint;
import dev.drainhunt.report.TeamReport.PackReport;
import java.util.List;
import java.util.stream.Collectors;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/**
 * What a lead should teach: per exercise, the key points learners' first answers missed, and who needed hints.
 *
 * <p>Five learners on exercise 1, lost-signal (key points unbuffered, no-drain); exercise 2 answered by Ada only:
 * <pre>
 *   learner  exercise 1 first answer missed   hints   exercise 2
 *   Ada      unbuffered                        1       answered, missed nothing
 *   Bob      unbuffered, no-drain              2       –
 *   Cy       unbuffered                        0       –
 *   Dee      nothing                           0       –
 *   Eve      no-drain                          1       –
 * </pre>
 * So: unbuffered missed by 3 of 5, no-drain by 2 of 5; 3 of 5 took hints; exercise 2 has nothing to teach.
 */
class ReportTeachingTest {

    private static final ExportedKeyPoint UNBUFFERED = new ExportedKeyPoint("unbuffered",
            "the stop channel is unbuffered");
    private static final ExportedKeyPoint NO_DRAIN = new ExportedKeyPoint("no-drain", "nothing waits for the drain");

    private static ExportedExercise first(int hints, ExportedKeyPoint... missed) {
        return new ExportedExercise(1, "lost-signal", title("lost-signal"), Status.SOLVED, 2, T2, hints, false,
                List.of(missed));
    }

    private static ExportedExercise second(boolean answered) {
        return new ExportedExercise(2, "no-deadline", title("no-deadline"), answered ? Status.SOLVED : Status.NEW,
                answered ? 1 : 0, answered ? T2 : null, 0, answered, List.of());
    }

    private static List<ExportFile> team() {
        return List.of(
                new ExportFile("exports/team-a/ada.json", export("Ada", EXPORTED, first(1, UNBUFFERED), second(true))),
                new ExportFile("exports/team-a/bob.json", export("Bob", EXPORTED, first(2, UNBUFFERED, NO_DRAIN),
                        second(false))),
                new ExportFile("exports/cy.json", export("Cy", EXPORTED, first(0, UNBUFFERED), second(false))),
                new ExportFile("dee.json", export("Dee", EXPORTED, first(0), second(false))),
                new ExportFile("/tmp/x/eve.json", export("Eve", EXPORTED, first(1, NO_DRAIN), second(false))));
    }

    private static ExerciseSummary lostSignal(TeamReport report) {
        return report.packs().get(0).exercises().stream().filter(e -> e.id().equals("lost-signal")).findFirst()
                .orElseThrow();
    }

    @Test
    void countsEachMissedKeyPointMostMissedFirstAndTheLearnersWhoTookHints() {
        ExerciseSummary e = lostSignal(report(team()));

        assertThat(e.missedOutOf()).isEqualTo(5);
        assertThat(e.missed()).extracting(MissedKeyPoint::id, MissedKeyPoint::summary, MissedKeyPoint::learners)
                .containsExactly(tuple("unbuffered", "the stop channel is unbuffered", 3),
                        tuple("no-drain", "nothing waits for the drain", 2));
        assertThat(e.hinted()).isEqualTo(3);
        assertThat(e.worked()).isEqualTo(5);
        PackReport pack = report(team()).packs().get(0);
        assertThat(pack.toTeach()).extracting(ExerciseSummary::id).containsExactly("lost-signal");
    }

    @Test
    void everyFormatSaysWhatToTeach() throws Exception {
        TeamReport report = report(team());
        String text = TextReport.render(report, 100, Glyphs.UNICODE).stream().map(AttributedString::toString)
                .collect(Collectors.joining("\n"));
        assertThat(text).contains("What to teach: key points missed at first answer",
                "1 lost-signal · 3 of 5 took hints",
                "  missed by 3 of 5: the stop channel is unbuffered",
                "  missed by 2 of 5: nothing waits for the drain");
        assertThat(text.indexOf("missed by 3 of 5")).isLessThan(text.indexOf("missed by 2 of 5"));

        assertThat(MarkdownReport.render(report)).contains("### What to teach: key points missed at first answer",
                "- **1 lost-signal** Title of lost-signal — 3 of 5 took hints",
                "  - missed by 3 of 5: the stop channel is unbuffered");
        assertThat(HtmlReport.render(report)).contains("<h3>What to teach: key points missed at first answer</h3>",
                "<li>missed by 3 of 5: the stop channel is unbuffered</li>", "— 3 of 5 took hints");

        JsonNode exercise = new ObjectMapper().readTree(ReportJson.render(report)).at("/packs/0/exercises")
                .findParents("id").stream().filter(n -> n.get("id").asText().equals("lost-signal")).findFirst()
                .orElseThrow();
        assertThat(exercise.get("hinted").asInt()).isEqualTo(3);
        assertThat(exercise.get("worked").asInt()).isEqualTo(5);
        assertThat(exercise.get("missedOutOf").asInt()).isEqualTo(5);
        assertThat(exercise.get("missedKeyPoints").toString()).isEqualTo("[{\"id\":\"unbuffered\","
                + "\"summary\":\"the stop channel is unbuffered\",\"missedBy\":3},{\"id\":\"no-drain\","
                + "\"summary\":\"nothing waits for the drain\",\"missedBy\":2}]");
    }

    @Test
    void aTeamThatMissedNothingIsToldSo() {
        TeamReport report = report(List.of(new ExportFile("dee.json", export("Dee", EXPORTED, first(0)))));
        assertThat(MarkdownReport.render(report))
                .contains("Every first answer named every key point, and nobody took a hint.");
    }

    @Test
    void theFileColumnShowsTheExportsBaseName() {
        TeamReport report = report(team());
        assertThat(report.packs().get(0).learners()).extracting(TeamReport.LearnerSummary::file)
                .containsExactly("ada.json", "bob.json", "cy.json", "dee.json", "eve.json");
        String text = TextReport.render(report, 200, Glyphs.UNICODE).stream().map(AttributedString::toString)
                .collect(Collectors.joining("\n"));
        assertThat(text).contains("ada.json").doesNotContain("exports/team-a");
    }

    @Test
    void twoExportsWithTheSameBaseNameKeepTheirPathsToBeToldApart() {
        TeamReport report = report(List.of(new ExportFile("a/ada.json", export("Ada", EXPORTED, first(0))),
                new ExportFile("b/ada.json", export("Ada Two", EXPORTED, first(0)))));
        assertThat(report.packs().get(0).learners()).extracting(TeamReport.LearnerSummary::file)
                .containsExactly("a/ada.json", "b/ada.json");
    }

    @Test
    void exportsOfSchemaOneAreReadAndLeftOutOfMissedByWithANote() {
        String old = Exports.json(export("Old", EXPORTED, first(1)))
                .replace("\"schemaVersion\" : " + ProgressExport.SCHEMA_VERSION, "\"schemaVersion\" : 1")
                .replaceAll(",\\s*\"missedKeyPoints\" : \\[[^]]*]", "");
        assertThat(old).doesNotContain("missedKeyPoints").contains("\"schemaVersion\" : 1");
        ExportReader.Result read = ExportReader.read("old.json", old);
        assertThat(read.problems()).isEmpty();
        assertThat(read.export().orElseThrow().exercises().get(0).missedKeyPoints()).isNull();

        List<ExportFile> files = new java.util.ArrayList<>(team());
        files.add(new ExportFile("old.json", read.export().orElseThrow()));
        TeamReport report = report(files);
        ExerciseSummary e = lostSignal(report);
        assertThat(e.answered()).isEqualTo(6);
        assertThat(e.missedOutOf()).isEqualTo(5);
        assertThat(e.hinted()).as("hints are in every export").isEqualTo(4);
        assertThat(ReportNotes.of(report)).anySatisfy(note -> assertThat(note)
                .contains("some exports come from an older drainhunt"));
    }

    @Test
    void aBrokenMissedKeyPointIsAPositionedProblem() {
        String json = Exports.json(export("Ada", EXPORTED, first(1, UNBUFFERED), second(false)));
        String noSummary = json.replace("\"summary\" : \"the stop channel is unbuffered\"", "\"summary\" : \"\"");
        assertThat(ExportReader.read("ada.json", noSummary).problems()).extracting(dev.drainhunt.exercise.Problem::format)
                .singleElement().asString()
                .matches("ada\\.json:\\d+:\\d+: exercises\\[0]\\.missedKeyPoints\\[0]\\.summary: must be a non-empty "
                        + "string, not \"\"");
        String onUnanswered = json.replaceFirst("\"missedKeyPoints\" : \\[ \\]",
                "\"missedKeyPoints\" : [ {\"id\": \"x\", \"summary\": \"y\"} ]");
        assertThat(onUnanswered).isNotEqualTo(json);
        assertThat(ExportReader.read("ada.json", onUnanswered).problems()).extracting(dev.drainhunt.exercise.Problem::message)
                .containsExactly("lists key points, but attempts is 0: only an answer can miss one");
    }

    @Test
    void aHostileSummaryIsTextInEveryFormat() {
        ExportedKeyPoint evil = new ExportedKeyPoint("evil", "<script>x</script> *bold* \u001b[31mred");
        TeamReport report = report(List.of(new ExportFile("a.json", export("Ada", EXPORTED, first(0, evil)))));
        assertThat(HtmlReport.render(report)).contains("&lt;script&gt;x&lt;/script&gt;").doesNotContain("<script>x")
                .doesNotContain("\u001b");
        assertThat(MarkdownReport.render(report)).contains("\\*bold\\*").doesNotContain("\u001b");
        assertThat(TextReport.render(report, 100, Glyphs.UNICODE).stream().map(AttributedString::toString)
                .collect(Collectors.joining())).doesNotContain("\u001b");
    }
}
