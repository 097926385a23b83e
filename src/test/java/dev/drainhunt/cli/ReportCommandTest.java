package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drainhunt.report.Exports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    private static final String BROKEN = "src/test/resources/report/broken";
    private static final String ESC = "\u001b[";

    @TempDir
    Path dir;

    private String ada;
    private String bob;
    private String cy;

    @BeforeEach
    void threeExports() {
        ada = Exports.write(dir, "ada.json", Exports.ada()).toString();
        bob = Exports.write(dir, "bob.json", Exports.bob()).toString();
        cy = Exports.write(dir, "cy.json", Exports.cy()).toString();
    }

    @Test
    void reportsATeamAsPlainTextByDefault() {
        Cli.Result r = new Cli().run("report", ada, bob, cy);

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("go-drain 1.0.0 · 3 learners").contains("Exercises, hardest first")
                .containsSubsequence("ticker-leak", "wrong-ctx", "no-deadline", "lost-signal", "answered exercise 4")
                .doesNotContain(ESC);
        assertThat(new Cli().terminal().run("report", ada).out()).contains(ESC);
    }

    @Test
    void aFolderStandsForTheExportsInsideIt() {
        Cli.Result r = new Cli().run("report", "--json", dir.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"exportsRead\" : 3");
    }

    @Test
    void brokenExportsExit1WithOneLinePerProblemAndNoReport() {
        Cli.Result r = new Cli().run("report", ada, BROKEN, dir.resolve("ghost.json").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(
                BROKEN + "/missing-field.json:8:19: exercises[0]: missing required field \"status\"",
                BROKEN + "/newer-schema.json:3:21: schemaVersion: written by a newer drainhunt (export schema 3; "
                        + "this one reads 2): upgrade drainhunt to report on it",
                r.err().lines().toList().get(2),
                BROKEN + "/wrong-format.json:2:14: format: not a drainhunt progress export: format is "
                        + "\"drainhunt-progress\", expected \"drainhunt-progress-export\"; make one with: "
                        + "drainhunt export --format json",
                dir.resolve("ghost.json") + ":1:1: cannot read: no such file or folder",
                "drainhunt: 5 files are not a usable export, so nothing was reported; fix them or leave them out");
        assertThat(r.err().lines().toList().get(2)).startsWith(BROKEN + "/syntax.json:17:3: not valid JSON: ");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void writesTheFileItIsAskedForInTheFormatOfItsExtensionAndSaysWhere() throws Exception {
        Path html = dir.resolve("out").resolve("team.html");
        Files.createDirectories(html.getParent());

        Cli.Result r = new Cli().run("report", ada, bob, cy, "-o", html.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("Wrote the team report (html, 3 learners) to " + html + "\n");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("ticker-leak");
        try (Stream<Path> files = Files.list(html.getParent())) {
            assertThat(files).as("no temporary file is left behind").containsExactly(html);
        }
    }

    @Test
    void anExplicitFormatWinsOverTheExtensionAndReplacesTheFileWhole() throws Exception {
        Path out = dir.resolve("team.txt");
        Files.writeString(out, "an old, much longer report ".repeat(500));

        Cli.Result r = new Cli().run("report", ada, "--format", "markdown", "--output", out.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("# drainhunt team report\n").doesNotContain("old");
    }

    @Test
    void jsonIsTheAggregatedReportForScripts() throws Exception {
        Cli.Result r = new Cli().run("report", "--json", ada, bob, cy);

        JsonNode json = Json.MAPPER.readTree(r.out());
        assertThat(json.get("format").asText()).isEqualTo("drainhunt-team-report");
        assertThat(json.get("packs").get(0).get("exercises").get(0).get("id").asText()).isEqualTo("ticker-leak");
    }

    @Test
    void newerExportOfALearnerWinsWithANote() {
        Path older = Exports.write(dir, "ada-old.json",
                Exports.export("Ada", Exports.ada().exportedAt().minusSeconds(86_400)));

        Cli.Result r = new Cli().run("report", older.toString(), ada, "--format", "markdown");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("## Notes").contains("dropped " + older + " (exported");
    }

    @Test
    void usageMistakesAreOneLineAndExit2() {
        Cli.Result both = new Cli().run("report", ada, "--json", "--format", "html");
        assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(both.err()).isEqualTo("drainhunt: --json and --format html do not go together: pick one\n");

        Cli.Result folder = new Cli().run("report", ada, "-o", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(folder.err()).startsWith("drainhunt: -o " + dir + " is a folder");

        Cli.Result none = new Cli().run("report");
        assertThat(none.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(none.err()).isEqualTo("drainhunt: report needs a file or folder; e.g. drainhunt report exports/\n");
    }

    @Test
    void anOutputThatCannotBeWrittenExits3() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
        Cli.Result r = new Cli().run("report", ada, "-o", file.resolve("team.md").toString());

        assertThat(r.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(r.err()).isEqualTo("drainhunt: cannot write " + file.resolve("team.md") + ": " + file
                + " is a file, not a folder\n");
    }

    @Test
    void anOutputInAMissingFolderCreatesIt() {
        Path target = dir.resolve("new-folder/team.md");
        Cli.Result r = new Cli().run("report", ada, "-o", target.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(target).exists();
    }
}
