package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a run ends, from the built jar. A command that succeeds returns from main, so that the JVM shuts down
 * without Runtime.exit's logger lookup (JDK 21 and newer), which scans the class path for a logging provider; a
 * failure still exits with its code. Only a JDK 21+ does that lookup, so only one can tell the two ends apart.
 */
class ExitTest {

    /** Loaded by the first System.Logger lookup: its class-path scan for a provider. */
    private static final String LOGGER_LOOKUP = "jdk.internal.logger.BootstrapLogger$DetectBackend ";

    @TempDir
    Path data;

    @Test
    void successSkipsTheExitLoggersLookupAndAFailureKeepsItsCode() throws Exception {
        List<String> homes = InstallTest.javaHomes().filter(h -> InstallTest.feature(Path.of(h)) >= 21)
                .collect(Collectors.toList());
        assumeTrue(!homes.isEmpty(), "no JDK 21 or newer here (this one or under /usr/lib/jvm): only they log an exit");
        for (String home : homes) {
            Drainhunt drainhunt = new Drainhunt().java(home).env("DRAINHUNT_HOME", data.toString())
                    .jvm("-Xlog:class+load=info");
            for (String[] command : List.of(new String[] {"--version"}, new String[] {"list"},
                    new String[] {"check", "1", "--diagnosis", "a signal can be lost"})) {
                Drainhunt.Result ok = drainhunt.run(command);
                assertThat(ok.exitCode()).as(home + ": " + String.join(" ", command) + "\n" + ok.err()).isZero();
                assertThat(ok.out()).as(home + ": " + String.join(" ", command)).contains("dev.drainhunt.cli.Main ")
                        .doesNotContain(LOGGER_LOOKUP);
            }
            // The same probe sees the lookup when a run does exit through System.exit.
            Drainhunt.Result usage = drainhunt.run("show", "nosuch");
            assertThat(usage.exitCode()).as(home).isEqualTo(2);
            assertThat(usage.err()).startsWith("drainhunt: no exercise \"nosuch\"");
            assertThat(usage.out()).as(home).contains(LOGGER_LOOKUP);
        }
    }
}
