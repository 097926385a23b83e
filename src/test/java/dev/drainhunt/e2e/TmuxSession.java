package dev.drainhunt.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The built jar on a real pseudo-terminal of a given size, driven through tmux as a learner's keyboard would drive
 * it: keys in, the screen read back with capture-pane. Each session has its own tmux server (its own socket), so
 * tests never see another's, nor the developer's.
 */
final class TmuxSession implements AutoCloseable {

    private static final long WAIT_SECONDS = 30;

    private final String socket;
    private final Path dir;

    private TmuxSession(String socket, Path dir) {
        this.socket = socket;
        this.dir = dir;
    }

    /** Skips the test where tmux is not installed. */
    static void assumeTmux() {
        assumeTrue(onPath("tmux"), "tmux is not installed");
    }

    static boolean onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts {@code drainhunt ARGS} in a {@code columns}×{@code rows} terminal, with {@code env} added (and COLUMNS and
     * NO_COLOR removed); the pane stays after the process ends, so its last screen and exit status can be read.
     */
    static TmuxSession start(Path dir, int columns, int rows, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return startThen(dir, columns, rows, env, "", args);
    }

    /**
     * As {@link #start}, then {@code afterExit} in the same shell, on the same terminal, once drainhunt has ended and
     * its exit status is written: to see what drainhunt left the terminal as ({@code stty -a}).
     */
    static TmuxSession startThen(Path dir, int columns, int rows, Map<String, String> env, String afterExit,
            String... args) throws IOException, InterruptedException {
        assumeTmux();
        Path conf = Files.writeString(dir.resolve("tmux.conf"), "set -g remain-on-exit on\nset -g history-limit 5000\n");
        String socket = "drainhunt-e2e-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
        // Not exec'd: the shell waits for drainhunt and writes its exit status to a file. tmux's own record of it
        // (pane_dead_status) is missing now and then when the process was reaped late.
        StringBuilder command = new StringBuilder("env -u COLUMNS -u NO_COLOR LANG=C.UTF-8");
        env.forEach((k, v) -> command.append(' ').append(k).append('=').append(quote(v)));
        command.append(' ').append(quote(Path.of(System.getProperty("java.home"), "bin", "java").toString()))
                .append(" -jar ").append(quote(Drainhunt.jar().toAbsolutePath().toString()));
        for (String arg : args) {
            command.append(' ').append(quote(arg));
        }
        // The terminal's modes as drainhunt left them, read before the pane (and its tty) goes away.
        command.append("; s=$?; stty -a > ").append(quote(dir.resolve("stty-after").toString())).append(" 2>&1")
                .append("; echo $s > ").append(quote(dir.resolve("exit-status").toString()));
        if (!afterExit.isEmpty()) {
            command.append("; ").append(afterExit);
        }
        TmuxSession session = new TmuxSession(socket, dir);
        session.tmux("-f", conf.toString(), "new-session", "-d", "-s", "dh", "-x", String.valueOf(columns), "-y",
                String.valueOf(rows), command.toString());
        return session;
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** The pid of drainhunt's JVM: the child of the pane's shell (env exec'd java). */
    long pid() throws IOException, InterruptedException {
        long shell = Long.parseLong(tmux("display-message", "-p", "-t", "dh", "#{pane_pid}").strip());
        return ProcessHandle.of(shell).orElseThrow(() -> new AssertionError("the pane's shell is gone"))
                .children().findFirst().orElseThrow(() -> new AssertionError("drainhunt is not running")).pid();
    }

    /** The terminal's modes ({@code stty -a}) once drainhunt has ended; call after {@link #awaitExit}. */
    String modesAfterExit() throws IOException {
        return Files.readString(dir.resolve("stty-after"));
    }

    /** Types {@code text} as keys, without Enter. */
    void type(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", "dh", "-l", text);
    }

    /** Presses named keys, one after another: Enter, q, C-c, Down. */
    void press(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "dh"));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** The visible screen, row by row. */
    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", "dh");
    }

    /** The screen and the history scrolled off it. */
    String transcript() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-S", "-", "-t", "dh");
    }

    /** Waits until the visible screen satisfies {@code test}; fails with the screen when it does not in 30 s. */
    String awaitScreen(String what, Predicate<String> test) throws IOException, InterruptedException {
        return await(what, "on the screen", this::screen, test);
    }

    /**
     * As {@link #awaitScreen}, on the transcript: for what the shell prints after drainhunt ({@link #startThen}), which
     * tmux scrolls off the visible screen when the pane ends.
     */
    String awaitTranscript(String what, Predicate<String> test) throws IOException, InterruptedException {
        return await(what, "in the transcript", this::transcript, test);
    }

    private interface Capture {
        String get() throws IOException, InterruptedException;
    }

    private String await(String what, String where, Capture capture, Predicate<String> test)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        String shown = capture.get();
        while (!test.test(shown)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " " + where + " within " + WAIT_SECONDS + " s:\n" + shown);
            }
            Thread.sleep(100);
            shown = capture.get();
        }
        return shown;
    }

    /**
     * Waits for drainhunt to end and returns its exit status, as the shell saw it: a death by signal N would read as
     * 128+N too, so a test of a drain checks what the drain prints as well.
     */
    int awaitExit() throws IOException, InterruptedException {
        Path status = dir.resolve("exit-status");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!Files.exists(status) || Files.readString(status).isBlank()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("drainhunt still running after " + WAIT_SECONDS + " s:\n" + screen());
            }
            Thread.sleep(100);
        }
        return Integer.parseInt(Files.readString(status).strip());
    }

    /** Sends {@code signal} (HUP, TERM) to drainhunt, as an orchestrator or a closing terminal would. */
    void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new AssertionError("kill -" + signal + " failed");
        }
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "tmux", ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("tmux " + String.join(" ", args) + " hung");
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        if (process.exitValue() != 0) {
            throw new AssertionError("tmux " + String.join(" ", args) + " failed: " + text);
        }
        return text;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        // Ends this session's server and whatever still runs in it (a test that failed half-way).
        new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
