package dev.drainhunt.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The Examples block of every {@code --help}: two to four real invocations per command, keyed by the command's
 * name ({@code drainhunt} for the root). Usage errors take their "e.g." from here too, so the two never disagree.
 */
final class Examples {

    /** One invocation, as typed, and what it does. */
    record Example(String line, String what) {
    }

    static final String SECTION = "examples";

    /** Built on first use, when help or an error is shown: a run that only does its job never pays for it. */
    private static final class Table {
        static final Map<String, List<Example>> BY_COMMAND = Map.ofEntries(
                Map.entry("drainhunt", List.of(
                        new Example("drainhunt", "due reviews, then the next unsolved one"),
                        new Example("drainhunt list --tag signals", "the exercises about signals"),
                        new Example("drainhunt show 3", "exercise 3's buggy code"),
                        new Example("drainhunt help fix", "how one command works"))),
                Map.entry("help", List.of(
                        new Example("drainhunt help", "every command"),
                        new Example("drainhunt help fix", "the options of fix"))),
                Map.entry("practice", List.of(
                        new Example("drainhunt practice", "due reviews, then unsolved exercises"),
                        new Example("drainhunt practice 3 5", "exercises 3 and 5, in that order"),
                        new Example("drainhunt practice --tag http --shuffle", "the HTTP ones, shuffled"),
                        new Example("drainhunt practice --difficulty easy", "the easy ones"))),
                Map.entry("review", List.of(
                        new Example("drainhunt review", "what is due, most overdue first"),
                        new Example("drainhunt review --side-by-side", "the fixes side by side"))),
                Map.entry("list", List.of(
                        new Example("drainhunt list", "every exercise and your status"),
                        new Example("drainhunt list --tag signals", "only those tagged signals"),
                        new Example("drainhunt list --difficulty hard --json", "the hard ones, as JSON"))),
                Map.entry("show", List.of(
                        new Example("drainhunt show 3", "exercise 3's buggy code"),
                        new Example("drainhunt show pool-drain-wait", "the same, by id"))),
                Map.entry("check", List.of(
                        new Example("drainhunt check 3 -d \"Drain waits with no deadline\"", "grade a diagnosis"),
                        new Example("echo \"wg.Wait blocks forever\" | drainhunt check 3", "read it from stdin"),
                        new Example("drainhunt check 3 -d \"lines 12-14\" --json", "the verdict as JSON"))),
                Map.entry("hint", List.of(
                        new Example("drainhunt hint 3", "one more hint"),
                        new Example("drainhunt hint 3 --level 2", "hints 1 and 2"))),
                Map.entry("reveal", List.of(
                        new Example("drainhunt reveal 3", "the answer (asks first if unsolved)"),
                        new Example("drainhunt reveal 3 --yes --side-by-side", "no question, fix beside the bug"))),
                Map.entry("diff", List.of(
                        new Example("drainhunt diff 3", "the diff to the fix"),
                        new Example("drainhunt diff 3 --side-by-side", "buggy and fixed side by side"))),
                Map.entry("run", List.of(
                        new Example("drainhunt run 1", "watch exercise 1's bug happen"),
                        new Example("drainhunt run 1 --json", "both runs as JSON"))),
                Map.entry("fix", List.of(
                        new Example("drainhunt fix 3", "edit a working copy, re-checked on save"),
                        new Example("drainhunt fix 3 --edit", "open it in $EDITOR first"),
                        new Example("drainhunt fix 3 --check", "check the copy once"),
                        new Example("drainhunt fix 3 --reset", "start again from the buggy code"))),
                Map.entry("progress", List.of(
                        new Example("drainhunt progress", "solved, streak, reviews due"),
                        new Example("drainhunt progress --json", "the figures as JSON"))),
                Map.entry("reset", List.of(
                        new Example("drainhunt reset 3", "forget exercise 3 (asks first)"),
                        new Example("drainhunt reset --all --yes", "forget the whole pack, no question"))),
                Map.entry("export", List.of(
                        new Example("drainhunt export -o me.json", "your record for drainhunt report"),
                        new Example("drainhunt export --format markdown", "a table to paste"),
                        new Example("drainhunt export --format csv --name \"Ada L\"", "CSV under another name"))),
                Map.entry("validate", List.of(
                        new Example("drainhunt validate", "the bundled pack"),
                        new Example("drainhunt validate my-pack", "a pack of your own"))),
                Map.entry("report", List.of(
                        new Example("drainhunt report exports/", "every .json export in a folder"),
                        new Example("drainhunt report ada.json bob.json -o team.html", "an HTML page"),
                        new Example("drainhunt report exports/ --json", "the figures as JSON"))),
                Map.entry("completion", List.of(
                        new Example("drainhunt completion bash > ~/.drainhunt.bash", "save the bash script"),
                        new Example("drainhunt completion zsh > ~/.drainhunt.zsh", "save the zsh script"))),
                Map.entry("install", List.of(
                        new Example("./drainhunt install", "under ~/.local"),
                        new Example("./drainhunt install --prefix /opt/drainhunt", "somewhere else"),
                        new Example("drainhunt install --uninstall", "remove what it wrote"))));
    }

    private Examples() {
    }

    /** The examples of a command by its name; empty for a command with none. */
    static List<Example> of(String command) {
        return Table.BY_COMMAND.getOrDefault(command, List.of());
    }

    /**
     * Adds the Examples block to one command's help, once: the help factory calls it as help is about to be shown
     * ({@link WholeWordsHelp.Factory}), so a run that shows none never pays for it.
     */
    static void addTo(CommandSpec command) {
        // The spec's own map and keys: CommandLine's setters would pass them on to every subcommand.
        UsageMessageSpec usage = command.usageMessage();
        if (usage.sectionMap().containsKey(SECTION)) {
            return;
        }
        Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>(usage.sectionMap());
        sections.put(SECTION, Section.INSTANCE);
        List<String> keys = new ArrayList<>(usage.sectionKeys());
        // After the options and the command list, before the footer (the root's exit codes).
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), SECTION);
        usage.sectionMap(sections).sectionKeys(keys);
    }

    /** The block of whichever command's help is rendered; one for all, found by the command's name. */
    private static final class Section implements CommandLine.IHelpSectionRenderer {
        static final Section INSTANCE = new Section();

        @Override
        public String render(CommandLine.Help help) {
            CommandSpec command = help.commandSpec();
            return Examples.render(of(command.name()), command.usageMessage().width());
        }
    }

    /**
     * The block, never wrapped by picocli (which breaks {@code ~/.local} after the dot): each line and its purpose
     * in two columns when they fit in {@code width}, else the purpose on the line below.
     */
    static String render(List<Example> examples, int width) {
        if (examples.isEmpty()) {
            return "";
        }
        int longest = examples.stream().mapToInt(e -> e.line().length()).max().orElse(0);
        int widest = examples.stream().mapToInt(e -> e.what().length()).max().orElse(0);
        boolean columns = 2 + longest + 3 + widest <= width;
        StringBuilder out = new StringBuilder(String.format("%nExamples:%n"));
        for (Example e : examples) {
            if (columns) {
                out.append(String.format("  %-" + longest + "s   %s%n", e.line(), e.what()));
            } else {
                out.append(String.format("  %s%n      %s%n", e.line(), e.what()));
            }
        }
        return out.toString();
    }
}
