package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * picocli creates every EXERCISE parameter's completion candidates while it builds the command model, on every
 * run: the pack must be read only by the commands that need it, or by completion itself.
 */
class CompletionStartupTest {

    @Test
    void commandsThatNeedNoPackNeverLoadIt() throws Exception {
        // --version registers no subcommand at all (see Subcommands), so it never builds candidates.
        assertThat(loadedClasses(List.of("--version"))).doesNotContain("dev.drainhunt.exercise.Catalog ")
                .doesNotContain("dev.drainhunt.cli.ExerciseCandidates");
        for (List<String> args : List.of(List.of("show", "--help"), List.of("practice", "--help"))) {
            String classes = loadedClasses(args);
            assertThat(classes).as("classes loaded by drainhunt %s", args)
                    .contains("dev.drainhunt.cli.ExerciseCandidates ")
                    .doesNotContain("dev.drainhunt.cli.ExerciseCandidates$Bundled")
                    .doesNotContain("dev.drainhunt.exercise.Catalog ");
        }
    }

    @Test
    void completionLoadsIt() throws Exception {
        assertThat(loadedClasses(List.of("completion", "bash"))).contains("dev.drainhunt.exercise.Catalog ");
    }

    private static String loadedClasses(List<String> args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-jar", Drainhunt.jar().toString()));
        command.addAll(args);
        Process java = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as("exit code of drainhunt %s", args).isZero();
        return out;
    }
}
