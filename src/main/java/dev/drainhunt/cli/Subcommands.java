package dev.drainhunt.cli;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The subcommands of drainhunt, registered with picocli on demand. Building picocli's model of a command costs a
 * few milliseconds of reflection each, on every run; a run that names its command needs only that one, while
 * help, completion and mistyped commands get them all.
 */
final class Subcommands {

    /** In the order help lists them. */
    static final List<Class<?>> ALL = List.of(
            PracticeCommand.class,
            ReviewCommand.class,
            ListCommand.class,
            ShowCommand.class,
            CheckCommand.class,
            HintCommand.class,
            RevealCommand.class,
            DiffCommand.class,
            RunCommand.class,
            FixCommand.class,
            ProgressCommand.class,
            ResetCommand.class,
            ExportCommand.class,
            ValidateCommand.class,
            ReportCommand.class,
            CompletionCommand.class,
            InstallCommand.class,
            HelpCommand.class);

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
                ALL.forEach(root::addSubcommand);
            }
            return;
        }
        Optional<Class<?>> only = named.filter(n -> !NEED_ALL.contains(n))
                .flatMap(n -> ALL.stream().filter(c -> name(c).equals(n)).findFirst());
        if (only.isPresent()) {
            root.addSubcommand(only.get());
        } else {
            ALL.forEach(root::addSubcommand);
        }
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

    static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
