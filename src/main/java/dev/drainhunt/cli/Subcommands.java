package dev.drainhunt.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * The subcommands of drainhunt, registered with picocli on demand. Building picocli's model of a command costs a
 * few milliseconds of reflection each, on every run; a run that names its command needs only that one, while
 * help, completion and mistyped commands get them all.
 */
final class Subcommands {

    /** In the order help lists them. */
    static final List<String> NAMES = List.of("practice", "review", "list", "show", "check", "hint", "reveal",
            "diff", "run", "fix", "progress", "reset", "export", "validate", "report", "completion", "install",
            "help");

    /**
     * What picocli builds the model of the command {@code name} from, for {@code root}: a hand-built
     * {@code CommandSpec} ({@link HandBuilt}) or an annotated class, which names itself in its {@code @Command}
     * too (SubcommandsTest holds the two names together). A switch, not a table of lambdas: linking eighteen
     * lambdas cost every run a few milliseconds.
     */
    static Object model(String name, DrainhuntCommand root) {
        return switch (name) {
            case "practice" -> new PracticeCommand(root).spec();
            case "review" -> new ReviewCommand(root).spec();
            case "list" -> new ListCommand(root).spec();
            case "show" -> ShowCommand.class;
            case "check" -> new CheckCommand(root).spec();
            case "hint" -> HintCommand.class;
            case "reveal" -> RevealCommand.class;
            case "diff" -> DiffCommand.class;
            case "run" -> RunCommand.class;
            case "fix" -> FixCommand.class;
            case "progress" -> ProgressCommand.class;
            case "reset" -> ResetCommand.class;
            case "export" -> ExportCommand.class;
            case "validate" -> ValidateCommand.class;
            case "report" -> ReportCommand.class;
            case "completion" -> CompletionCommand.class;
            case "install" -> InstallCommand.class;
            case "help" -> HelpCommand.class;
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

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
        String name = named.get();
        if (NAMES.contains(name) && !NEED_ALL.contains(name)) {
            add(root, name);
        } else {
            registerAll(root);
        }
    }

    private static void registerAll(CommandLine root) {
        NAMES.forEach(name -> add(root, name));
    }

    private static void add(CommandLine root, String name) {
        root.addSubcommand(name, model(name, (DrainhuntCommand) root.getCommand()));
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
}
