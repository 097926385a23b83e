package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that read and write progress, run in-process against a temporary data dir. */
class SessionCommandsTest {

    private static final String VALID = "src/test/resources/packs/valid";

    @TempDir
    Path data;

    private Cli cli() {
        return new Cli().env("DRAINHUNT_HOME", data.toString());
    }

    private JsonNode progress() throws Exception {
        return Json.MAPPER.readTree(data.resolve("progress.json").toFile());
    }

    private JsonNode attempts(String exercise) throws Exception {
        return progress().at("/packs/test-pack/exercises/" + exercise + "/attempts");
    }

    @Test
    void aPipedSessionRecordsEveryAnswerHintAndRating() throws Exception {
        Cli.Result r = cli().stdin("it never stops\n:hint\nnothing handles the signal\n4\n:quit\n")
                .run("--exercises", VALID, "practice", "first");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("[1/1]", "#1  A server that stops", "✘ Not yet.", "Hint 1/2: Look at main.", "✔ Correct.",
                "The fix", "Session summary");
        JsonNode attempts = attempts("first");
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).get("verdict").asText()).isEqualTo("missed");
        assertThat(attempts.get(1).get("verdict").asText()).isEqualTo("correct");
        assertThat(attempts.get(1).get("hintsUsed").asInt()).isEqualTo(1);
        assertThat(attempts.get(1).get("rating").asText()).isEqualTo("easy");
        assertThat(progress().at("/packs/test-pack/exercises/first/hintsTaken").asInt()).isEqualTo(1);
        assertThat(progress().at("/packs/test-pack/exercises/first/review/due").asText()).isNotEmpty();
    }

    @Test
    void theEndOfPipedInputSavesAndExitsCleanly() throws Exception {
        Cli.Result r = cli().stdin("it never stops\n").run("--exercises", VALID, "practice");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Session summary");
        assertThat(attempts("first")).hasSize(1);
    }

    @Test
    void unknownPromptCommandsAreExplainedNotGraded() throws Exception {
        Cli.Result r = cli().stdin(":hnit\n:quit\n").run("--exercises", VALID, "practice");
        assertThat(r.out()).contains("unknown command :hnit — did you mean :hint?");
        assertThat(Files.exists(data.resolve("progress.json"))).isFalse();
    }

    @Test
    void checkPrintsTheExactJsonShapeAndRecordsNothing() throws Exception {
        Cli.Result r = cli().run("--exercises", VALID, "check", "1", "--json", "--diagnosis",
                "nothing handles the signal, see line 4");
        assertThat(r.exitCode()).isZero();
        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.toString()).isEqualTo("{\"exercise\":1,\"id\":\"first\",\"verdict\":\"correct\","
                + "\"matched\":[\"no-signal\"],\"missed\":[],\"alsoTrue\":[],\"falseClaims\":[],"
                + "\"lines\":{\"picked\":[4],\"hit\":[4],\"pastEnd\":[],\"located\":true}}");
        assertThat(Files.exists(data.resolve("progress.json"))).isFalse();
    }

    @Test
    void checkReadsTheDiagnosisFromStdinAndNamesOnlyHowManyAreMissing() {
        Cli.Result r = cli().stdin("it is fine\n").run("--exercises", VALID, "check", "second");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("✘ Not yet.", "1 of 1 key point not named yet; try drainhunt hint 2")
                .doesNotContain("Nothing handles SIGTERM");
    }

    @Test
    void checkWithoutADiagnosisIsAUsageError() {
        Cli.Result r = cli().stdin("  \n").run("--exercises", VALID, "check", "1");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("drainhunt: no diagnosis given: pass --diagnosis TEXT or pipe it on stdin\n");
    }

    @Test
    void hintShowsOneMoreEachTimeAndCountsOnlyNewOnes() throws Exception {
        assertThat(cli().run("--exercises", VALID, "hint", "1").out()).contains("Hint 1/2").doesNotContain("Hint 2/2");
        assertThat(cli().run("--exercises", VALID, "hint", "1").out()).contains("Hint 1/2", "Hint 2/2");
        cli().run("--exercises", VALID, "hint", "1", "--level", "1");
        assertThat(progress().at("/packs/test-pack/exercises/first/hintsTaken").asInt()).isEqualTo(2);
        assertThat(cli().run("--exercises", VALID, "hint", "1", "--level", "3").exitCode()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void revealOffATerminalShowsTheAnswerAndRecordsTheGivingUp() throws Exception {
        Cli.Result r = cli().run("--exercises", VALID, "reveal", "1");
        assertThat(r.out()).contains("Nothing handles SIGTERM.", "wait for a signal", "The fix");
        assertThat(attempts("first").get(0).get("verdict").asText()).isEqualTo("revealed");
    }

    @Test
    void diffShowsOnlyTheDiffAndRecordsAPeekAtAnUnsolvedExercise() throws Exception {
        Cli.Result r = cli().run("--exercises", VALID, "diff", "1");
        assertThat(r.out()).contains("-     select {}", "+     // wait for a signal").doesNotContain("Nothing handles");
        assertThat(attempts("first").get(0).get("verdict").asText()).isEqualTo("revealed");
    }

    @Test
    void aDiffAfterARevealIsTheSameLookAndIsNotRecordedAgain() throws Exception {
        cli().run("--exercises", VALID, "reveal", "1", "--yes");
        Cli.Result diff = cli().run("--exercises", VALID, "diff", "1");
        assertThat(diff.out()).contains("+     // wait for a signal");
        cli().run("--exercises", VALID, "reveal", "1");
        assertThat(attempts("first").size()).isEqualTo(1);
    }

    @Test
    void aRevealAfterANewAnswerIsANewLook() throws Exception {
        cli().run("--exercises", VALID, "diff", "1");
        cli().stdin("it deadlocks\n").run("--exercises", VALID, "practice", "1");
        cli().run("--exercises", VALID, "reveal", "1", "--yes");
        assertThat(attempts("first").findValuesAsText("verdict")).containsExactly("revealed", "missed", "revealed");
    }

    @Test
    void bareCommandWordsAtThePromptAreNeitherGradedNorRecorded() throws Exception {
        Cli.Result r = cli().stdin("help\nhint\nnothing handles the signal\n3\n")
                .run("--exercises", VALID, "practice", "1");
        assertThat(r.out()).contains(":hint").doesNotContain("Not yet");
        JsonNode attempts = attempts("first");
        assertThat(attempts.size()).isEqualTo(1);
        assertThat(attempts.get(0).get("verdict").asText()).isEqualTo("correct");
    }

    @Test
    void lineNumbersAloneDoNotSolveInPractice() throws Exception {
        Cli.Result r = cli().stdin("4\n").run("--exercises", VALID, "practice", "1");
        assertThat(r.out()).contains("right place. Now say what is wrong there");
        assertThat(attempts("first").get(0).get("verdict").asText()).isEqualTo("partial");
    }

    @Test
    void aRightAnswerAfterAPeekIsNotARightFirstTry() throws Exception {
        cli().run("--exercises", VALID, "diff", "1");
        cli().stdin("nothing handles the signal\n3\n").run("--exercises", VALID, "practice", "1");
        JsonNode export = Json.MAPPER.readTree(cli().run("--exercises", VALID, "export").out());
        JsonNode first = export.get("exercises").get(0);
        assertThat(first.get("status").asText()).isNotEqualTo("new");
        assertThat(first.get("rightFirstTry").asBoolean()).isFalse();
    }

    @Test
    void diffOfASolvedExerciseRecordsNothingMore() throws Exception {
        cli().stdin("nothing handles the signal\n3\n").run("--exercises", VALID, "practice", "1");
        int before = attempts("first").size();
        cli().run("--exercises", VALID, "diff", "1");
        assertThat(attempts("first").size()).isEqualTo(before);
    }

    @Test
    void progressCountsOneAnswerInTheSingular() throws Exception {
        cli().stdin("nothing handles the signal\n3\n").run("--exercises", VALID, "practice", "1");
        assertThat(cli().run("--exercises", VALID, "progress").out()).contains("the last answer right")
                .doesNotContain("of the last 1 answers");
    }

    @Test
    void progressJsonHasTheFiguresAndTheForecast() throws Exception {
        cli().stdin("nothing handles the signal\n3\n").run("--exercises", VALID, "practice", "1");
        JsonNode json = Json.MAPPER.readTree(cli().run("--exercises", VALID, "progress", "--json").out());
        assertThat(json.at("/overall/solved").asInt()).isEqualTo(1);
        assertThat(json.at("/overall/total").asInt()).isEqualTo(2);
        assertThat(json.get("streakDays").asInt()).isEqualTo(1);
        assertThat(json.get("forecast")).hasSize(ProgressCommand.FORECAST_DAYS);
        assertThat(json.get("dueNow").asInt()).isZero();
    }

    @Test
    void anAgainRatingBringsTheExerciseBackTheNextDay() throws Exception {
        cli().stdin(":reveal\n1\n").run("--exercises", VALID, "practice", "1");
        assertThat(cli().run("--exercises", VALID, "review").out()).contains("Nothing is due for review");
        String tomorrow = java.time.LocalDate.now().plusDays(1).toString();
        Cli.Result r = cli().env("DRAINHUNT_NOW", tomorrow).stdin(":quit\n").run("--exercises", VALID, "review");
        assertThat(r.out()).contains("review · last seen yesterday · missed once", "#1  A server that stops");
        assertThat(cli().env("DRAINHUNT_NOW", tomorrow).run("--exercises", VALID, "list").out()).contains("due now");
    }

    @Test
    void resetOffATerminalNeedsYesAndKeepsABackup() throws Exception {
        cli().stdin("it never stops\n").run("--exercises", VALID, "practice", "1");
        Cli.Result refused = cli().run("--exercises", VALID, "reset", "1");
        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(attempts("first")).hasSize(1);
        Cli.Result done = cli().run("--exercises", VALID, "reset", "1", "--yes");
        assertThat(done.out()).startsWith("Forgot your progress on exercise 1 (first). The previous progress is "
                + "saved in " + data.resolve("progress.json.reset-"));
        assertThat(attempts("first").isMissingNode()).isTrue();
    }

    @Test
    void exportWritesJsonForTheReportAndMarkdownForPeople() throws Exception {
        cli().stdin("nothing handles the signal\n3\n").run("--exercises", VALID, "practice", "1");
        Path file = data.resolve("out/ada.json");
        Cli.Result r = cli().run("--exercises", VALID, "export", "--name", "Ada", "-o", file.toString());
        assertThat(r.err()).contains("Exported test-pack progress of Ada to " + file);
        JsonNode json = Json.MAPPER.readTree(file.toFile());
        assertThat(json.get("format").asText()).isEqualTo("drainhunt-progress-export");
        assertThat(json.get("learner").asText()).isEqualTo("Ada");
        assertThat(json.at("/exercises/0/status").asText()).isEqualTo("solved");
        assertThat(cli().run("--exercises", VALID, "export", "--format", "markdown", "--name", "Ada").out())
                .contains("| 1 | first |");
    }

    @Test
    void aCorruptProgressFileIsMovedAsideWithAWarningAndNothingIsLost() throws Exception {
        Files.writeString(data.resolve("progress.json"), "{ this is not json");
        Cli.Result r = cli().run("--exercises", VALID, "list");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).startsWith("drainhunt: warning: ").contains("progress.json.corrupt-");
        try (var files = Files.list(data)) {
            Path aside = files.filter(f -> f.getFileName().toString().startsWith("progress.json.corrupt-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("{ this is not json");
        }
    }

    @Test
    void aNewerSchemaIsNeverOverwrittenAndSavingExits3() throws Exception {
        String newer = "{\"schemaVersion\": 99, \"packs\": {}}";
        Files.writeString(data.resolve("progress.json"), newer);
        Cli.Result r = cli().stdin("it never stops\n").run("--exercises", VALID, "practice", "1");
        assertThat(r.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(r.err()).contains("upgrade");
        assertThat(Files.readString(data.resolve("progress.json"))).isEqualTo(newer);
    }
}
