package dev.drainhunt.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one learner did on one exercise.
 *
 * @param attempts in the order they were recorded (not re-sorted by time: a clock that jumps must not
 *     reorder history)
 * @param hintsTaken every hint revealed, in practice or by {@code drainhunt hint}, counted when it is shown
 *     (an attempt's own {@code hintsUsed} says how many it had seen, for mastery, and is not added again)
 * @param review spaced-review state, or null until the scheduler first sets it
 */
public record ExerciseProgress(List<Attempt> attempts, int hintsTaken, Review review) {

    private static final ExerciseProgress NONE = new ExerciseProgress(List.of(), 0, null);

    public ExerciseProgress {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
        if (hintsTaken < 0) {
            throw new IllegalArgumentException("hintsTaken cannot be negative");
        }
    }

    /** The progress of an exercise never touched. */
    public static ExerciseProgress none() {
        return NONE;
    }

    public ExerciseProgress withAttempt(Attempt attempt) {
        List<Attempt> more = new ArrayList<>(attempts);
        more.add(attempt);
        return new ExerciseProgress(more, hintsTaken, review);
    }

    public ExerciseProgress withHintTaken() {
        // Saturates: a file saying 2147483647 hints is absurd but must not turn negative (and fail) on one more.
        return new ExerciseProgress(attempts, hintsTaken == Integer.MAX_VALUE ? hintsTaken : hintsTaken + 1, review);
    }

    public ExerciseProgress withReview(Review newReview) {
        return new ExerciseProgress(attempts, hintsTaken, newReview);
    }

    /** The attempts that were answers, skips left out, in recorded order. */
    public List<Attempt> graded() {
        return attempts.stream().filter(a -> a.verdict().graded()).toList();
    }

    public Optional<Attempt> firstCorrect() {
        return attempts.stream().filter(Attempt::correct).findFirst();
    }

    /** Every hint revealed on this exercise. */
    public int hintsUsed() {
        return hintsTaken;
    }
}
