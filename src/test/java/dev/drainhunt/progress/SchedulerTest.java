package dev.drainhunt.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final LocalDate DAY = LocalDate.parse("2026-11-02");
    private static final ZoneId ZONE = ZoneOffset.UTC;

    @Test
    void aFirstRatingSchedulesFsrsInitialStabilitiesInWholeDays() {
        // FSRS-6 initial stabilities w0..w3 are 0.212, 1.2931, 2.3065 and 8.2956 days; at 90% retention the
        // interval is the stability, rounded, and never under a day.
        assertThat(Scheduler.next(null, Rating.AGAIN, DAY).intervalDays()).isEqualTo(1);
        assertThat(Scheduler.next(null, Rating.HARD, DAY).intervalDays()).isEqualTo(1);
        assertThat(Scheduler.next(null, Rating.GOOD, DAY).intervalDays()).isEqualTo(2);
        assertThat(Scheduler.next(null, Rating.EASY, DAY)).satisfies(r -> {
            assertThat(r.intervalDays()).isEqualTo(8);
            assertThat(r.due()).isEqualTo(DAY.plusDays(8));
            assertThat(r.lastSeen()).isEqualTo(DAY);
        });
    }

    @Test
    void thirtyEasyRatingsInARowEndWithinTheMaximumInterval() {
        Review review = null;
        LocalDate day = DAY;
        for (int i = 0; i < 30; i++) {
            review = Scheduler.next(review, Rating.EASY, day);
            assertThat(review.intervalDays()).isBetween(1, Scheduler.MAXIMUM_DAYS);
            day = review.due();
        }
        assertThat(review.intervalDays()).isEqualTo(Scheduler.MAXIMUM_DAYS);
        assertThat(review.due().getYear()).isLessThan(10_000);
    }

    @Test
    void goodRatingsOnTheirDueDatesGrowTheInterval() {
        Review first = Scheduler.next(null, Rating.GOOD, DAY);
        Review second = Scheduler.next(first, Rating.GOOD, first.due());
        Review third = Scheduler.next(second, Rating.GOOD, second.due());
        assertThat(List.of(first.intervalDays(), second.intervalDays(), third.intervalDays()))
                .isSortedAccordingTo(Integer::compare)
                .doesNotHaveDuplicates();
    }

    @Test
    void againAfterALongIntervalComesBackTomorrow() {
        Review learned = new Review(40, 5, DAY.minusDays(40), 40, DAY);
        assertThat(Scheduler.next(learned, Rating.AGAIN, DAY).due()).isEqualTo(DAY.plusDays(1));
    }

    @Test
    void replayingRatedAttemptsGivesTheSameStateAsRatingStepByStep() {
        Instant first = DAY.atTime(9, 0).toInstant(ZoneOffset.UTC);
        Instant second = DAY.plusDays(2).atTime(22, 0).toInstant(ZoneOffset.UTC);
        List<Attempt> attempts = List.of(attempt(first, Rating.GOOD), attempt(first.plusSeconds(60), null),
                attempt(second, Rating.HARD));
        Review stepped = Scheduler.next(Scheduler.next(null, Rating.GOOD, DAY), Rating.HARD, DAY.plusDays(2));
        assertThat(Scheduler.replay(attempts, ZONE)).contains(stepped);
        assertThat(Scheduler.replay(List.of(attempt(first, null)), ZONE)).isEmpty();
    }

    @Test
    void thePreviewLeavesOutTheAttemptBeingRated() {
        Instant earlier = DAY.minusDays(3).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant now = DAY.atTime(10, 0).toInstant(ZoneOffset.UTC);
        List<Attempt> attempts = List.of(attempt(earlier, Rating.GOOD), attempt(now, Rating.AGAIN));
        Map<Rating, Integer> days = Scheduler.preview(attempts, now, DAY, ZONE);
        Review before = Scheduler.next(null, Rating.GOOD, DAY.minusDays(3));
        for (Rating rating : Rating.values()) {
            assertThat(days.get(rating)).isEqualTo(Scheduler.next(before, rating, DAY).intervalDays());
        }
        assertThat(days.get(Rating.EASY)).isGreaterThan(days.get(Rating.HARD));
    }

    @Test
    void anSm2StateKeepsItsDueDateAndAnOverflowedOneIsCappedAtAYear() {
        Review kept = Scheduler.fromSm2(2.5, 15, DAY);
        assertThat(kept.due()).isEqualTo(DAY);
        assertThat(kept.lastSeen()).isEqualTo(DAY.minusDays(15));
        assertThat(kept.stability()).isEqualTo(15);
        assertThat(kept.difficulty()).isEqualTo(5);
        Review hard = Scheduler.fromSm2(1.3, 6, DAY);
        assertThat(hard.difficulty()).isEqualTo(10);
        Review huge = Scheduler.fromSm2(2.9, 779_097_270, LocalDate.parse("2027-03-17"));
        assertThat(huge.intervalDays()).isEqualTo(Scheduler.MAXIMUM_DAYS);
        assertThat(huge.due()).isEqualTo(LocalDate.parse("2027-03-17"));
    }

    @Test
    void forecastCountsDueReviewsPerDayWithOverdueOnesToday() {
        PackProgress progress = PackProgress.none()
                .with("a", ExerciseProgress.none().withReview(review(DAY.minusDays(3))))
                .with("b", ExerciseProgress.none().withReview(review(DAY)))
                .with("c", ExerciseProgress.none().withReview(review(DAY.plusDays(2))))
                .with("d", ExerciseProgress.none().withReview(review(DAY.plusDays(30))));
        Map<LocalDate, Integer> forecast = Scheduler.forecast(progress, List.of("a", "b", "c", "d", "e"), DAY, 14);
        assertThat(forecast).hasSize(14);
        assertThat(forecast.get(DAY)).isEqualTo(2);
        assertThat(forecast.get(DAY.plusDays(1))).isZero();
        assertThat(forecast.get(DAY.plusDays(2))).isEqualTo(1);
        assertThat(forecast.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
    }

    private static Review review(LocalDate due) {
        return new Review(2, 5, due.minusDays(2), 2, due);
    }

    private static Attempt attempt(Instant at, Rating rating) {
        return new Attempt(at, Mode.TEXT, Outcome.CORRECT, List.of(), 0, 10, rating);
    }
}
