package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColorOptionTest {

    private static final String VALID = "src/test/resources/packs/valid";
    private static final String ESC = "\u001b[";

    @Test
    void colorAlwaysKeepsColoursThroughAPipe() {
        assertThat(new Cli().run("show", "1", "--color=always", "--exercises", VALID).out()).contains(ESC);
        assertThat(new Cli().run("--color", "always", "show", "1", "--exercises", VALID).out()).contains(ESC);
    }

    @Test
    void colorNeverTurnsThemOffOnATerminal() {
        assertThat(new Cli().terminal().run("show", "1", "--color=never", "--exercises", VALID).out())
                .doesNotContain(ESC);
    }

    @Test
    void colorAutoColoursATerminalOnly() {
        assertThat(new Cli().terminal().run("--color=auto", "show", "1", "--exercises", VALID).out()).contains(ESC);
        assertThat(new Cli().run("--color=auto", "show", "1", "--exercises", VALID).out()).doesNotContain(ESC);
        assertThat(new Cli().terminal().env("TERM", "dumb").run("--color=auto", "show", "1", "--exercises", VALID)
                .out()).doesNotContain(ESC);
    }

    @Test
    void theColorFlagWinsOverNoColorInTheEnvironment() {
        assertThat(new Cli().env("NO_COLOR", "1").run("show", "1", "--color=always", "--exercises", VALID).out())
                .contains(ESC);
    }

    @Test
    void colorValuesAreCaseInsensitiveAndOthersAreUsageErrors() {
        assertThat(new Cli().run("show", "1", "--color=ALWAYS", "--exercises", VALID).out()).contains(ESC);
        Cli.Result r = new Cli().run("show", "1", "--color=sometimes", "--exercises", VALID);
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().toLowerCase(java.util.Locale.ROOT)).contains("auto").contains("always").contains("never");
    }

    @Test
    void theValueOfASpacedColorOptionIsNotTakenForTheCommand() {
        assertThat(Subcommands.named("--color", "always", "list")).contains("list");
    }
}
