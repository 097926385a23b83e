package dev.drainhunt.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.grading.Grader;
import dev.drainhunt.progress.Rating;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jumping to an exercise picked in the list, and forgetting the one on screen after a reset there. */
class PracticeEngineJumpTest {

    private final PracticeEngineTest.StepClock clock = new PracticeEngineTest.StepClock();
    private final Exercise first = PracticeEngineTest.exercise("first", 1);
    private final Exercise second = PracticeEngineTest.exercise("second", 2);
    private final Exercise third = PracticeEngineTest.exercise("third", 3);
    private final PracticeEngine engine = new PracticeEngine(List.of(first, second, third), Grader.standard(), clock);

    private static <T extends Output> List<T> only(List<Output> outputs, Class<T> type) {
        return outputs.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private List<Exercise> shownUntilDone() {
        List<Exercise> shown = new java.util.ArrayList<>();
        while (engine.state() != PracticeEngine.State.DONE) {
            only(engine.handle(new Event.Skip()), Output.ExerciseShown.class)
                    .forEach(s -> shown.add(s.exercise()));
        }
        return shown;
    }

    @Test
    void aJumpShowsThePickedExerciseNextAndTheQueueGoesOnWithoutShowingItTwice() {
        engine.start();
        List<Output> out = engine.handle(new Event.Jump(third));
        assertThat(out).containsExactly(new Output.ExerciseShown(third, 2, 3));
        assertThat(engine.current()).contains(third);
        assertThat(shownUntilDone()).containsExactly(second);
    }

    @Test
    void aJumpToAnExerciseOutsideTheQueueAddsItNext() {
        PracticeEngine one = new PracticeEngine(List.of(first), Grader.standard(), clock);
        one.start();
        assertThat(one.handle(new Event.Jump(second))).containsExactly(new Output.ExerciseShown(second, 2, 2));
        one.handle(new Event.Skip());
        assertThat(one.state()).isEqualTo(PracticeEngine.State.DONE);
    }

    @Test
    void aJumpRecordsNothingForAnExerciseNotAnswered() {
        engine.start();
        engine.handle(new Event.Hint());
        assertThat(only(engine.handle(new Event.Jump(second)), Output.Record.class)).isEmpty();
    }

    @Test
    void aJumpFromAnAnsweredUnsolvedExerciseBringsItBackTomorrowAsLeavingDoes() {
        engine.start();
        engine.handle(new Event.Answer("it never closes the log file"));
        List<Output> out = engine.handle(new Event.Jump(second));
        assertThat(only(out, Output.AttemptRated.class)).singleElement()
                .satisfies(r -> {
                    assertThat(r.exercise()).isEqualTo(first);
                    assertThat(r.attempt().rating()).isEqualTo(Rating.AGAIN);
                });
    }

    @Test
    void aJumpToTheExerciseOnScreenShowsItAgainAndKeepsWhatWasNamed() {
        engine.start();
        engine.handle(new Event.Answer("it calls srv.Close()"));
        assertThat(engine.handle(new Event.Jump(first))).containsExactly(new Output.ExerciseShown(first, 1, 3));
        List<Output> out = engine.handle(new Event.Answer("and there is no timeout"));
        assertThat(only(out, Output.Graded.class).get(0).solved()).isTrue();
    }

    @Test
    void forgettingTheExerciseOnScreenStartsItAfreshSoLeavingRecordsNothing() {
        engine.start();
        engine.handle(new Event.Answer("it calls srv.Close()"));
        engine.handle(new Event.Hint());
        assertThat(engine.handle(new Event.Forget(first))).isEmpty();
        assertThat(only(engine.handle(new Event.Jump(second)), Output.Record.class)).isEmpty();
    }

    @Test
    void forgettingAnotherExerciseLeavesTheVisitAsItWas() {
        engine.start();
        engine.handle(new Event.Answer("it calls srv.Close()"));
        engine.handle(new Event.Forget(second));
        List<Output> out = engine.handle(new Event.Answer("and there is no timeout"));
        assertThat(only(out, Output.Graded.class).get(0).solved()).isTrue();
    }

    @Test
    void aJumpAtTheRatingPromptAsksForTheRatingAgain() {
        engine.start();
        engine.handle(new Event.Reveal());
        assertThat(engine.handle(new Event.Jump(second))).hasExactlyElementsOfTypes(Output.RatingAsked.class);
        assertThat(engine.current()).contains(first);
    }
}
