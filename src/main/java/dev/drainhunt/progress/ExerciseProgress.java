package dev.drainhunt.progress;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
 * @param fixed when the learner's own fix first passed {@code drainhunt fix --check}; null until then (and in
 *     files of schema 1, which predate the lab)
 */
public record ExerciseProgress(List<Attempt> attempts, int hintsTaken, Review review,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Instant fixed) {

    private static final ExerciseProgress NONE = new ExerciseProgress(List.of(), 0, null, null);

    public ExerciseProgress {
        attempts = attempts == null ? List.of() : List.copyOf(attempts);
        if (hintsTaken < 0) {
            throw new IllegalArgumentException("hintsTaken cannot be negative");
        }
    }

    public ExerciseProgress(List<Attempt> attempts, int hintsTaken, Review review) {
        this(attempts, hintsTaken, review, null);
    }

    /** The progress of an exercise never touched. */
    public static ExerciseProgress none() {
        return NONE;
    }

    public ExerciseProgress withAttempt(Attempt attempt) {
        List<Attempt> more = new ArrayList<>(attempts);
        more.add(attempt);
        return new ExerciseProgress(more, hintsTaken, review, fixed);
    }

    public ExerciseProgress withHintTaken() {
        // Saturates: a file saying 2147483647 hints is absurd but must not turn negative (and fail) on one more.
        return new ExerciseProgress(attempts, hintsTaken == Integer.MAX_VALUE ? hintsTaken : hintsTaken + 1, review,
                fixed);
    }

    public ExerciseProgress withReview(Review newReview) {
        return new ExerciseProgress(attempts, hintsTaken, newReview, fixed);
    }

    /** Records that the learner's own fix passed; the first time is kept. */
    public ExerciseProgress withFixed(Instant at) {
        return fixed != null ? this : new ExerciseProgress(attempts, hintsTaken, review, at);
    }

    /** The attempts that were answers, skips left out, in recorded order. */
    public List<Attempt> graded() {
        List<Attempt> graded = new ArrayList<>(attempts.size()); // a loop: list asks for every exercise at start-up
        for (Attempt attempt : attempts) {
            if (attempt.verdict().graded()) {
                graded.add(attempt);
            }
        }
        return Collections.unmodifiableList(graded);
    }

    /** Whether the answer was revealed and not answered since: one more look at it is no new peek. */
    public boolean revealed() {
        List<Attempt> graded = graded();
        return !graded.isEmpty() && graded.get(graded.size() - 1).verdict() == Outcome.REVEALED;
    }

    public Optional<Attempt> firstCorrect() {
        return attempts.stream().filter(Attempt::correct).findFirst();
    }

    /** When the exercise was last answered, revealed or skipped (the last attempt recorded); empty when never. */
    public Optional<Instant> lastSeen() {
        return attempts.isEmpty() ? Optional.empty() : Optional.of(attempts.get(attempts.size() - 1).at());
    }

    /**
     * How many times it was missed: attempts rated "again", which is what a reveal, an answer left unsolved and the
     * learner's own "again" all record (a suggestion the learner replaced is no longer there to count).
     */
    public int lapses() {
        int lapses = 0; // a loop: asked for the first screen of every session
        for (Attempt attempt : attempts) {
            if (attempt.rating() == Rating.AGAIN) {
                lapses++;
            }
        }
        return lapses;
    }

    /** Every hint revealed on this exercise. */
    public int hintsUsed() {
        return hintsTaken;
    }
}
