package dev.drainhunt.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackValidator;
import dev.drainhunt.grading.Grader;
import dev.drainhunt.grading.Verdict;
import dev.drainhunt.practice.Output;
import dev.drainhunt.practice.PracticeEngine;
import dev.drainhunt.practice.SessionSummary;
import dev.drainhunt.progress.Attempt;
import dev.drainhunt.progress.Mode;
import dev.drainhunt.progress.Outcome;
import dev.drainhunt.progress.ProgressStats;
import dev.drainhunt.progress.Rating;
import dev.drainhunt.terminal.Prompt;
import dev.drainhunt.terminal.Screen;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session shows or saves every output the engine can emit, and has no silent fall-through. */
class PracticeSessionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private static final Pack PACK = new Catalog(new PackValidator(concept -> Optional.empty())).loadBundled()
            .pack().orElseThrow();
    private static final Exercise EXERCISE = PACK.exercises().get(0);
    private static final Grader GRADER = Grader.standard();
    private static final String PARTIAL_ANSWER = "it calls Close instead of Shutdown";

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final List<Output.Record> saved = new ArrayList<>();

    /** Lines and keys typed in order, then the end of input, on a screen of {@code height} rows (0: a pipe). */
    private static final class Typed implements Prompt {
        private final java.util.Deque<Input> lines;
        private final java.util.Deque<Input> keys;
        private final int height;
        private Runnable beforeKey = () -> { };

        Typed(List<Input> lines, List<Input> keys, int height) {
            this.lines = new java.util.ArrayDeque<>(lines);
            this.keys = new java.util.ArrayDeque<>(keys);
            this.height = height;
        }

        Typed beforeEachKey(Runnable action) {
            beforeKey = action;
            return this;
        }

        @Override
        public Input readLine(String text) {
            return lines.isEmpty() ? new Input.End() : lines.poll();
        }

        @Override
        public Input readKey(String text) {
            beforeKey.run();
            return keys.isEmpty() ? new Input.End() : keys.poll();
        }

        @Override
        public int width() {
            return 80;
        }

        @Override
        public int height() {
            return height;
        }

        @Override
        public void close() {
        }
    }

    private PracticeSession session() {
        Prompt prompt = new Typed(List.of(), List.of(), 0);
        return new PracticeSession(prompt, new Screen(new PrintWriter(out, true), false, 80), width -> false,
                new PracticeEngine(List.of(EXERCISE), GRADER, CLOCK), PACK, new Learner(data, CLOCK, w -> { }),
                saved::add);
    }

    @Test
    void afterARevealRRunsTheLabOnTheRevealedExercise() {
        Prompt prompt = new Typed(List.of(new Prompt.Input.Line(":reveal")),
                List.of(new Prompt.Input.Line("r"), new Prompt.Input.Line("q")), 0);
        List<Exercise> ran = new ArrayList<>();
        new PracticeSession(prompt, new Screen(new PrintWriter(out, true), false, 80), width -> false,
                new PracticeEngine(List.of(EXERCISE), GRADER, CLOCK), PACK, new Learner(data, CLOCK, w -> { }),
                saved::add).withLab(e -> {
                    ran.add(e);
                    return List.of(new org.jline.utils.AttributedString("TIMELINE of " + e.id()));
                }).run();

        assertThat(ran).containsExactly(EXERCISE);
        assertThat(out.toString()).contains("drainhunt run " + EXERCISE.number(), "Press r (or type :run)",
                "TIMELINE of " + EXERCISE.id());
    }

    /** A prompt on a screen of {@code height} rows (0: a pipe) that leaves at the first question. */
    private static Prompt leavingAt(int height) {
        return new Typed(List.of(), List.of(), height);
    }

    /** What was on the screen when the first prompt came: everything before the session's summary. */
    private String firstScreen(int height, Learner learner) {
        new PracticeSession(leavingAt(height), new Screen(new PrintWriter(out, true), false, 80), width -> false,
                new PracticeEngine(List.of(EXERCISE), GRADER, CLOCK), PACK, learner, saved::add).run();
        String all = out.toString();
        return all.substring(0, all.indexOf("Session summary")).stripTrailing();
    }

    @Test
    void atEightyByTwentyFourTheFirstPromptStillShowsTheTitleAndAsMuchCodeAsFits() {
        List<String> screen = firstScreen(24, new Learner(data, CLOCK, w -> { })).lines().toList();
        // The screen, then the prompt's own row: the title must be among the last 24 rows.
        assertThat(screen.size() + 1).isLessThanOrEqualTo(24);
        assertThat(screen).contains("#1  " + EXERCISE.title());
        assertThat(screen).anyMatch(l -> l.matches("… \\d+ more lines( \\(imports folded\\))? · :code shows all"));
        assertThat(screen.stream().filter(l -> l.matches(" *\\d+ │.*")).count())
                .isGreaterThanOrEqualTo(FittedScreen.MIN_CODE_ROWS);
    }

    @Test
    void pipedOutputShowsEveryLineOfTheCode() {
        String screen = firstScreen(0, new Learner(data, CLOCK, w -> { }));
        assertThat(screen).contains(String.format("%3d │", EXERCISE.buggy().size())).doesNotContain(":code shows all");
    }

    @Test
    void aDueReviewSaysWhenItWasLastSeenAndThatItWasMissed() {
        Clock before = Clock.fixed(CLOCK.instant().minus(java.time.Duration.ofDays(9)), ZoneOffset.UTC);
        Learner then = new Learner(data, before, w -> { });
        Attempt revealed = new Attempt(before.instant(), Mode.TEXT, Outcome.REVEALED, List.of(), 0, 5, null);
        then.save(PACK, new Output.AttemptRecorded(EXERCISE, revealed));
        then.save(PACK, new Output.AttemptRated(EXERCISE, new Attempt(revealed.at(), Mode.TEXT, Outcome.REVEALED,
                List.of(), 0, 5, Rating.AGAIN)));

        assertThat(firstScreen(0, new Learner(data, CLOCK, w -> { })))
                .contains("[1/1]", "review · last seen 9 days ago · missed once", "#1  " + EXERCISE.title())
                .doesNotContain("Exercise 1/20");
    }

    @Test
    void theRatingPromptComesRightAfterARecapOfTheVerdict() {
        List<String> prompts = new ArrayList<>();
        Prompt prompt = new Typed(List.of(new Prompt.Input.Line(
                "unbuffered signal channel drops SIGTERM, and srv.Close() kills requests: no graceful Shutdown")),
                List.of(), 0).beforeEachKey(() -> prompts.add(out.toString()));
        new PracticeSession(prompt, new Screen(new PrintWriter(out, true), false, 80), width -> false,
                new PracticeEngine(List.of(EXERCISE), GRADER, CLOCK), PACK, new Learner(data, CLOCK, w -> { }),
                saved::add).run();

        assertThat(prompts).hasSize(1);
        List<String> before = prompts.get(0).stripTrailing().lines().toList();
        assertThat(before.subList(before.size() - 2, before.size())).containsExactly(
                "  ✔ Found at the first try: 2 of 2 key points.",
                "    found: unbuffered signal channel, close instead of shutdown");
    }

    @Test
    void aRatingKeySaysWhatWasChosenAndWhenTheExerciseComesBack() {
        Learner learner = new Learner(data, CLOCK, w -> { });
        Prompt prompt = new Typed(List.of(new Prompt.Input.Line(
                "unbuffered signal channel drops SIGTERM, and srv.Close() kills requests: no graceful Shutdown")),
                List.of(new Prompt.Input.Line("4")), 0);
        new PracticeSession(prompt, new Screen(new PrintWriter(out, true), false, 80), width -> false,
                new PracticeEngine(List.of(EXERCISE), GRADER, CLOCK), PACK, learner,
                r -> learner.save(PACK, r)).run();

        java.time.LocalDate due = learner.dueDate(PACK, EXERCISE).orElseThrow();
        assertThat(due).isAfter(java.time.LocalDate.of(2026, 11, 29));
        assertThat(out.toString()).contains("  " + dev.drainhunt.render.PracticeView.nextReview("easy", due, learner.today()) + "\n");
        assertThat(dev.drainhunt.render.PracticeView.nextReview("easy", due, learner.today())).startsWith("easy · next review in ")
                .endsWith(" days (" + java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.ENGLISH)
                        .format(due) + ")");
    }

    @Test
    void leavingBeforeAnythingWasRecordedSaysThereIsNothingToSave() {
        session().run();
        assertThat(out.toString()).contains("  Nothing to save yet.").doesNotContain("Progress saved in");
    }

    /** A session of one partial answer, then the end of input, saving its progress in {@link #data}. */
    private Learner answerPartlyAndLeave() {
        Learner learner = new Learner(data, CLOCK, w -> { });
        Prompt prompt = new Typed(List.of(new Prompt.Input.Line(PARTIAL_ANSWER)), List.of(), 0);
        new PracticeSession(prompt, new Screen(new PrintWriter(out, true), false, 80), width -> false,
                new PracticeEngine(List.of(EXERCISE), GRADER, CLOCK), PACK, learner,
                r -> learner.save(PACK, r)).run();
        return learner;
    }

    @Test
    void leavingAfterAnAnswerSaysWhereItIsSaved() {
        answerPartlyAndLeave();
        assertThat(out.toString()).contains("Progress saved in " + data.resolve("progress.json"))
                .doesNotContain("Nothing to save yet.");
    }

    @Test
    void theSummaryCountsTheDaysStreakAndThePacksSolvedExercisesFromTheSavedProgress() {
        ProgressStats stats = answerPartlyAndLeave().stats(PACK);

        assertThat(stats.streakDays()).isEqualTo(1);
        assertThat(out.toString()).contains("  streak             1 day\n")
                .contains("  pack               " + stats.overall().solved() + "/" + PACK.size() + " solved\n");
    }

    /** A session that reveals at once on a screen of {@code height} rows, with {@code pager}. */
    private void revealWith(int height, dev.drainhunt.terminal.Pager pager) {
        Prompt prompt = new Typed(List.of(new Prompt.Input.Line(":reveal")), List.of(), height);
        new PracticeSession(prompt, new Screen(new PrintWriter(out, true), false, 80), width -> false,
                new PracticeEngine(List.of(EXERCISE), GRADER, CLOCK), PACK, new Learner(data, CLOCK, w -> { }),
                saved::add).withPager(pager).run();
    }

    private dev.drainhunt.terminal.Pager pager(String command) {
        return dev.drainhunt.terminal.Pager.of(new dev.drainhunt.terminal.Environment(
                Map.of("PAGER", command, "PATH", System.getenv("PATH")), true, true)).orElseThrow();
    }

    @Test
    void aRevealTallerThanTheScreenGoesThroughThePagerAndTheRecapStaysOnScreen() throws Exception {
        Path paged = data.resolve("paged.txt");
        revealWith(24, pager("cat > '" + paged + "'"));
        assertThat(java.nio.file.Files.readString(paged)).contains("The answer (revealed)", "The fix");
        assertThat(out.toString()).doesNotContain("The answer (revealed)").contains("✘ Revealed without an answer.");
    }

    @Test
    void aPagerThatFailsLeavesTheRevealPrintedAndAPipeNeverPages() throws Exception {
        revealWith(24, pager("exit 1"));
        assertThat(out.toString()).contains("The answer (revealed)", "The fix");
        out.getBuffer().setLength(0);
        Path paged = data.resolve("paged.txt");
        revealWith(0, pager("cat > '" + paged + "'"));
        assertThat(paged).doesNotExist();
        assertThat(out.toString()).contains("The answer (revealed)");
    }

    @Test
    void everyKindOfOutputIsShownOrSaved() throws Exception {
        List<Class<?>> kinds = leaves(Output.class);
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(13);
        for (Class<?> kind : kinds) {
            Output output = example(kind);
            saved.clear();
            session().apply(List.of(output));
            if (output instanceof Output.Record record) {
                assertThat(saved).as("records saved for %s", kind.getSimpleName()).containsExactly(record);
            } else {
                assertThat(saved).as("records saved for %s", kind.getSimpleName()).isEmpty();
            }
        }
    }

    /** The records implementing a sealed interface, through its sealed sub-interfaces. */
    private static List<Class<?>> leaves(Class<?> sealed) {
        List<Class<?>> out = new ArrayList<>();
        for (Class<?> c : sealed.getPermittedSubclasses()) {
            if (c.isSealed()) {
                out.addAll(leaves(c));
            } else {
                out.add(c);
            }
        }
        return out;
    }

    /** One instance of an output record, each component a plausible value of its type. */
    private static Output example(Class<?> kind) throws Exception {
        Verdict verdict = GRADER.grade(EXERCISE, "it calls Close").orElseThrow();
        Map<Class<?>, Object> values = Map.of(
                Exercise.class, EXERCISE,
                Verdict.class, verdict,
                Verdict.Outcome.class, Verdict.Outcome.PARTIAL,
                List.class, List.of(),
                String.class, "text",
                Rating.class, Rating.GOOD,
                Instant.class, CLOCK.instant(),
                SessionSummary.class, new SessionSummary(1, 0, 0, 0),
                Attempt.class, new Attempt(CLOCK.instant(), Mode.TEXT, Outcome.MISSED, List.of(), 0, 0, null));
        RecordComponent[] components = kind.getRecordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Class<?> type = components[i].getType();
            args[i] = type == int.class ? 1 : type == boolean.class ? Boolean.FALSE : values.get(type);
            assertThat(args[i]).as("an example %s for %s", type.getSimpleName(), kind.getSimpleName()).isNotNull();
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return (Output) kind.getDeclaredConstructor(types).newInstance(args);
    }
}
