package dev.drainhunt.practice;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.KeyPoint;
import dev.drainhunt.grading.Verdict;
import dev.drainhunt.progress.Attempt;
import dev.drainhunt.progress.Rating;
import java.time.Instant;
import java.util.List;

/**
 * What the {@link PracticeEngine} asks the outside world to do: show something, or store something. The engine
 * never prints or writes; the CLI renders the screens and persists the records, in the order given.
 */
public sealed interface Output {

    /** Marker for outputs that change stored progress and must be saved before the next step. */
    sealed interface Record extends Output {
        Exercise exercise();
    }

    /** A new exercise to hunt in: header and buggy code. */
    record ExerciseShown(Exercise exercise, int position, int total) implements Output {
    }

    /** The whole of the code again ({@code :code}): the first screen may have shown only its top. */
    record CodeShown(Exercise exercise) implements Output {
    }

    /** Hint {@code level} of {@code of}. */
    record HintShown(Exercise exercise, int level, int of, String text) implements Output {
    }

    /** The learner asked for a hint when none was left. */
    record NoMoreHints(Exercise exercise) implements Output {
    }

    /**
     * The verdict on one answer: the key points it named and those named by earlier answers on this exercise
     * (their summaries may be shown), whether together they solve it, and how many are still missing.
     *
     * @param overall how the exercise stands after this answer: correct once solved, partly there once any key
     *     point is named, else the answer's own outcome; the outcome recorded for the attempt
     */
    record Graded(Exercise exercise, Verdict verdict, Verdict.Outcome overall, List<KeyPoint> named,
                  List<KeyPoint> earlier, boolean solved, int missing) implements Output {
    }

    /** An empty answer: nothing graded, nothing recorded. */
    record Blank() implements Output {
    }

    /** The answer: explanation, diff, references. */
    record Revealed(Exercise exercise, boolean solved) implements Output {
    }

    /**
     * Ask for a self-rating; {@code suggested} is what Enter chooses, and is already recorded.
     *
     * @param at when the attempt being rated was made
     */
    record RatingAsked(Exercise exercise, Rating suggested, Instant at) implements Output {
    }

    /** The learner chose {@code rating} at the rating prompt (recorded just before): confirm it. */
    record Rated(Exercise exercise, Rating rating) implements Output {
    }

    /** The learner left at the rating prompt: the suggested rating, recorded already, stands. */
    record LeftUnrated(Exercise exercise, Rating suggested) implements Output {
    }

    /** The commands available at the prompt. */
    record HelpShown() implements Output {
    }

    /** The exercise queue is done. */
    record QueueDone(int exercisesDone) implements Output {
    }

    /** The session is over; show its summary. */
    record Finished(SessionSummary summary) implements Output {
    }

    /** A hint was revealed: count it now, so leaving early loses no count. */
    record HintTaken(Exercise exercise) implements Record {
    }

    /** An attempt to append to the exercise's history. */
    record AttemptRecorded(Exercise exercise, Attempt attempt) implements Record {
    }

    /** The self-rating for the attempt recorded at {@code attempt.at()}: replace that attempt with this one. */
    record AttemptRated(Exercise exercise, Attempt attempt) implements Record {
    }
}
