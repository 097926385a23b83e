package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Practice sessions on a real 80×24 terminal (tmux), as a learner sees them: the screen, a pager, signals. */
class TerminalSessionTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PARTIAL = "it calls Close instead of Shutdown";
    private static final String RIGHT =
            "unbuffered signal channel drops SIGTERM, and srv.Close() kills requests: no graceful Shutdown";

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private TmuxSession practice(Map<String, String> env) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("DRAINHUNT_HOME", data().toString());
        return TmuxSession.start(dir, 80, 24, all, "practice", "1");
    }

    private JsonNode exercise() throws Exception {
        return MAPPER.readTree(data().resolve("progress.json").toFile())
                .at("/packs/go-drain/exercises/signal-notify-shutdown");
    }

    /** Waits until progress.json holds {@code text}: the answer before it was saved. */
    private void awaitSaved(String text) throws Exception {
        Path file = data().resolve("progress.json");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(file) || !Files.readString(file).contains(text)) {
            assertThat(System.nanoTime()).as("%s saved within 30 s", text).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static boolean prompting(String screen) {
        return screen.stripTrailing().endsWith("#1 ›");
    }

    @Test
    @Timeout(120)
    void atEightyByTwentyFourTheFirstPromptShowsTheTitleTheTopOfTheCodeAndWhatIsLeftOut() throws Exception {
        try (TmuxSession tmux = practice(Map.of())) {
            String screen = tmux.awaitScreen("first prompt", TerminalSessionTest::prompting);
            assertThat(screen).contains("[1/1]", "#1  An upload server that stops on SIGTERM")
                    // tmux shows box-drawing lines as ASCII to a client it does not know speaks UTF-8.
                    .containsPattern("\n  1 [│|] package main\n")
                    .containsPattern("… \\d+ more lines \\(imports folded\\) · :code shows all").doesNotContain("Exercise 1/20");
            tmux.type(":quit");
            tmux.press("Enter");
            assertThat(tmux.awaitExit()).isZero();
        }
    }

    @Test
    @Timeout(120)
    void afterALongRevealInLessTheRatingPromptHasTheVerdictRightAboveIt() throws Exception {
        assumeTrue(TmuxSession.onPath("less"), "less is not installed");
        try (TmuxSession tmux = practice(Map.of())) {
            tmux.awaitScreen("first prompt", TerminalSessionTest::prompting);
            tmux.type(RIGHT);
            tmux.press("Enter");
            // less -R with LESS=FRX: the answer is taller than 24 rows, so it waits at its own prompt.
            tmux.awaitScreen("the pager", s -> s.stripTrailing().endsWith(":"));
            tmux.press("q");
            String screen = tmux.awaitScreen("rating prompt", s -> s.contains("(Enter: good)"));
            List<String> rows = screen.stripTrailing().lines().toList();
            assertThat(rows.subList(rows.size() - 4, rows.size() - 2)).containsExactly(
                    "  ✔ Found at the first try: 2 of 2 key points.",
                    "    found: unbuffered signal channel, close instead of shutdown");
            // The keyboard is drainhunt's again: a key rates.
            tmux.press("3");
            assertThat(tmux.awaitExit()).isZero();
            assertThat(exercise().at("/attempts/0/rating").asText()).isEqualTo("good");
        }
    }

    @Test
    @Timeout(120)
    void sigtermAtTheFirstPromptWithNothingRecordedSaysNothingWasSaved() throws Exception {
        try (TmuxSession tmux = practice(Map.of())) {
            tmux.awaitScreen("first prompt", TerminalSessionTest::prompting);

            tmux.signal("TERM");

            assertThat(tmux.awaitExit()).as(tmux.transcript()).isEqualTo(143);
            assertThat(tmux.transcript()).contains("Session summary", "Nothing to save yet.",
                    "drainhunt: stopped; nothing to save yet.").doesNotContain("saved in", "Exception");
            assertThat(data().resolve("progress.json")).doesNotExist();
        }
    }

    @Test
    @Timeout(120)
    void sigtermWhileThePagerIsOpenEndsThePagersWholeTreeAndRestoresTheTerminal() throws Exception {
        assumeTrue(TmuxSession.onPath("less"), "less is not installed");
        // A pager with a child of its own, as a $PAGER script or a shell that does not exec its last command makes.
        // It ignores SIGHUP: in a real terminal the shell stays and hangs nobody up, whereas this pane closes when
        // drainhunt ends and its hangup would hide what survived.
        Path pagerScript = Files.writeString(dir.resolve("pager.sh"),
                "#!/bin/sh\ntrap '' HUP\nsleep 300 &\nless -R\nwait\n");
        pagerScript.toFile().setExecutable(true);
        try (TmuxSession tmux = practice(Map.of("PAGER", pagerScript.toString()))) {
            tmux.awaitScreen("first prompt", TerminalSessionTest::prompting);
            tmux.type(RIGHT);
            tmux.press("Enter");
            tmux.awaitScreen("the pager", s -> s.stripTrailing().endsWith(":"));
            List<ProcessHandle> pager = ProcessHandle.of(tmux.pid()).orElseThrow().descendants().toList();
            assertThat(pager).extracting(p -> p.info().command().orElse(""))
                    .anyMatch(c -> c.endsWith("less")).anyMatch(c -> c.endsWith("sleep"));

            tmux.signal("TERM");

            assertThat(tmux.awaitExit()).as(tmux.transcript()).isEqualTo(143);
            List<ProcessHandle> survivors = pager.stream().filter(TerminalSessionTest::running).toList();
            survivors.forEach(ProcessHandle::destroyForcibly); // not left behind by a failing run
            assertThat(survivors).as("the pager's processes still running").isEmpty();
            String modes = tmux.modesAfterExit();
            assertThat(modes).as("line editing and echo are back").containsPattern("(^|\\s)icanon(\\s|$)")
                    .containsPattern("(^|\\s)echo(\\s|$)");
        }
    }

    /**
     * Alive and not a zombie: where init does not reap orphans (some containers), a killed process stays a
     * zombie, which Java counts as alive but which runs nothing and reads no terminal.
     */
    private static boolean running(ProcessHandle handle) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(handle.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException e) {
            return !Files.exists(Path.of("/proc/self")) && handle.isAlive();
        }
    }

    @Test
    @Timeout(120)
    void sighupAtTheTerminalPromptEndsWithTheSummaryEverythingSavedAndExit129() throws Exception {
        try (TmuxSession tmux = practice(Map.of())) {
            tmux.awaitScreen("first prompt", TerminalSessionTest::prompting);
            tmux.type(PARTIAL);
            tmux.press("Enter");
            awaitSaved("\"partial\"");
            tmux.awaitScreen("the next prompt", s -> s.contains("Partly there") && prompting(s));

            tmux.signal("HUP");

            assertThat(tmux.awaitExit()).as(tmux.transcript()).isEqualTo(129);
            String transcript = tmux.transcript();
            assertThat(transcript).contains("Session summary", "drainhunt: stopped; your progress is saved")
                    .doesNotContain("internal error", "Exception");
            assertThat(exercise().at("/attempts/0/verdict").asText()).isEqualTo("partial");
            assertThat(exercise().at("/review/due").isTextual()).as("answered, so scheduled").isTrue();
        }
    }

    @Test
    @Timeout(120)
    void sigtermHalfWayThroughTypingAnAnswerLosesNothingSavedAndExits143() throws Exception {
        try (TmuxSession tmux = practice(Map.of())) {
            tmux.awaitScreen("first prompt", TerminalSessionTest::prompting);
            tmux.type(":hint");
            tmux.press("Enter");
            awaitSaved("\"hintsTaken\" : 1");
            tmux.type(PARTIAL);
            tmux.press("Enter");
            awaitSaved("\"partial\"");
            tmux.awaitScreen("the next prompt", s -> s.contains("Partly there") && prompting(s));
            tmux.type("and the signal channel is unbuf");
            tmux.awaitScreen("the half-typed answer", s -> s.stripTrailing().endsWith("is unbuf"));

            tmux.signal("TERM");

            assertThat(tmux.awaitExit()).as(tmux.transcript()).isEqualTo(143);
            assertThat(tmux.transcript()).contains("Session summary", "hints used         1",
                    "drainhunt: stopped; your progress is saved").doesNotContain("internal error", "Exception");
            JsonNode saved = exercise();
            assertThat(saved.get("hintsTaken").asInt()).isEqualTo(1);
            assertThat(saved.get("attempts").findValuesAsText("verdict")).containsExactly("partial");
        }
    }

    @Test
    @Timeout(120)
    void sigtermAtTheRatingPromptKeepsTheSuggestedRatingAndExits143() throws Exception {
        try (TmuxSession tmux = practice(Map.of("PAGER", "cat"))) {
            tmux.awaitScreen("first prompt", TerminalSessionTest::prompting);
            tmux.type(RIGHT);
            tmux.press("Enter");
            tmux.awaitScreen("rating prompt", s -> s.contains("(Enter: good)"));

            tmux.signal("TERM");

            assertThat(tmux.awaitExit()).as(tmux.transcript()).isEqualTo(143);
            assertThat(tmux.transcript()).contains("keeps the suggested rating: good · next review", "Session summary")
                    .doesNotContain("internal error", "Exception");
            assertThat(exercise().at("/attempts/0/rating").asText()).isEqualTo("good");
        }
    }
}
