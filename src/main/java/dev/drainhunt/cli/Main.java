package dev.drainhunt.cli;

import dev.drainhunt.progress.ProgressException;
import dev.drainhunt.terminal.Encoding;
import dev.drainhunt.terminal.TerminalFailure;
import dev.drainhunt.text.SafeText;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import picocli.CommandLine;

/** Entry point: builds the command line, maps failures to one-line messages and exit codes. */
public final class Main {

    static final String OUT_OF_MEMORY = "drainhunt: out of memory: the data is too large for this Java heap;"
            + " nothing was changed (give java more memory with -Xmx)";

    /**
     * No option takes a java.time or java.sql value. Without converters for them picocli skips loading and
     * initialising those classes (MonthDay's formatter, JDBC's driver manager), a tenth of every start-up.
     */
    static final String SKIPPED_CONVERTERS = "java\\.(sql|time)\\..*";

    static {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", SKIPPED_CONVERTERS);
        }
    }

    private Main() {
    }

    public static void main(String[] args) {
        Warmup.start(System.getenv(), args);
        int code = run(args);
        // Success returns from main: the JVM then shuts down as System.exit would, shutdown hooks and all, without
        // what Runtime.exit does first from JDK 21 on: it asks for the "java.lang.Runtime" System.Logger, and the
        // first such lookup scans the class path and the module image for a logging provider, opening the jar. On
        // JDK 25 that was a sixth of a --version and a tenth of a list (README.md, "Performance"). A thread that is
        // not a daemon would hold the JVM up once main returns: then, as for any other code, System.exit.
        if (code != ExitCode.OK || keepsTheJvmUp(rootGroup(), Thread.currentThread())) {
            System.exit(code);
        }
    }

    /** Whether a live thread other than {@code self}, in {@code group} or below it, is not a daemon. */
    static boolean keepsTheJvmUp(ThreadGroup group, Thread self) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int count = group.enumerate(threads, true);
        if (count == threads.length) {
            return true; // more than it could list: one of them may be
        }
        for (int i = 0; i < count; i++) {
            if (threads[i] != self && threads[i].isAlive() && !threads[i].isDaemon()) {
                return true;
            }
        }
        return false;
    }

    private static ThreadGroup rootGroup() {
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        while (group.getParent() != null) {
            group = group.getParent();
        }
        return group;
    }

    /** Runs one command and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        CommandLine cmd = commandLine(new DrainhuntCommand(), args);
        int code;
        try {
            code = cmd.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands on Errors; data too large for the heap (a huge progress file or pack) is the user's to
            // act on. Nothing is half-written: files are replaced whole, by a rename.
            cmd.getErr().println(OUT_OF_MEMORY);
            code = ExitCode.DATA;
        }
        // print() without a newline is not auto-flushed, and the JVM does not flush for us when it exits.
        cmd.getOut().flush();
        cmd.getErr().flush();
        return code;
    }

    /** The whole command tree, every subcommand in it: for the man page and tools that describe drainhunt. */
    public static CommandLine commandLine() {
        return commandLine(new DrainhuntCommand(), "--help");
    }

    /** The command line for one run: with only the subcommand {@code args} name, when they name one. */
    static CommandLine commandLine(DrainhuntCommand root, String... args) {
        CommandLine cmd = new CommandLine(root.spec());
        Subcommands.register(cmd, args);
        cmd.setHelpFactory(new WholeWordsHelp.Factory(root.env));
        // stdout is UTF-8 whatever the locale says: data (JSON, exports) must not change with it, and what people
        // read is drawn in ASCII by the Screen under a locale that is not UTF-8.
        cmd.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true));
        // Errors are for people only: under a locale that is not UTF-8 they are folded to ASCII (Encoding).
        cmd.setErr(new PrintWriter(Encoding.forPeople(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), root.env), true));
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        Failures failures = new Failures();
        cmd.setParameterExceptionHandler(failures);
        cmd.setExecutionExceptionHandler(failures);
        return cmd;
    }

    /** The two handlers as one class, not a method reference and a lambda: on JDK 17 each costs a start ~0.2 ms. */
    private static final class Failures
            implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException e, String[] args) {
            return usageError(e, args);
        }

        @Override
        public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult result) {
            return failure(e, commandLine);
        }
    }

    private static int usageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        // picocli goes on past a word it does not know, so "hlep show" fails in show (no exercise id); only the
        // first word can name the command, and a typo there is the mistake to report.
        CommandLine root = e.getCommandLine().getCommandSpec().root().commandLine();
        String message = Subcommands.unknown(root, args).map(name -> UsageErrors.unknownCommand(root, name))
                .orElseGet(() -> UsageErrors.message(e));
        err.println("drainhunt: " + SafeText.clean(message));
        err.flush();
        return ExitCode.USAGE;
    }

    /**
     * The one place a failure becomes a line on stderr and an exit code, as picocli's exit-code mapper would: the
     * user's errors and environment get one line each; anything else is our bug.
     */
    private static int failure(Exception e, CommandLine cmd) {
        PrintWriter err = cmd.getErr();
        OptionalInt code = exitCode(e);
        if (code.isPresent()) {
            // Messages quote the command line, packs and files: one sanitiser before the terminal.
            err.println("drainhunt: " + SafeText.clean(String.valueOf(e.getMessage())));
            err.flush();
            return code.getAsInt();
        }
        // Anything else is our bug: say so in one line, and keep the trace for whoever reports it.
        err.println("drainhunt: internal error: " + SafeText.clean(e.toString())
                + " (set DRAINHUNT_DEBUG=1 for the stack trace)");
        if (System.getenv("DRAINHUNT_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.FAILED;
    }

    /** The exit code of a failure the user can act on; empty for a bug. */
    static OptionalInt exitCode(Exception e) {
        if (e instanceof UserError user) {
            return OptionalInt.of(user.exitCode());
        }
        if (e instanceof ProgressException) {
            return OptionalInt.of(ExitCode.DATA);
        }
        if (e instanceof TerminalFailure) {
            return OptionalInt.of(ExitCode.FAILED);
        }
        return OptionalInt.empty();
    }
}
