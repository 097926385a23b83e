package dev.drainhunt.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackValidator;
import dev.drainhunt.grading.Grader;
import dev.drainhunt.practice.Output;
import dev.drainhunt.practice.PracticeEngine;
import dev.drainhunt.progress.Attempt;
import dev.drainhunt.progress.Mode;
import dev.drainhunt.progress.Outcome;
import dev.drainhunt.terminal.Key;
import dev.drainhunt.terminal.KeyScreen;
import dev.drainhunt.terminal.Prompt;
import dev.drainhunt.terminal.Screen;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list wired into a practice session: keys from a screen, resets saved, picks practised, or the plain table. */
class ExerciseBrowserTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final Pack PACK = new Catalog(new PackValidator(concept -> Optional.empty())).loadBundled()
            .pack().orElseThrow();
    private static final Exercise FIRST = PACK.exercises().get(0);

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();

    /** A screen that replays keys and keeps every frame drawn. */
    static final class ScriptedScreen implements KeyScreen {
        final Deque<Key> keys = new ArrayDeque<>();
        final List<List<String>> frames = new ArrayList<>();
        boolean closed;

        ScriptedScreen(Key... keys) {
            this.keys.addAll(List.of(keys));
        }

        static Key[] typed(String text) {
            return text.chars().mapToObj(c -> Key.typed(String.valueOf((char) c))).toArray(Key[]::new);
        }

        ScriptedScreen then(Key... more) {
            keys.addAll(List.of(more));
            return this;
        }

        @Override
        public int width() {
            return 80;
        }

        @Override
        public int height() {
            return 24;
        }

        @Override
        public void draw(List<AttributedString> lines) {
            frames.add(lines.stream().map(AttributedString::toString).toList());
        }

        @Override
        public Key read() {
            return keys.isEmpty() ? Key.END_OF_INPUT : keys.poll();
        }

        @Override
        public void onResize(Runnable redraw) {
        }

        @Override
        public void close() {
            closed = true;
        }

        String lastFrame() {
            return String.join("\n", frames.get(frames.size() - 1));
        }
    }

    /** A prompt with scripted lines, echoed as a terminal shows them, whose key screen is {@code keys} (or none). */
    private Prompt prompt(Deque<String> lines, KeyScreen keys) {
        return new Prompt() {
            @Override
            public Input readLine(String text) {
                if (lines.isEmpty()) {
                    return new Input.End();
                }
                out.append(text).append(lines.peek()).append('\n');
                return new Input.Line(lines.poll());
            }

            @Override
            public Input readKey(String text) {
                return new Input.End();
            }

            @Override
            public Optional<KeyScreen> keyScreen(boolean color) {
                return Optional.ofNullable(keys);
            }

            @Override
            public int width() {
                return 80;
            }

            @Override
            public void close() {
            }
        };
    }

    private Learner learner() {
        return new Learner(data, CLOCK, w -> { });
    }

    private void answered(Learner learner, Exercise exercise) {
        learner.save(PACK, new Output.AttemptRecorded(exercise,
                new Attempt(CLOCK.instant(), Mode.TEXT, Outcome.MISSED, List.of(), 0, 5, null)));
    }

    private void session(Learner learner, KeyScreen keys, String... lines) {
        new PracticeSession(prompt(new ArrayDeque<>(List.of(lines)), keys), new Screen(new PrintWriter(out, true),
                false, 80), width -> false, new PracticeEngine(List.of(FIRST), Grader.standard(), CLOCK), PACK, learner,
                record -> learner.save(PACK, record))
                .withList(new ExerciseBrowser(PACK, PACK.exercises(), learner, CLOCK)).run();
    }

    @Test
    void browseReturnsThePickedExerciseAndClosesTheScreen() {
        ScriptedScreen keys = new ScriptedScreen(ScriptedScreen.typed("/kafka")).then(Key.ENTER);
        ExerciseBrowser.Result result = new ExerciseBrowser(PACK, PACK.exercises(), learner(), CLOCK)
                .browse(keys, FIRST.id());
        assertThat(result.chosen()).map(Exercise::id).contains("kafka-commit-before-process");
        assertThat(result.reset()).isEmpty();
        assertThat(keys.closed).isTrue();
        assertThat(keys.frames.get(0)).hasSize(24);
        assertThat(keys.lastFrame()).contains("filter: kafka_", "kafka-commit-before-process", "consumer-close-order");
    }

    @Test
    void aConfirmedResetForgetsTheProgressUnderTheLockKeepsACopyAndShowsTheNewStatus() throws Exception {
        Learner learner = learner();
        answered(learner, FIRST);
        ScriptedScreen keys = new ScriptedScreen(Key.typed("r"), Key.typed("y"), Key.typed("q"));
        ExerciseBrowser.Result result = new ExerciseBrowser(PACK, PACK.exercises(), learner, CLOCK)
                .browse(keys, FIRST.id());
        assertThat(result.chosen()).isEmpty();
        assertThat(result.reset()).containsExactly(FIRST.id());
        assertThat(result.said()).singleElement().asString()
                .startsWith("Forgot your progress on exercise 1 (signal-notify-shutdown). The previous progress is"
                        + " saved in " + data.toAbsolutePath());
        assertThat(keys.frames.get(0).get(2)).contains("attempted");
        assertThat(keys.frames.get(2).get(2)).contains("new").doesNotContain("attempted");
        assertThat(keys.frames.get(2).get(23)).startsWith("Forgot your progress on exercise 1");
        assertThat(learner().progress(PACK).exercise(FIRST.id()).attempts()).isEmpty();
        try (var files = Files.list(data)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("progress.json.reset-"));
        }
    }

    @Test
    void aResetWithNothingToForgetSaysSo() {
        ScriptedScreen keys = new ScriptedScreen(Key.typed("r"), Key.typed("y"), Key.ESCAPE);
        ExerciseBrowser.Result result = new ExerciseBrowser(PACK, PACK.exercises(), learner(), CLOCK)
                .browse(keys, null);
        assertThat(result.said()).containsExactly("Nothing to reset: there is no progress on exercise 1.");
    }

    @Test
    void aResetNotConfirmedLeavesTheProgress() {
        Learner learner = learner();
        answered(learner, FIRST);
        ScriptedScreen keys = new ScriptedScreen(Key.typed("r"), Key.typed("n"), Key.typed("q"));
        ExerciseBrowser.Result result = new ExerciseBrowser(PACK, PACK.exercises(), learner, CLOCK)
                .browse(keys, FIRST.id());
        assertThat(result.reset()).isEmpty();
        assertThat(learner().progress(PACK).exercise(FIRST.id()).attempts()).hasSize(1);
    }

    @Test
    void atThePromptEnterGoesOnWithThePickedExercise() {
        ScriptedScreen keys = new ScriptedScreen(ScriptedScreen.typed("5")).then(Key.ENTER);
        session(learner(), keys, ":list", ":quit");
        String screen = out.toString();
        assertThat(screen).contains("#1 ›", "#5 ›", "#5  " + PACK.exercises().get(4).title());
        assertThat(screen.indexOf("#5 ›")).isGreaterThan(screen.indexOf(":list"));
    }

    @Test
    void atThePromptQGoesBackToTheSameExercise() {
        session(learner(), new ScriptedScreen(Key.typed("j"), Key.typed("q")), ":list", ":quit");
        assertThat(out.toString()).contains("#1 › :list\n#1 › :quit").doesNotContain("#2 ›");
    }

    @Test
    void resettingTheExerciseOnScreenStartsItAfreshSoLeavingRecordsNothing() {
        Learner learner = learner();
        ScriptedScreen keys = new ScriptedScreen(Key.typed("r"), Key.typed("y"), Key.typed("q"));
        session(learner, keys, "it never closes the log file", ":list", ":quit");
        assertThat(out.toString()).contains("Forgot your progress on exercise 1");
        // Shown again after the reset: the code comes back, and leaving records no "again" for the old answer.
        assertThat(out.toString().split("#1  " + FIRST.title(), -1)).as("shown twice").hasSizeGreaterThanOrEqualTo(3);
        assertThat(learner().progress(PACK).exercise(FIRST.id()).attempts()).isEmpty();
    }

    @Test
    void withoutAKeyScreenListPrintsThePlainTableAndReturnsToThePrompt() {
        session(learner(), null, ":list", ":quit");
        String screen = out.toString();
        assertThat(screen).contains("#   id", "handler-ignores-request-context", "drainhunt practice N",
                "#1 › :quit");
        assertThat(screen).doesNotContain("j/k move");
    }

    @Test
    void listIsInTheHelpAndCompletesAtThePrompt() {
        assertThat(PromptCommand.names()).contains(":list");
        assertThat(PromptCommand.opensList(" :LIST ")).isTrue();
        assertThat(PromptCommand.opensList(":ls")).isTrue();
        assertThat(PromptCommand.opensList("list")).isTrue();
        assertThat(PromptCommand.opensList("list the channels")).isFalse();
        assertThat(PromptCommand.parse(":lsit").problem()).contains("did you mean :list?");
        assertThat(String.join("\n", dev.drainhunt.render.PracticeView.help(80).stream()
                .map(AttributedString::toString).toList())).contains(":list");
    }
}
