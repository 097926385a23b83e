package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
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
