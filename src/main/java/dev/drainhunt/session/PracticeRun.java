package dev.drainhunt.session;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.grading.Grader;
import dev.drainhunt.practice.PracticeEngine;
import dev.drainhunt.terminal.Console;
import dev.drainhunt.terminal.Pager;
import dev.drainhunt.terminal.Prompt;
import dev.drainhunt.terminal.TerminalPrompt;
import dev.drainhunt.terminal.TerminalSize;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.jline.utils.AttributedString;

/**
 * Runs practice sessions: picks the prompt, and on SIGTERM or Ctrl-C lets the save in progress finish and says
 * where the progress is before the process ends.
 */
public final class PracticeRun {

    private final Console console;
    private final Learner learner;
    private final Pack pack;
    private final Grader grader;
    private final Clock clock;
    private final Path dataDir;
    private final SaveGate saves = new SaveGate();
    private Function<Exercise, List<AttributedString>> lab;

    /** @param dataDir where the prompt keeps its history */
    public PracticeRun(Console console, Learner learner, Pack pack, Grader grader, Clock clock, Path dataDir) {
        this.console = console;
        this.learner = learner;
        this.pack = pack;
        this.grader = grader;
        this.clock = clock;
        this.dataDir = dataDir;
    }

    /** Offers {@code :run} after a reveal, drawing what {@code lab} returns for the exercise. */
    public PracticeRun withLab(Function<Exercise, List<AttributedString>> lab) {
        this.lab = lab;
        return this;
    }

    /** A session on {@code queue}: on a terminal with line editing, else on plain piped lines. */
    public PracticeSession.Ending run(List<Exercise> queue, IntPredicate sideBySide) {
        learner.progressFile(); // fail before the first screen when progress cannot be read
        int width = console.screen().width();
        boolean terminal = console.env().stdinIsTerminal() && console.env().stdoutIsTerminal();
        Prompt prompt = terminal ? TerminalPrompt.openInBackground(this::history, PromptCommand.names(), () -> width,
                () -> TerminalSize.lines(console.env())) : console.plainPrompt();
        // Never a pager when piped: a transcript must hold the whole text.
        return run(queue, sideBySide, prompt, terminal ? Pager.of(console.env()).orElse(null) : null);
    }

    /**
     * A session reading from {@code prompt}; tests pass keystrokes a pipe cannot carry, such as Ctrl-C.
     *
     * @param sideBySide whether a fix is shown side by side at a given width
     */
    public PracticeSession.Ending run(List<Exercise> queue, IntPredicate sideBySide, Prompt prompt) {
        return run(queue, sideBySide, prompt, null);
    }

    private PracticeSession.Ending run(List<Exercise> queue, IntPredicate sideBySide, Prompt prompt, Pager pager) {
        PrintWriter err = console.err();
        PracticeSession session = new PracticeSession(prompt, console.screen(), sideBySide,
                new PracticeEngine(queue, grader, clock), pack, learner, record -> saves.save(() -> learner.save(pack,
                record))).withLab(lab).withList(new ExerciseBrowser(pack, pack.exercises(), learner, clock))
                .withPager(pager);
        // Read by the shutdown hook's thread, hence atomic.
        AtomicBoolean finished = new AtomicBoolean();
        AtomicBoolean stopping = new AtomicBoolean();
        Thread onShutdown = new Thread(() -> {
            // Closing the terminal (here, or in JLine's own hook) fails the read the session is blocked in: it must
            // know that is no bug.
            stopping.set(true);
            if (pager != null) {
                pager.stop();
            }
            if (!finished.get()) {
                // Leaving saves what leaving schedules (an answer without a solve comes back tomorrow), after any
                // save in progress; then no more. The terminal is left to JLine's own shutdown hook, which restores
                // it: closing it here as well deadlocks on JLine's hook registry.
                session.stopped();
            }
            saves.drain();
            if (!finished.get()) {
                err.println("drainhunt: stopped; " + learner.savedFile().map(f -> "your progress is saved in " + f)
                        .orElse("nothing to save yet."));
                err.flush();
            }
        }, "drainhunt-shutdown");
        Runtime.getRuntime().addShutdownHook(onShutdown);
        try {
            return session.run();
        } catch (RuntimeException e) {
            if (stopping.get() || shuttingDown()) {
                awaitHalt();
            }
            throw e;
        } finally {
            finished.set(true);
            if (!stopping.get()) {
                prompt.close();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(onShutdown);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook is running and will find the session finished.
            }
        }
    }

    private static boolean shuttingDown() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException e) {
            return true;
        }
    }

    /** The shutdown hook is ending the session: wait for the JVM to halt rather than report its closed terminal. */
    private static void awaitHalt() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // keep waiting: the process is ending
            }
        }
    }

    /** The prompt's history file, or null when the data dir cannot be made. */
    private Path history() {
        try {
            Files.createDirectories(dataDir);
            return dataDir.resolve("history");
        } catch (IOException e) {
            // No history then; saving progress reports the real problem with the data dir.
            return null;
        }
    }
}
