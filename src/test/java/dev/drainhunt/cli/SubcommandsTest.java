package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

class SubcommandsTest {

    @Test
    void findsTheCommandAfterRootOptionsAndTheirValues() {
        assertThat(Subcommands.named("--data-dir", "list", "show", "1")).contains("show");
        assertThat(Subcommands.named("--no-color", "list")).contains("list");
        assertThat(Subcommands.named("--exercises=dir", "check", "2")).contains("check");
        assertThat(Subcommands.named("--no-color")).isEmpty();
        assertThat(Subcommands.named("--", "list")).isEmpty();
    }

    @Test
    void everyRootOptionWithAValueIsKnownToTheScan() {
        // A new valued root option missing from the set would make its value look like a command name.
        for (OptionSpec option : new DrainhuntCommand().spec().options()) {
            if (option.arity().max() > 0) {
                assertThat(Subcommands.ROOT_OPTIONS_WITH_VALUE).containsAll(Arrays.asList(option.names()));
            }
        }
    }

    @Test
    void aHandBuiltFlagTakesAnAttachedTrueOrFalseAsAnAnnotatedOneDoes(@TempDir Path data) {
        Cli cli = new Cli().env("DRAINHUNT_HOME", data.toString());
        Cli.Result json = cli.run("list", "--json=true");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).startsWith("[");
        Cli.Result table = cli.run("list", "--json=false", "--plain=true");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).doesNotStartWith("[").contains("signal-notify-shutdown");
        // The root's --no-color is inherited by the annotated commands too.
        assertThat(cli.run("--no-color=true", "show", "1").exitCode()).isZero();
        assertThat(cli.run("show", "1", "--no-color=false").exitCode()).isZero();
    }

    @Test
    void everyCommandIsRegisteredUnderTheNameItsModelGives() {
        // An annotated command names itself in @Command as well as in the table: the two must agree, or
        // "drainhunt NAME" would find a command whose help and completion say another name.
        DrainhuntCommand root = new DrainhuntCommand();
        for (String name : Subcommands.NAMES) {
            Object model = Subcommands.model(name, root);
            String named = model instanceof CommandSpec spec ? spec.name()
                    : ((Class<?>) model).getAnnotation(Command.class).name();
            assertThat(named).as("the model of %s", name).isEqualTo(name);
        }
        assertThat(Main.commandLine(root, "--help").getSubcommands().keySet())
                .containsExactlyElementsOf(Subcommands.NAMES);
    }

    @Test
    void aNamedCommandIsRegisteredAloneAndHelpGetsThemAll() {
        CommandLine one = Main.commandLine(new DrainhuntCommand(), "--no-color", "show", "1");
        assertThat(one.getSubcommands()).containsOnlyKeys("show");
        assertThat(Main.commandLine(new DrainhuntCommand(), "--version").getSubcommands()).isEmpty();
        assertThat(Main.commandLine(new DrainhuntCommand(), "--help").getSubcommands())
                .hasSize(Subcommands.NAMES.size());
        assertThat(Main.commandLine(new DrainhuntCommand(), "lsit").getSubcommands())
                .hasSize(Subcommands.NAMES.size());
        assertThat(Main.commandLine(new DrainhuntCommand(), "completion", "bash").getSubcommands())
                .hasSize(Subcommands.NAMES.size());
        assertThat(Main.commandLine(new DrainhuntCommand(), "help", "show").getSubcommands())
                .hasSize(Subcommands.NAMES.size()).containsKey("help");
    }
}
