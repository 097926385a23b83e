package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drainhunt.terminal.Environment;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliTest {

    private static final String VALID = "src/test/resources/packs/valid";
    private static final String ESC = "\u001b[";

    @Test
    void listsTheExercisesOfAPack() {
        Cli.Result r = new Cli().run("list", "--exercises", VALID);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("first").contains("Second exercise").contains("signals");
    }

    @Test
    void listFiltersByTagAndDifficulty() {
        assertThat(new Cli().run("list", "--exercises", VALID, "--tag", "http").out())
                .contains("second").doesNotContain("first");
        assertThat(new Cli().run("list", "--exercises", VALID, "--difficulty", "easy").out())
                .contains("first").doesNotContain("second");
    }

    @Test
    void listJsonIsAnArrayForScripts() throws Exception {
        Cli.Result r = new Cli().run("--exercises", VALID, "list", "--json");
        JsonNode array = Json.MAPPER.readTree(r.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array).hasSize(2);
        assertThat(array.get(1).get("id").asText()).isEqualTo("second");
        assertThat(array.get(1).get("difficulty").asText()).isEqualTo("hard");
        assertThat(array.get(1).get("tags").toString()).isEqualTo("[\"http\",\"context\"]");
    }

    @Test
    void showPrintsTheBuggyCodeAndNeverTheFix() {
        Cli.Result r = new Cli().run("show", "first", "--exercises", VALID);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("Exercise 1/2").contains("4 │     select {}")
                .doesNotContain("wait for a signal").doesNotContain("Nothing handles SIGTERM");
    }

    @Test
    void unknownExerciseIsOneLineWithASuggestionAndExit2() {
        Cli.Result r = new Cli().run("show", "secnod", "--exercises", VALID);
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("drainhunt: no exercise \"secnod\" — did you mean \"second\"?\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badFlagIsOneLineAndExit2() {
        Cli.Result r = new Cli().run("list", "--colour");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("drainhunt: unknown option \"--colour\" for \"list\"");
    }

    @Test
    void misspelledCommandSuggestsTheRightOne() {
        Cli.Result r = new Cli().run("lsit");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("drainhunt: unknown command \"lsit\" — did you mean \"list\"?\n");
    }

    @Test
    void validateReportsEveryProblemAndExits1() {
        Cli.Result r = new Cli().run("validate", "src/test/resources/packs/broken");
        assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(r.out().lines()).hasSize(4).allSatisfy(l -> assertThat(l).matches("\\S+\\.json:\\d+:\\d+: .*"));
        assertThat(r.err()).isEqualTo("drainhunt: src/test/resources/packs/broken: 4 problems\n");
    }

    @Test
    void validateReportsMatchRulesGradingCannotUse(@org.junit.jupiter.api.io.TempDir Path pack) throws Exception {
        for (String name : new String[] {"pack.json", "01-first.json"}) {
            java.nio.file.Files.copy(Path.of(VALID, name), pack.resolve(name));
        }
        String exercise = java.nio.file.Files.readString(pack.resolve("01-first.json"));
        java.nio.file.Files.writeString(pack.resolve("01-first.json"),
                exercise.replace("\"@signal\"", "\"@signl\"").replace("\"handle\"", "\"re:(\""));
        Cli.Result r = new Cli().run("validate", pack.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(r.out().lines()).hasSize(2).allSatisfy(l -> assertThat(l).contains("keyPoints[0].match[0]"));
        assertThat(r.out()).contains("@signl").contains("re:(");
    }

    @Test
    void validatePassesOnASoundPack() {
        Cli.Result r = new Cli().run("validate", VALID);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo(VALID + ": 2 exercises, no problems\n");
    }

    @Test
    void aBrokenPackStopsOtherCommandsWithItsProblems() {
        Cli.Result r = new Cli().run("list", "--exercises", "src/test/resources/packs/broken");
        assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(r.err()).contains("02-syntax.json:6:3: not valid JSON")
                .contains("drainhunt: the exercise pack has 4 problems");
    }

    @Test
    void coloursOnlyOnATerminalWithoutNoColor() {
        assertThat(new Cli().terminal().run("show", "1", "--exercises", VALID).out()).contains(ESC);
        assertThat(new Cli().run("show", "1", "--exercises", VALID).out()).doesNotContain(ESC);
        assertThat(new Cli().terminal().env("NO_COLOR", "1").run("show", "1", "--exercises", VALID).out())
                .doesNotContain(ESC);
        assertThat(new Cli().terminal().run("show", "1", "--no-color", "--exercises", VALID).out())
                .doesNotContain(ESC);
    }

    @Test
    void dataDirFollowsFlagThenDrainhuntHomeThenXdgThenHome() {
        Environment none = new Environment(java.util.Map.of("HOME", "/h"), false, false);
        assertThat(Settings.dataDir(Path.of("/flag"), none)).isEqualTo(Path.of("/flag"));
        assertThat(Settings.dataDir(null, none)).isEqualTo(Path.of("/h/.local/share/drainhunt"));
        Environment xdg = new Environment(java.util.Map.of("HOME", "/h", "XDG_DATA_HOME", "/x"), false, false);
        assertThat(Settings.dataDir(null, xdg)).isEqualTo(Path.of("/x/drainhunt"));
        Environment home = new Environment(java.util.Map.of("XDG_DATA_HOME", "/x", "DRAINHUNT_HOME", "/d"),
                false, false);
        assertThat(Settings.dataDir(null, home)).isEqualTo(Path.of("/d"));
    }

    @Test
    void versionComesFromTheBuild() {
        Cli.Result r = new Cli().run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("drainhunt ").doesNotContain("unknown");
    }
}
