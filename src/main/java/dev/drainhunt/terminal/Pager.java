package dev.drainhunt.terminal;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Text longer than the screen through the learner's pager, as git shows a long log: {@code $PAGER}, else
 * {@code less -R} when it is on the PATH. With {@code LESS} unset it runs with {@code LESS=FRX}: text that fits
 * is printed and left on the screen, colours pass through, and nothing is cleared on the way out.
 */
public final class Pager {

    /** What less is given when the learner set nothing: quit when it fits, colours, no screen clearing. */
    static final String LESS_DEFAULTS = "FRX";

    private final String command;
    private final Map<String, String> variables;
    private volatile Process running;

    Pager(String command, Map<String, String> variables) {
        this.command = command;
        this.variables = variables;
    }

    /**
     * The pager the environment names, if any: {@code $PAGER} (none when it is {@code cat}, which would only
     * print), else {@code less -R} when less is on the PATH.
     */
    public static Optional<Pager> of(Environment env) {
        Optional<String> named = env.get("PAGER").map(String::strip).filter(p -> !p.isEmpty());
        if (named.isPresent()) {
            return named.filter(p -> !p.equals("cat")).map(p -> new Pager(p, extra(env)));
        }
        return onPath("less", env).map(less -> new Pager("less -R", extra(env)));
    }

    /** The command line, as {@code sh -c} runs it (a $PAGER may carry options). */
    String command() {
        return command;
    }

    Map<String, String> variables() {
        return variables;
    }

    private static Map<String, String> extra(Environment env) {
        // git's choice: the learner's own LESS (and LV) win; only when unset do we pick the behaviour.
        return env.get("LESS").isPresent() ? Map.of() : Map.of("LESS", LESS_DEFAULTS);
    }

    static Optional<Path> onPath(String name, Environment env) {
        for (String dir : env.get("PATH").orElse("").split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Shows {@code text} in the pager on the terminal and waits for the learner to leave it.
     *
     * @return false when the pager could not run or failed (the caller then prints the text itself); true once it
     *     showed it, also when the learner left before reading it all
     */
    public boolean show(String text) {
        ProcessBuilder builder = new ProcessBuilder(List.of("sh", "-c", command))
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putAll(variables);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return false;
        }
        running = process;
        try (OutputStream in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The learner quit the pager before it read everything: shown as far as they wanted.
        }
        try {
            return process.waitFor() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } finally {
            running = null;
        }
    }

    /** How long a pager has to leave on its own, putting the terminal back, before it is killed outright. */
    private static final long GRACE_MILLIS = 500;

    /**
     * The process is ending: a pager still open must not outlive it and keep reading the terminal. Destroying
     * {@code sh} alone left {@code less} running under init, eating the shell's next keys: the whole tree goes.
     */
    public void stop() {
        Process process = running;
        if (process == null) {
            return;
        }
        // Listed before anything dies: once sh is gone, its children belong to init and are no descendants.
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        // SIGTERM first: less catches it and restores the terminal modes it changed before it exits.
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(GRACE_MILLIS);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                handle.destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                handle.destroyForcibly();
            }
        }
    }

    /** The pager's process while it shows something. */
    Optional<Process> running() {
        return Optional.ofNullable(running);
    }
}
