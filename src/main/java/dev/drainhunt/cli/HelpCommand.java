package dev.drainhunt.cli;

import java.util.Iterator;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code drainhunt help [COMMAND]}: the same help as {@code drainhunt [COMMAND] --help}. */
@Command(name = "help", helpCommand = true,
        description = "Show the help of drainhunt, or of one command (the same as COMMAND --help).")
final class HelpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..1", completionCandidates = Names.class,
            description = "The command to describe (default: drainhunt itself, with every command).")
    String command;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    /** The commands' names, for shell completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Subcommands.NAMES.iterator();
        }
    }

    @Override
    public Integer call() {
        CommandLine root = spec.parent().commandLine();
        CommandLine described = command == null ? root : root.getSubcommands().get(command);
        if (described == null) {
            throw UserError.usage(UsageErrors.unknownCommand(root, command));
        }
        described.usage(spec.commandLine().getOut());
        return ExitCode.OK;
    }
}
