package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Option;

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
        for (Field field : DrainhuntCommand.class.getDeclaredFields()) {
            Option option = field.getAnnotation(Option.class);
            if (option != null && field.getType() != boolean.class) {
                assertThat(Subcommands.ROOT_OPTIONS_WITH_VALUE).containsAll(Arrays.asList(option.names()));
            }
        }
    }

    @Test
    void aNamedCommandIsRegisteredAloneAndHelpGetsThemAll() {
        CommandLine one = Main.commandLine(new DrainhuntCommand(), "--no-color", "show", "1");
        assertThat(one.getSubcommands()).containsOnlyKeys("show");
        assertThat(Main.commandLine(new DrainhuntCommand(), "--version").getSubcommands()).isEmpty();
        assertThat(Main.commandLine(new DrainhuntCommand(), "--help").getSubcommands())
                .hasSize(Subcommands.ALL.size());
        assertThat(Main.commandLine(new DrainhuntCommand(), "lsit").getSubcommands())
                .hasSize(Subcommands.ALL.size());
        assertThat(Main.commandLine(new DrainhuntCommand(), "completion", "bash").getSubcommands())
                .hasSize(Subcommands.ALL.size());
        assertThat(Main.commandLine(new DrainhuntCommand(), "help", "show").getSubcommands())
                .hasSize(Subcommands.ALL.size()).containsKey("help");
    }
}
