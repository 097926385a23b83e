package dev.drainhunt.progress;

import dev.drainhunt.review.Fsrs;
import dev.drainhunt.review.Grade;
import dev.drainhunt.review.MemoryState;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * When an exercise comes back for review: FSRS-6 ({@link Fsrs}) with its published default weights, desired
 * retention 0.9 and intervals of one day to {@link #MAXIMUM_DAYS}.
 *
 * <p>drainhunt counts in days, so there are no minute-long learning steps: every rating, "again" included, schedules
 * a whole number of days, at least one; "again" always means tomorrow, standing in for the minutes-long
 * (re)learning step, while the memory state keeps what FSRS computed for the lapse. Elapsed time is counted in the learner's calendar
 * days, so an exercise due today counts as a day late whatever the hour. The state is replayed from the exercise's
 * rated attempts, in recorded order: the same history always gives the same date, and a rating that replaces the
 * suggested one (recorded first, so leaving never loses it) simply replays.
 */
public final class Scheduler {

    /** The longest interval: a year, so dates stay four-digit and an exercise never vanishes for a decade. */
    public static final int MAXIMUM_DAYS = 365;

    private static final Fsrs FSRS = new Fsrs(Fsrs.DEFAULT_WEIGHTS, Fsrs.DEFAULT_RETENTION, List.of(), List.of(),
            MAXIMUM_DAYS);

    private Scheduler() {
    }

    /** The review state after a rating given on {@code today}; {@code previous} is null the first time. */
    public static Review next(Review previous, Rating rating, LocalDate today) {
        Optional<MemoryState> before = Optional.ofNullable(previous).map(Scheduler::memory);
        MemoryState after = FSRS.review(before, grade(rating), instant(today));
        // "Again" stands in for FSRS's relearning step, which is minutes long: tomorrow, the soonest a day counts.
        int days = rating == Rating.AGAIN ? 1 : (int) after.interval().toDays();
        return new Review(after.stability(), after.difficulty(), today, days, today.plusDays(days));
    }

    /** The state the rated attempts give, in recorded order; empty when none is rated. */
    public static Optional<Review> replay(List<Attempt> attempts, ZoneId zone) {
        Review review = null;
        for (Attempt attempt : attempts) {
            if (attempt.rating() != null) {
                review = next(review, attempt.rating(), LocalDate.ofInstant(attempt.at(), zone));
            }
        }
        return Optional.ofNullable(review);
    }

    /**
     * Days to the next review for each rating of the attempt made at {@code at} on {@code today}, the attempts
     * before it replayed: what the rating keys show.
     */
    public static Map<Rating, Integer> preview(List<Attempt> attempts, Instant at, LocalDate today, ZoneId zone) {
        Review before = replay(attempts.stream().filter(a -> a.at().isBefore(at)).toList(), zone).orElse(null);
        Map<Rating, Integer> days = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            days.put(rating, next(before, rating, today).intervalDays());
        }
        return days;
    }

    /**
     * An SM-2 state from a schema-1 file in FSRS terms: the interval SM-2 chose becomes the stability (FSRS sets
     * the interval to the stability at 90% retention), SM-2's ease 1.3 to 2.5+ maps onto difficulty 10 to 5 and
     * below, and the due date is kept, unless the interval was past the maximum.
     */
    public static Review fromSm2(double ease, int intervalDays, LocalDate due) {
        int interval = Math.min(MAXIMUM_DAYS, Math.max(0, intervalDays));
        LocalDate lastSeen = due.minusDays(interval);
        double difficulty = Math.min(10, Math.max(1, 5 + (2.5 - ease) * 5 / 1.2));
        return new Review(Math.max(1, interval), difficulty, lastSeen, interval, lastSeen.plusDays(interval));
    }

    private static MemoryState memory(Review review) {
        return new MemoryState(MemoryState.Phase.REVIEW, 0, review.stability(), review.difficulty(),
                instant(review.lastSeen()), Duration.ofDays(review.intervalDays()));
    }

    /** A calendar day as an instant, so FSRS's elapsed time is the number of calendar days between two. */
    private static Instant instant(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Grade grade(Rating rating) {
        return switch (rating) {
            case AGAIN -> Grade.AGAIN;
            case HARD -> Grade.HARD;
            case GOOD -> Grade.GOOD;
            case EASY -> Grade.EASY;
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
            counts.put(day, counts.getOrDefault(day, 0) + 1); // no Integer::sum: list's start-up path
        }
        return counts;
    }
}
