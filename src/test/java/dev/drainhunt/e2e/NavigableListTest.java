package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The navigable list on a real terminal: the built jar in tmux, driven by keystrokes, read back from the screen.
 * Skipped, saying so, where tmux is not installed.
 */
class NavigableListTest {

    /** How long a screen may take to show what it should (a cold JVM on a busy machine); no timing is asserted. */
    private static final long PATIENCE_MS = 45_000;

    @TempDir
    Path data;

    private final String socket = "drainhunt-e2e-" + UUID.randomUUID();
    private final String session = "list";

    @BeforeEach
    void needsTmux() {
        assumeTrue(tmuxInstalled(), "tmux is not installed: the navigable list is not tried on a terminal");
    }

    @AfterEach
    void stopTmux() throws Exception {
        tmux("kill-server");
    }

    private static boolean tmuxInstalled() {
        try {
            Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(20, TimeUnit.SECONDS);
        return out;
    }

    /** drainhunt with {@code args} in a terminal of this size; the shell line after it says how it exited. */
    private void start(int columns, int rows, String args) throws Exception {
        start(columns, rows, args, "");
    }

    /** As {@link #start(int, int, String)}, then {@code after} in the shell. */
    private void start(int columns, int rows, String args, String after) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String line = "env -u NO_COLOR -u COLUMNS TERM=xterm-256color DRAINHUNT_HOME='" + data + "' '" + java
                + "' -jar '" + Drainhunt.jar().toAbsolutePath() + "' " + args + "; echo \"EXIT=$?\"; " + after + " sleep 600";
        tmux("new-session", "-d", "-s", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows), line);
    }

    private void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    private void text(String literal) throws Exception {
        tmux("send-keys", "-t", session, "-l", literal);
    }

    private String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", session);
    }

    /** The screen once it shows what {@code ready} looks for; fails with the screen when it never does. */
    private String await(String what, Predicate<String> ready) throws Exception {
        long until = System.currentTimeMillis() + PATIENCE_MS;
        String shown = screen();
        while (!ready.test(shown)) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the screen never showed " + what + ":\n" + shown);
            }
            Thread.sleep(100);
            shown = screen();
        }
        return shown;
    }

    private String await(String text) throws Exception {
        return await("\"" + text + "\"", s -> s.contains(text));
    }

    private JsonNode progress(String id) throws IOException {
        return new ObjectMapper().readTree(data.resolve("progress.json").toFile())
                .at("/packs/go-drain/exercises/" + id);
    }

    @Test
    void inPracticeTheListFiltersJumpsResetsAndGoesBack() throws Exception {
        start(80, 24, "practice 3");
        await("#3 ›");
        text("the drain has no deadline");
        keys("Enter");
        await("Not yet");
        text(":list");
        keys("Enter");
        String list = await("j/k move");
        assertThat(list).contains("Exercises", "handler-ignores-request-context", "attempted");
        assertThat(list.lines().filter(l -> l.startsWith(">*")).findFirst()).get().asString()
                .contains("pool-drain-wait");

        text("/pool");
        String filtered = await("filter: pool_");
        assertThat(filtered).contains("pool-submit-drain").doesNotContain("signal-notify-shutdown");
        keys("Down", "Enter");
        await("#4 ›");

        text(":list");
        keys("Enter");
        await("j/k move");
        keys("k", "r");
        await("Forget your progress on exercise 3 (pool-drain-wait)? [y/N]");
        keys("y");
        String reset = await("Forgot your progress on exercise 3");
        assertThat(reset.lines().filter(l -> l.contains(" 3 pool-drain-wait")).findFirst()).get().asString()
                .contains(" new ");
        keys("q");
        String back = await("the main screen after the list", s -> s.contains("is saved in") && s.endsWith("#4 ›\n")
                || s.stripTrailing().endsWith("#4 ›"));
        assertThat(back).doesNotContain("j/k move");

        text(":quit");
        keys("Enter");
        await("EXIT=0");
        assertThat(progress("pool-drain-wait").isMissingNode()).isTrue();
    }

    @Test
    void listOnANarrowTerminalKeepsIdsWholeScrollsAndEnterPractises() throws Exception {
        start(60, 20, "list");
        String list = await("j/k move");
        assertThat(list).contains("handler-ignores-request-context", "kafka-commit-before-process")
                .doesNotContain("cond-wait-drain");
        assertThat(list.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
        keys("G");
        String bottom = await("the last exercise", s -> s.contains("> 20 cond-wait-drain"));
        assertThat(bottom).doesNotContain("signal-notify-shutdown");
        keys("Enter");
        await("#20 ›");
        text(":quit");
        keys("Enter");
        await("EXIT=0");
    }

    @Test
    void qLeavesListWithTheTerminalAsItWas() throws Exception {
        start(80, 24, "list", "stty -a | tr -s ' ;\\n' '\\n\\n\\n' | grep -x -e '-*icanon' -e '-*echo' -e '-*isig'"
                + " | tr '\\n' ' '; echo MODES;");
        await("j/k move");
        keys("q");
        String after = await("MODES");
        assertThat(after).contains("EXIT=0").doesNotContain("Exercises", "j/k move");
        // Line mode, echo and Ctrl-C's signal are back, as the shell had them.
        assertThat(after).contains("isig icanon echo MODES");
    }
}
