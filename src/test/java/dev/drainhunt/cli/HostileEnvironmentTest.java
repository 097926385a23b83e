package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.install.ShellPaths;
import dev.drainhunt.terminal.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The environment and progress files as an attacker or an accident leaves them (issue 18). */
class HostileEnvironmentTest {

    private static final String VALID = "src/test/resources/packs/valid";

    @TempDir
    Path dir;

    @Test
    void aRelativeXdgDataHomeIsIgnored() {
        Environment relative = new Environment(Map.of("HOME", "/h", "XDG_DATA_HOME", "data"), false, false);

        assertThat(Settings.dataDir(null, relative)).isEqualTo(Path.of("/h/.local/share/drainhunt"));
        assertThat(ShellPaths.userCompletions(relative)).isEqualTo(
                Path.of("/h/.local/share/bash-completion/completions"));
    }

    @Test
    void aMovedClockIsSaidOnStderr() {
        Cli.Result r = new Cli().env("DRAINHUNT_NOW", "2030-01-01")
                .run("--exercises", VALID, "--data-dir", dir.toString(), "list");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).startsWith("drainhunt: the clock is moved to 2030-01-01 by $DRAINHUNT_NOW");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void hintOnTheLargestCountStillShowsHints() throws IOException {
        Files.writeString(dir.resolve("progress.json"), "{ \"schemaVersion\" : 1, \"packs\" : { \"test-pack\" : {"
                + " \"exercises\" : { \"first\" : { \"hintsTaken\" : 2147483647 } } } } }");

        Cli.Result r = new Cli().run("--exercises", VALID, "--data-dir", dir.toString(), "hint", "1");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("Hint 1");
    }

    @Test
    void progressOfNullIsMovedAsideNotACrash() throws IOException {
        Files.writeString(dir.resolve("progress.json"), "null");

        Cli.Result r = new Cli().run("--exercises", VALID, "--data-dir", dir.toString(), "progress");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("was damaged").doesNotContain("internal error");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("progress.json.corrupt-"));
        }
    }

    @Test
    void aSchemaVersionPastIntIsNewerExitThree() throws IOException {
        String newer = "{ \"schemaVersion\" : 99999999999, \"packs\" : {} }";
        Files.writeString(dir.resolve("progress.json"), newer);

        Cli.Result r = new Cli().run("--exercises", VALID, "--data-dir", dir.toString(), "hint", "1");

        assertThat(r.exitCode()).isEqualTo(ExitCode.DATA);
        assertThat(r.err()).contains("newer drainhunt");
        assertThat(dir.resolve("progress.json")).hasContent(newer);
    }
}
