package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** help and the command-line mistakes of a first try, from the built jar: exit codes, stdout and stderr. */
class HelpAndErrorsTest {

    @TempDir
    Path data;

    private Drainhunt drainhunt() {
        return new Drainhunt().env("DRAINHUNT_HOME", data.toString()).env("COLUMNS", "80");
    }

    @Test
    void helpAndHelpCommandExit0OnStdout() throws Exception {
        Drainhunt.Result root = drainhunt().run("help");
        assertThat(root.exitCode()).isZero();
        assertThat(root.err()).isEmpty();
        assertThat(root.out()).startsWith("Usage: drainhunt").contains("Examples:", "Exit codes:")
                .contains("~/.local/share/drainhunt")
                .contains("  install     Install drainhunt for your user: launcher, jar, man page and\n"
                        + "                shell completion.");
        Drainhunt.Result reset = drainhunt().run("help", "reset");
        assertThat(reset.exitCode()).isZero();
        assertThat(reset.out()).startsWith("Usage: drainhunt reset").contains("drainhunt reset --all --yes");
    }

    @Test
    void mistakesAreOnePlainLineOnStderrAndExit2() throws Exception {
        assertUsage(drainhunt().run("lsit"), "drainhunt: unknown command \"lsit\" — did you mean \"list\"?");
        assertUsage(drainhunt().run("help", "nosuch"),
                "drainhunt: unknown command \"nosuch\" (drainhunt help lists the commands)");
        assertUsage(drainhunt().run("list", "--tga", "signals"),
                "drainhunt: unknown option \"--tga\" for \"list\" — did you mean \"--tag\"?");
        assertUsage(drainhunt().run("list", "--tag", "sginals"),
                "drainhunt: no exercise has the tag \"sginals\" — did you mean \"signals\"?");
        assertUsage(drainhunt().run("show", "pool"),
                "drainhunt: no exercise \"pool\" — did you mean \"pool-drain-wait\" or \"pool-submit-drain\"?");
        assertUsage(drainhunt().run("reset"), "drainhunt: reset needs an exercise id or --all; e.g. drainhunt reset 3");
        assertUsage(drainhunt().run("list", "--difficulty", "EXTREME"),
                "drainhunt: invalid value \"EXTREME\" for --difficulty: expected one of easy, medium, hard");
    }

    @Test
    void resetWithNothingToResetSaysSoWithoutAskingAndExits0() throws Exception {
        Drainhunt.Result r = drainhunt().run("reset", "6");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("Nothing to reset for 6 (handler-ignores-request-context): there is no "
                + "progress on it.\n");
        assertThat(Files.exists(data.resolve("progress.json"))).isFalse();
    }

    private static void assertUsage(Drainhunt.Result r, String line) {
        assertThat(r.exitCode()).as(line).isEqualTo(2);
        assertThat(r.out()).as(line).isEmpty();
        assertThat(r.err()).isEqualTo(line + "\n");
    }
}
