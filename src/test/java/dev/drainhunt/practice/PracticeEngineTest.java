package dev.drainhunt.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.exercise.Difficulty;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.KeyPoint;
import dev.drainhunt.grading.Grader;
import dev.drainhunt.progress.Attempt;
import dev.drainhunt.progress.Mode;
import dev.drainhunt.progress.Outcome;
import dev.drainhunt.progress.Rating;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PracticeEngineTest {

    /** A clock the test moves by hand. */
    static final class StepClock extends Clock {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");

        void advance(long seconds) {
            now = now.plus(Duration.ofSeconds(seconds));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static Exercise exercise(String id, int number) {
        return new Exercise(id, number, "Title " + id, Difficulty.EASY, List.of("signals"), null,
                List.of("package main", "", "func main() {", "\tsrv.Close()", "}"), List.of(4),
                List.of("hint one", "hint two"),
                List.of(new KeyPoint("hard-stop", "Close cuts connections.", List.of(List.of("close"))),
                        new KeyPoint("no-deadline", "No deadline.", List.of(List.of("@timeout")))),
                List.of("Explained."), List.of("package main", "", "func main() {", "\tsrv.Shutdown(ctx)", "}"),
                List.of(), List.of(), null);
    }

    private final StepClock clock = new StepClock();
    private final Exercise first = exercise("first", 1);
    private final Exercise second = exercise("second", 2);
    private final PracticeEngine engine = new PracticeEngine(List.of(first, second), Grader.standard(), clock);

    private static <T extends Output> List<T> only(List<Output> outputs, Class<T> type) {
        return outputs.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void startShowsTheFirstExercise() {
        List<Output> out = engine.start();
        assertThat(out).containsExactly(new Output.ExerciseShown(first, 1, 2));
        assertThat(engine.state()).isEqualTo(PracticeEngine.State.HUNTING);
    }

    @Test
    void anAnswerWithAFalseClaimDoesNotSolveEvenWhenEveryKeyPointIsNamed() {
        Exercise other = new Exercise("other", 3, "Other", Difficulty.EASY, List.of("sync"), null,
                List.of("package main"), List.of(1), List.of("h1", "h2"),
                List.of(new KeyPoint("package-once", "A package-level Once.", List.of(List.of("package level once")))),
                List.of("x"), List.of("package main // fixed"), List.of(), List.of(), null);
        PracticeEngine withCatalogue = new PracticeEngine(List.of(first),
                Grader.standard().withCatalogue(List.of(first, other)), clock);
        withCatalogue.start();
        List<Output> claimed = withCatalogue.handle(new Event.Answer("close with no timeout. the package level once"));
        assertThat(only(claimed, Output.Graded.class).get(0).solved()).isFalse();
        List<Output> honest = withCatalogue.handle(new Event.Answer("close with no timeout"));
        assertThat(only(honest, Output.Graded.class).get(0).solved()).isTrue();
    }

    @Test
    void startWithAnEmptyQueueFinishesAtOnce() {
        PracticeEngine empty = new PracticeEngine(List.of(), Grader.standard(), clock);
        assertThat(empty.start()).containsExactly(new Output.QueueDone(0),
                new Output.Finished(new SessionSummary(0, 0, 0, 0)));
        assertThat(empty.state()).isEqualTo(PracticeEngine.State.DONE);
    }

    @Test
    void aPartialAnswerNamesWhatWasFoundRecordsAnAttemptAndKeepsHunting() {
        engine.start();
        clock.advance(30);
        List<Output> out = engine.handle(new Event.Answer("it calls srv.Close()"));
        Output.Graded graded = only(out, Output.Graded.class).get(0);
        assertThat(graded.named()).extracting(KeyPoint::id).containsExactly("hard-stop");
        assertThat(graded.missing()).isEqualTo(1);
        Attempt attempt = only(out, Output.AttemptRecorded.class).get(0).attempt();
        assertThat(attempt.verdict()).isEqualTo(Outcome.PARTIAL);
        assertThat(attempt.seconds()).isEqualTo(30);
        assertThat(attempt.mode()).isEqualTo(Mode.TEXT);
        assertThat(attempt.keyPoints()).containsExactly("hard-stop");
        assertThat(engine.state()).isEqualTo(PracticeEngine.State.HUNTING);
    }

    @Test
    void aCorrectAnswerRevealsAndAsksForARatingSuggestingGood() {
        engine.start();
        List<Output> out = engine.handle(new Event.Answer("Close without a deadline"));
        assertThat(out).hasExactlyElementsOfTypes(Output.Graded.class, Output.AttemptRecorded.class,
                Output.Revealed.class, Output.AttemptRated.class, Output.RatingAsked.class);
        assertThat(only(out, Output.Revealed.class).get(0).solved()).isTrue();
        // The suggestion is recorded before the prompt, so leaving there still schedules a review.
        assertThat(only(out, Output.AttemptRated.class).get(0).attempt().rating()).isEqualTo(Rating.GOOD);
        assertThat(only(out, Output.RatingAsked.class).get(0).suggested()).isEqualTo(Rating.GOOD);
        assertThat(engine.state()).isEqualTo(PracticeEngine.State.RATING);
    }

    @Test
    void keyPointsNamedInSeparateAnswersAddUpToASolve() {
        engine.start();
        engine.handle(new Event.Answer("it calls close"));
        List<Output> out = engine.handle(new Event.Answer("and there is no deadline"));
        Output.Graded graded = only(out, Output.Graded.class).get(0);
        assertThat(graded.named()).extracting(KeyPoint::id).containsExactly("no-deadline");
        assertThat(graded.earlier()).extracting(KeyPoint::id).containsExactly("hard-stop");
        assertThat(graded.solved()).isTrue();
        assertThat(graded.missing()).isZero();
        Attempt attempt = only(out, Output.AttemptRecorded.class).get(0).attempt();
        assertThat(attempt.verdict()).isEqualTo(Outcome.CORRECT);
        assertThat(attempt.keyPoints()).containsExactly("hard-stop", "no-deadline");
        assertThat(out).hasAtLeastOneElementOfType(Output.Revealed.class);
        assertThat(only(out, Output.RatingAsked.class).get(0).suggested()).isEqualTo(Rating.HARD);
    }

    @Test
    void aBlankAnswerIsNotAnAttempt() {
        engine.start();
        assertThat(engine.handle(new Event.Answer("   "))).containsExactly(new Output.Blank());
    }

    @Test
    void lineNumbersAloneAreALinesAttempt() {
        engine.start();
        List<Output> out = engine.handle(new Event.Answer("4"));
        assertThat(only(out, Output.AttemptRecorded.class).get(0).attempt().mode()).isEqualTo(Mode.LINES);
        // Lines locate the bug; on their own they never solve it.
        assertThat(only(out, Output.AttemptRecorded.class).get(0).attempt().verdict()).isEqualTo(Outcome.PARTIAL);
    }

    @Test
    void hintsComeInOrderAreCountedAtOnceAndRunOut() {
        engine.start();
        List<Output> one = engine.handle(new Event.Hint());
        assertThat(one).containsExactly(new Output.HintShown(first, 1, 2, "hint one"), new Output.HintTaken(first));
        assertThat(engine.handle(new Event.Hint())).first().isEqualTo(new Output.HintShown(first, 2, 2, "hint two"));
        assertThat(engine.handle(new Event.Hint())).containsExactly(new Output.NoMoreHints(first));
    }

    @Test
    void aSolveAfterAHintSuggestsHardAndRecordsTheHint() {
        engine.start();
        engine.handle(new Event.Hint());
        List<Output> out = engine.handle(new Event.Answer("close, no timeout"));
        assertThat(only(out, Output.AttemptRecorded.class).get(0).attempt().hintsUsed()).isEqualTo(1);
        assertThat(only(out, Output.RatingAsked.class).get(0).suggested()).isEqualTo(Rating.HARD);
    }

    @Test
    void revealRecordsARevealedAttemptWithWhatWasNamedAndSuggestsAgain() {
        engine.start();
        engine.handle(new Event.Answer("close"));
        List<Output> out = engine.handle(new Event.Reveal());
        Attempt attempt = only(out, Output.AttemptRecorded.class).get(0).attempt();
        assertThat(attempt.verdict()).isEqualTo(Outcome.REVEALED);
        assertThat(attempt.keyPoints()).containsExactly("hard-stop");
        assertThat(only(out, Output.Revealed.class).get(0).solved()).isFalse();
        assertThat(only(out, Output.RatingAsked.class).get(0).suggested()).isEqualTo(Rating.AGAIN);
    }

    @Test
    void rateReplacesTheLastAttemptWithItsRatingAndMovesOn() {
        engine.start();
        List<Output> answered = engine.handle(new Event.Answer("close, no timeout"));
        Attempt recorded = only(answered, Output.AttemptRecorded.class).get(0).attempt();
        List<Output> out = engine.handle(new Event.Rate(Rating.EASY));
        Output.AttemptRated rated = only(out, Output.AttemptRated.class).get(0);
        assertThat(rated.attempt().at()).isEqualTo(recorded.at());
        assertThat(rated.attempt().rating()).isEqualTo(Rating.EASY);
        assertThat(rated.attempt().verdict()).isEqualTo(Outcome.CORRECT);
        assertThat(out).last().isEqualTo(new Output.ExerciseShown(second, 2, 2));
    }

    @Test
    void aRatingIsConfirmedRightAfterItIsRecorded() {
        engine.start();
        engine.handle(new Event.Answer("close, no timeout"));
        List<Output> out = engine.handle(new Event.Rate(Rating.HARD));
        assertThat(out.get(out.indexOf(only(out, Output.AttemptRated.class).get(0)) + 1))
                .isEqualTo(new Output.Rated(first, Rating.HARD));
    }

    @Test
    void enterAtTheRatingTakesTheSuggestion() {
        engine.start();
        engine.handle(new Event.Reveal());
        List<Output> out = engine.handle(new Event.Rate(null));
        assertThat(only(out, Output.AttemptRated.class).get(0).attempt().rating()).isEqualTo(Rating.AGAIN);
    }

    @Test
    void anythingButARatingAtTheRatingAsksAgain() {
        engine.start();
        engine.handle(new Event.Reveal());
        assertThat(engine.handle(new Event.Answer("more thoughts")))
                .singleElement().isInstanceOfSatisfying(Output.RatingAsked.class,
                        asked -> assertThat(asked.suggested()).isEqualTo(Rating.AGAIN));
        assertThat(engine.state()).isEqualTo(PracticeEngine.State.RATING);
    }

    @Test
    void skipRecordsActivityOnlyWhenNothingWasAnswered() {
        engine.start();
        List<Output> out = engine.handle(new Event.Skip());
        assertThat(only(out, Output.AttemptRecorded.class).get(0).attempt().verdict()).isEqualTo(Outcome.SKIPPED);
        assertThat(out).last().isEqualTo(new Output.ExerciseShown(second, 2, 2));
        engine.handle(new Event.Answer("close"));
        assertThat(only(engine.handle(new Event.Skip()), Output.AttemptRecorded.class)).isEmpty();
    }

    @Test
    void showCodeShowsTheSameExerciseAgain() {
        engine.start();
        assertThat(engine.handle(new Event.ShowCode())).containsExactly(new Output.CodeShown(first));
    }

    @Test
    void helpListsCommandsInAnyState() {
        engine.start();
        assertThat(engine.handle(new Event.Help())).containsExactly(new Output.HelpShown());
    }

    @Test
    void quitFinishesWithTheSessionSummary() {
        engine.start();
        engine.handle(new Event.Answer("close and no deadline"));
        engine.handle(new Event.Rate(Rating.GOOD));
        engine.handle(new Event.Hint());
        List<Output> out = engine.handle(new Event.Quit());
        assertThat(out).containsExactly(new Output.Finished(new SessionSummary(1, 1, 1, 1)));
        assertThat(engine.state()).isEqualTo(PracticeEngine.State.DONE);
        assertThat(engine.handle(new Event.Hint())).isEmpty();
    }

    @Test
    void leavingAtTheRatingKeepsTheSuggestionSaysSoAndCountsTheExerciseDone() {
        engine.start();
        engine.handle(new Event.Answer("close and no deadline"));
        List<Output> out = engine.handle(new Event.Quit());
        assertThat(out).containsExactly(new Output.LeftUnrated(first, Rating.GOOD),
                new Output.Finished(new SessionSummary(1, 1, 0, 1)));
    }

    @Test
    void aMissThatIsSkippedOrLeftComesBackAsAgain() {
        engine.start();
        engine.handle(new Event.Answer("it never closes the log file"));
        assertThat(only(engine.handle(new Event.Skip()), Output.AttemptRated.class))
                .singleElement().satisfies(r -> assertThat(r.attempt().rating()).isEqualTo(Rating.AGAIN));
        engine.handle(new Event.Answer("it never closes the log file"));
        assertThat(only(engine.handle(new Event.Quit()), Output.AttemptRated.class)).hasSize(1);
    }

    @Test
    void leavingBeforeAnyAnswerSchedulesNothing() {
        engine.start();
        assertThat(only(engine.handle(new Event.Quit()), Output.Record.class)).isEmpty();
    }

    @Test
    void finishingTheQueueSaysSoAndSummarises() {
        PracticeEngine one = new PracticeEngine(List.of(first), Grader.standard(), clock);
        one.start();
        one.handle(new Event.Reveal());
        List<Output> out = one.handle(new Event.Rate(Rating.AGAIN));
        assertThat(out).endsWith(new Output.QueueDone(1), new Output.Finished(new SessionSummary(1, 0, 0, 0)));
    }
}
