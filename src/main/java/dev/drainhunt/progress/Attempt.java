package dev.drainhunt.progress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One answer to one exercise, as recorded when it was graded.
 *
 * @param keyPoints ids of the key points the answer named
 * @param hintsUsed hints the learner had seen on this exercise's visit when answering (context for mastery and
 *     "right at first try"; the running total lives in {@code ExerciseProgress.hintsTaken})
 * @param seconds time spent on the attempt
 * @param rating the learner's self-rating, or null when not asked
 */
public record Attempt(
        Instant at, Mode mode, Outcome verdict, List<String> keyPoints, int hintsUsed, long seconds, Rating rating) {

    public Attempt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(verdict, "verdict");
        keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
        if (hintsUsed < 0 || seconds < 0) {
            throw new IllegalArgumentException("hintsUsed and seconds cannot be negative");
        }
    }

    public boolean correct() {
        return verdict == Outcome.CORRECT;
    }
}
