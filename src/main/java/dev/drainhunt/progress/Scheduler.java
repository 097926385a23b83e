package dev.drainhunt.progress;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * When an exercise comes back for review, from the learner's self-rating: the SM-2 algorithm.
 *
 * <p>Source: P. A. Wozniak, "Optimization of repetition spacing in the practice of learning" (1990), the SM-2
 * description at https://super-memory.com/english/ol/sm2.htm. With quality q in 0..5:
 * ease' = ease + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), never below 1.3; a response below 3 restarts the
 * repetitions (interval 1 day) keeping the new ease; otherwise the intervals are 1 day, 6 days, then the previous
 * interval times the ease, rounded. Ratings map to qualities as Anki's do: again 2, hard 3, good 4, easy 5.
 */
public final class Scheduler {

    /** A new exercise's ease, as SM-2 starts every item. */
    public static final double INITIAL_EASE = 2.5;
    /** SM-2's floor: below it intervals would shrink review after review. */
    public static final double MIN_EASE = 1.3;

    private Scheduler() {
    }

    /** The review state after a rating given on {@code today}; {@code previous} is null the first time. */
    public static Review next(Review previous, Rating rating, LocalDate today) {
        int repetitions = previous == null ? 0 : previous.repetitions();
        double ease = previous == null ? INITIAL_EASE : previous.ease();
        int interval = previous == null ? 0 : previous.intervalDays();
        int q = quality(rating);

        double newEase = Math.max(MIN_EASE, ease + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)));
        int newInterval;
        int newRepetitions;
        if (q < 3) {
            newRepetitions = 0;
            newInterval = 1;
        } else {
            newRepetitions = repetitions + 1;
            newInterval = switch (newRepetitions) {
                case 1 -> 1;
                case 2 -> 6;
                default -> (int) Math.round(interval * newEase);
            };
        }
        // Rounding keeps the stored ease readable (2.36, not 2.3600000000000003) without changing the schedule.
        double stored = Math.round(newEase * 100) / 100.0;
        return new Review(newRepetitions, stored, newInterval, today.plusDays(newInterval));
    }

    static int quality(Rating rating) {
        return switch (rating) {
            case AGAIN -> 2;
            case HARD -> 3;
            case GOOD -> 4;
            case EASY -> 5;
        };
    }

    /**
     * How many reviews come due on each of the {@code days} days from {@code today}; overdue ones count today.
     * Every day is present, in order, zero when nothing is due.
     */
    public static Map<LocalDate, Integer> forecast(PackProgress progress, Iterable<String> exerciseIds,
                                                   LocalDate today, int days) {
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (int d = 0; d < days; d++) {
            counts.put(today.plusDays(d), 0);
        }
        LocalDate last = today.plusDays(days - 1L);
        for (String id : exerciseIds) {
            Review review = progress.exercise(id).review();
            if (review == null || review.due().isAfter(last)) {
                continue;
            }
            LocalDate day = review.due().isBefore(today) ? today : review.due();
            counts.merge(day, 1, Integer::sum);
        }
        return counts;
    }
}
