package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The navigable list on a real terminal: the built jar in tmux ({@link TmuxSession}), driven by keystrokes, read back
 * from the screen. Skipped, saying so, where tmux is not installed.
 */
class NavigableListTest {

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private Map<String, String> env() {
        return Map.of("TERM", "xterm-256color", "DRAINHUNT_HOME", data().toString());
    }

    /** drainhunt with {@code args} in a terminal of this size. */
    private TmuxSession start(int columns, int rows, String... args) throws Exception {
        return TmuxSession.start(dir, columns, rows, env(), args);
    }

    private static String await(TmuxSession tmux, String text) throws Exception {
        return tmux.awaitScreen("\"" + text + "\"", s -> s.contains(text));
    }

    private JsonNode progress(String id) throws IOException {
        return new ObjectMapper().readTree(data().resolve("progress.json").toFile())
                .at("/packs/go-drain/exercises/" + id);
    }

    @Test
    void inPracticeTheListFiltersJumpsResetsAndGoesBack() throws Exception {
        try (TmuxSession tmux = start(80, 24, "practice", "3")) {
            await(tmux, "#3 ›");
            tmux.type("the drain has no deadline");
            tmux.press("Enter");
            await(tmux, "Not yet");
            tmux.type(":list");
            tmux.press("Enter");
            String list = await(tmux, "j/k move");
            assertThat(list).contains("Exercises", "handler-ignores-request-context", "attempted");
            assertThat(list.lines().filter(l -> l.startsWith(">*")).findFirst()).get().asString()
                    .contains("pool-drain-wait");

            tmux.type("/pool");
            String filtered = await(tmux, "filter: pool_");
            assertThat(filtered).contains("pool-submit-drain").doesNotContain("signal-notify-shutdown");
            tmux.press("Down", "Enter");
            await(tmux, "#4 ›");

            tmux.type(":list");
            tmux.press("Enter");
            await(tmux, "j/k move");
            tmux.press("k", "r");
            await(tmux, "Forget your progress on exercise 3 (pool-drain-wait)? [y/N]");
            tmux.press("y");
            String reset = await(tmux, "Forgot your progress on exercise 3");
            assertThat(reset.lines().filter(l -> l.contains(" 3 pool-drain-wait")).findFirst()).get().asString()
                    .contains(" new ");
            tmux.press("q");
            String back = tmux.awaitScreen("the main screen after the list",
                    s -> s.contains("is saved in") && s.endsWith("#4 ›\n") || s.stripTrailing().endsWith("#4 ›"));
            assertThat(back).doesNotContain("j/k move");

            tmux.type(":quit");
            tmux.press("Enter");
            assertThat(tmux.awaitExit()).isZero();
            assertThat(progress("pool-drain-wait").isMissingNode()).isTrue();
        }
    }

    @Test
    void listOnANarrowTerminalKeepsIdsWholeScrollsAndEnterPractises() throws Exception {
        try (TmuxSession tmux = start(60, 20, "list")) {
            String list = await(tmux, "j/k move");
            assertThat(list).contains("handler-ignores-request-context", "kafka-commit-before-process")
                    .doesNotContain("cond-wait-drain");
            assertThat(list.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(60));
            tmux.press("G");
            String bottom = tmux.awaitScreen("the last exercise", s -> s.contains("> 20 cond-wait-drain"));
            assertThat(bottom).doesNotContain("signal-notify-shutdown");
            tmux.press("Enter");
            await(tmux, "#20 ›");
            tmux.type(":quit");
            tmux.press("Enter");
            assertThat(tmux.awaitExit()).isZero();
        }
    }

    @Test
    void qLeavesListWithTheTerminalAsItWas() throws Exception {
        String modes = "stty -a | tr -s ' ;\\n' '\\n\\n\\n' | grep -x -e '-*icanon' -e '-*echo' -e '-*isig'"
                + " | tr '\\n' ' '; echo MODES";
        try (TmuxSession tmux = TmuxSession.startThen(dir, 80, 24, env(), modes, "list")) {
            await(tmux, "j/k move");
            tmux.press("q");
            assertThat(tmux.awaitExit()).isZero();
            String after = tmux.awaitTranscript("the terminal's modes", s -> s.contains("MODES"));
            assertThat(after).doesNotContain("Exercises", "j/k move");
            // Line mode, echo and Ctrl-C's signal are back, as the shell had them.
            assertThat(after).contains("isig icanon echo MODES");
        }
    }
}
