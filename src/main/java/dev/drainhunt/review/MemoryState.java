package dev.drainhunt.review;

import java.time.Duration;
import java.time.Instant;

/**
 * What FSRS knows of one exercise after a review.
 *
 * @param phase      learning (first steps), review (days apart) or relearning (after a lapse)
 * @param step       the position in the learning or relearning steps; 0 in the review phase
 * @param stability  days until recall falls to 90%
 * @param difficulty 1 (easy) to 10 (hard)
 * @param lastReview when it was last reviewed
 * @param interval   how long until the next review
 */
public record MemoryState(Phase phase, int step, double stability, double difficulty, Instant lastReview,
                          Duration interval) {

    public enum Phase {
        LEARNING, REVIEW, RELEARNING
    }

    /** When the exercise is due again. */
    public Instant due() {
        return lastReview.plus(interval);
    }
}
