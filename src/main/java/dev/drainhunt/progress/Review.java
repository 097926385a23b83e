package dev.drainhunt.progress;

import java.time.LocalDate;
import java.util.Objects;

/** Spaced-review state of one exercise, as {@link Scheduler} computes it (SM-2 fields). */
public record Review(int repetitions, double ease, int intervalDays, LocalDate due) {
    public Review {
        if (repetitions < 0 || intervalDays < 0 || !(ease > 0)) {
            throw new IllegalArgumentException("review needs repetitions >= 0, intervalDays >= 0, ease > 0");
        }
        Objects.requireNonNull(due, "due");
    }
}
