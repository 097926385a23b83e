package dev.drainhunt.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * The subcommands of drainhunt, registered with picocli on demand. Building picocli's model of a command costs a
 * few milliseconds of reflection each, on every run; a run that names its command needs only that one, while
 * help, completion and mistyped commands get them all.
 */
final class Subcommands {

    /**
     * A subcommand: its name, and what picocli builds its model from for a root command, either a hand-built
     * {@code CommandSpec} ({@link HandBuilt}) or an annotated class. An annotated class names itself in its
     * {@code @Command} too; SubcommandsTest holds the two names together.
     */
    record Entry(String name, Function<DrainhuntCommand, Object> model) {
    }

    /** In the order help lists them. */
    static final List<Entry> ALL = List.of(
            new Entry("practice", root -> new PracticeCommand(root).spec()),
            new Entry("review", root -> new ReviewCommand(root).spec()),
            new Entry("list", root -> new ListCommand(root).spec()),
            new Entry("show", root -> ShowCommand.class),
            new Entry("check", root -> new CheckCommand(root).spec()),
            new Entry("hint", root -> HintCommand.class),
            new Entry("reveal", root -> RevealCommand.class),
            new Entry("diff", root -> DiffCommand.class),
            new Entry("run", root -> RunCommand.class),
            new Entry("fix", root -> FixCommand.class),
            new Entry("progress", root -> ProgressCommand.class),
            new Entry("reset", root -> ResetCommand.class),
            new Entry("export", root -> ExportCommand.class),
            new Entry("validate", root -> ValidateCommand.class),
            new Entry("report", root -> ReportCommand.class),
            new Entry("completion", root -> CompletionCommand.class),
            new Entry("install", root -> InstallCommand.class),
            new Entry("help", root -> HelpCommand.class));

    /** Root options that take a value, so the value is not mistaken for the command's name. */
    static final Set<String> ROOT_OPTIONS_WITH_VALUE = Set.of("--exercises", "--data-dir", "--color");

    /** Commands that describe the whole tree and so need every subcommand in it. */
    private static final Set<String> NEED_ALL = Set.of("help", "completion", "install");

    private Subcommands() {
    }

    /**
     * Adds what {@code args} need: the named subcommand only; none for a bare run (it practises) or
     * {@code --version}; all of them for help, completion, and a name that matches none (to suggest one).
     */
    static void register(CommandLine root, String... args) {
        Optional<String> named = named(args);
        if (named.isEmpty()) {
            if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
                registerAll(root);
            }
            return;
        }
        Optional<Entry> only = named.filter(n -> !NEED_ALL.contains(n))
                .flatMap(n -> ALL.stream().filter(e -> e.name().equals(n)).findFirst());
        if (only.isPresent()) {
            add(root, only.get());
        } else {
            registerAll(root);
        }
    }

    private static void registerAll(CommandLine root) {
        ALL.forEach(entry -> add(root, entry));
    }

    private static void add(CommandLine root, Entry entry) {
        root.addSubcommand(entry.name(), entry.model().apply((DrainhuntCommand) root.getCommand()));
    }

    /** The first word that is neither an option nor an option's value: the subcommand, if the user gave one. */
    static Optional<String> named(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                return Optional.empty();
            }
            if (arg.startsWith("-")) {
                if (ROOT_OPTIONS_WITH_VALUE.contains(arg)) {
                    i++;
                }
                continue;
            }
            return Optional.of(arg);
        }
        return Optional.empty();
    }

    /** The word {@link #named} picks from {@code args}, when it names no command {@code root} knows. */
    static Optional<String> unknown(CommandLine root, String... args) {
        return named(args).filter(name -> !root.getSubcommands().containsKey(name));
    }

    /** The commands' names, in help's order. */
    static List<String> names() {
        return ALL.stream().map(Entry::name).toList();
    }
}
