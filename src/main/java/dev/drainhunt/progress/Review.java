package dev.drainhunt.progress;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Spaced-review state of one exercise, as {@link Scheduler} computes it with FSRS.
 *
 * @param stability    days until the chance of recall falls to 90%
 * @param difficulty   1 (easy) to 10 (hard)
 * @param lastSeen     the day of the latest rated attempt
 * @param intervalDays days from {@code lastSeen} to {@code due}, at most {@link Scheduler#MAXIMUM_DAYS}
 * @param due          when the exercise comes back for review
 */
public record Review(double stability, double difficulty, LocalDate lastSeen, int intervalDays, LocalDate due) {
    public Review {
        if (!(stability > 0) || !(difficulty >= 1 && difficulty <= 10) || intervalDays < 0
                || intervalDays > Scheduler.MAXIMUM_DAYS) {
            throw new IllegalArgumentException("review needs stability > 0, difficulty 1 to 10, intervalDays 0 to "
                    + Scheduler.MAXIMUM_DAYS);
        }
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(due, "due");
    }
}
