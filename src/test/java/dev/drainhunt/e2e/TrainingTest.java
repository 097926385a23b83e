package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run a JDK 25+ launcher records its AOT cache from: every command it trains on works in the one JVM, and
 * practises only in the folder it is given, never in the learner's.
 */
class TrainingTest {

    @TempDir
    Path home;

    @Test
    void runsTheCommonCommandsInOneJvmAndTouchesOnlyItsOwnFolder() throws Exception {
        Path data = home.resolve("training");
        Run run = train(data);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("internal error");
        // It went through list, check and practice: their output is there.
        assertThat(run.out()).contains("signal-notify-shutdown", "Partly there", "Progress saved in " + data);
        // Its session answered, so the list after it read a review and showed the forecast.
        assertThat(run.out()).contains("Next review due", "Reviews due in the next 14 days");
        assertThat(data.resolve("progress.json")).exists();
        try (Stream<Path> files = Files.walk(home)) {
            List<Path> outside = files.filter(Files::isRegularFile).filter(f -> !f.startsWith(data)).toList();
            assertThat(outside).as("files written outside the training folder").isEmpty();
        }
    }

    @Test
    void failsWhenACommandFailsSoNoCacheIsKeptFromIt() throws Exception {
        Path notAFolder = Files.writeString(home.resolve("file"), "not a folder");
        Run run = train(notAFolder);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("commands failed");
    }

    @Test
    void eachFamilyRunsItsOwnCommandsAndAnUnknownOneNone() throws Exception {
        Run version = train("version", home.resolve("version"));
        Run help = train("help", home.resolve("help"));
        Run list = train("list", home.resolve("list"));
        Run practice = train("practice", home.resolve("practice"));
        Run check = train("check", home.resolve("check"));
        Run unknown = train("lsit", home.resolve("unknown"));

        assertThat(help.exitCode()).as(help.err()).isZero();
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).contains("drainhunt 0.").doesNotContain("Usage: drainhunt");
        assertThat(help.out()).contains("Usage: drainhunt check", "Examples:").doesNotContain("signal-notify-shutdown",
                "drainhunt 0.");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("signal-notify-shutdown").doesNotContain("Usage: drainhunt");
        assertThat(practice.exitCode()).as(practice.err()).isZero();
        // No answer graded: JDK 25 would load grading's classes at the start of every session.
        assertThat(practice.out()).contains("Session summary", "Progress saved in " + home.resolve("practice"))
                .doesNotContain("Usage: drainhunt", "Partly there");
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("Partly there").doesNotContain("Session summary", "signal-notify-shutdown");
        assertThat(home.resolve("check")).as("check keeps no progress").doesNotExist();
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no family lsit");
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run train(Path data) throws Exception {
        return train("all", data);
    }

    private Run train(String family, Path data) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", Drainhunt.jar().toString(), "dev.drainhunt.cli.Training", family, data.toString());
        pb.environment().clear();
        pb.environment().put("HOME", home.toString());
        pb.environment().put("PATH", System.getenv("PATH"));
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = pb.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }
}
