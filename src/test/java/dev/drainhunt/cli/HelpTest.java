package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.terminal.Environment;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drainhunt help}, and what every {@code --help} shows: examples, whole paths, whole summaries. */
class HelpTest {

    /** The whole command tree, its help laid out in {@code columns}, as the launcher passes them in COLUMNS. */
    private static CommandLine tree(int columns) {
        Environment env = new Environment(Map.of("COLUMNS", String.valueOf(columns)), false, false);
        return Main.commandLine(new DrainhuntCommand(env, new ByteArrayInputStream(new byte[0])), "--help");
    }

    private static CommandLine tree() {
        return tree(80);
    }

    private static String help(CommandLine command) {
        StringWriter out = new StringWriter();
        command.usage(new PrintWriter(out), CommandLine.Help.Ansi.OFF);
        return out.toString();
    }

    private static List<CommandLine> everyCommand() {
        return everyCommand(80);
    }

    private static List<CommandLine> everyCommand(int columns) {
        CommandLine root = tree(columns);
        List<CommandLine> all = new ArrayList<>(List.of(root));
        all.addAll(root.getSubcommands().values());
        return all;
    }

    @Test
    void helpAloneIsTheRootHelpAndExits0() {
        Cli.Result r = new Cli().run("help");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(new Cli().run("--help").out()).contains("Commands:", "  help ", "Examples:");
    }

    @Test
    void helpWithACommandIsThatCommandsHelp() {
        Cli.Result r = new Cli().run("help", "fix");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("Usage: drainhunt fix").isEqualTo(new Cli().run("fix", "--help").out());
    }

    @Test
    void helpWithAnUnknownCommandIsAUsageErrorWithASuggestion() {
        Cli.Result r = new Cli().run("help", "lsit");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("drainhunt: unknown command \"lsit\" — did you mean \"list\"?\n");
        assertThat(new Cli().run("help", "nosuch").err())
                .isEqualTo("drainhunt: unknown command \"nosuch\" (drainhunt help lists the commands)\n");
    }

    @Test
    void everyCommandHasTwoToFourExamplesThatRunIt() {
        for (CommandLine command : everyCommand()) {
            String name = command.getCommandName();
            assertThat(Examples.of(name)).as(name).hasSizeBetween(2, 4);
            for (Examples.Example example : Examples.of(name)) {
                String invocation = example.line().replaceFirst("^.*\\| ", "");
                assertThat(invocation).as(name).matches(name.equals("drainhunt")
                        ? "(\\./)?drainhunt( .*)?" : "(\\./)?drainhunt " + name + "( .*)?");
            }
        }
    }

    @Test
    void everyHelpEndsItsOwnPartWithTheExamples() {
        for (CommandLine command : everyCommand()) {
            String help = help(command);
            String name = command.getCommandName();
            assertThat(help).as(name).contains("\nExamples:\n  " + Examples.of(name).get(0).line());
            assertThat(help.indexOf("Examples:")).as(name).isEqualTo(help.lastIndexOf("Examples:"));
            if (name.equals("drainhunt")) {
                assertThat(help.indexOf("Examples:")).isLessThan(help.indexOf("Exit codes:"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 132})
    void noHelpLineIsWiderThanTheTerminal(int columns) {
        for (CommandLine command : everyCommand(columns)) {
            assertThat(help(command).lines()).as(command.getCommandName()).allSatisfy(line ->
                    assertThat(line.length()).as(line).isLessThanOrEqualTo(columns));
        }
    }

    @Test
    void helpIsNeverNarrowerThanPicocliCanLayOut() {
        assertThat(help(tree(20)).lines().mapToInt(String::length).max().orElseThrow())
                .isBetween(50, WholeWordsHelp.MINIMUM_WIDTH);
    }

    /** Every path, variable and dotted name of the help texts, e.g. {@code ~/.local/share/drainhunt). */
    private static final Pattern PATH = Pattern.compile("[~$.\\w-]*(/|\\w\\.\\w)[~$.\\w/-]*");

    @ParameterizedTest
    @ValueSource(ints = {60, 80, 132})
    void pathsAreNeverBrokenAcrossLines(int columns) {
        for (CommandLine command : everyCommand(columns)) {
            String help = help(command);
            List<String> paths = texts(command.getCommandSpec()).flatMap(text -> {
                Matcher m = PATH.matcher(text);
                List<String> found = new ArrayList<>();
                while (m.find()) {
                    found.add(m.group().replaceAll("\\.+$", ""));
                }
                return found.stream();
            }).filter(p -> p.length() > 2).toList();
            assertThat(paths).as("paths found").isNotEmpty();
            for (String path : paths) {
                assertThat(help.lines().anyMatch(line -> line.contains(path)))
                        .as(command.getCommandName() + " shows " + path + " on one line").isTrue();
            }
        }
        assertThat(help(tree(columns).getSubcommands().get("list"))).contains("~/.local/share/drainhunt");
    }

    /** The texts of a command's help: its description and footer, its options' and parameters' descriptions. */
    private static Stream<String> texts(CommandSpec spec) {
        return Stream.of(Arrays.stream(spec.usageMessage().description()), Arrays.stream(spec.usageMessage().footer()),
                        spec.args().stream().filter(a -> !a.hidden()).map(ArgSpec::description).flatMap(Arrays::stream))
                .flatMap(s -> s)
                .filter(text -> !text.contains("${"));
    }

    @Test
    void theRootHelpShowsEveryCommandsSummaryWhole() {
        String help = help(tree());
        for (CommandLine command : tree().getSubcommands().values()) {
            String summary = command.getCommandSpec().usageMessage().description()[0];
            assertThat(summary).as(command.getCommandName() + "'s summary is a sentence").endsWith(".");
            assertThat(summaryShown(help, command.getCommandName())).isEqualTo(summary);
        }
    }

    /** A command's line in the root help's command list, with the lines it wraps onto. */
    private static String summaryShown(String help, String name) {
        List<String> lines = help.lines().dropWhile(line -> !line.equals("Commands:")).toList();
        int at = 0;
        while (!lines.get(at).startsWith("  " + name + " ")) {
            at++;
        }
        StringBuilder shown = new StringBuilder(lines.get(at).substring(2 + name.length()).strip());
        for (int i = at + 1; i < lines.size() && lines.get(i).startsWith("                "); i++) {
            shown.append(' ').append(lines.get(i).strip());
        }
        return shown.toString();
    }

    @Test
    void difficultyChoicesAreShownAsUsersTypeThem() {
        String help = help(tree().getSubcommands().get("list"));
        assertThat(help).contains("easy, medium, hard").doesNotContain("EASY");
        assertThat(help(tree().getSubcommands().get("report"))).contains("text, markdown, html");
    }
}
