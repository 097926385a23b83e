package dev.drainhunt.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulerTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);

    @Test
    void aFirstGoodRatingComesBackTomorrowWithTheEaseUnchanged() {
        // q=4: ease + (0.1 - 1 * (0.08 + 1 * 0.02)) = 2.5 + 0 = 2.5; first repetition: 1 day.
        assertThat(Scheduler.next(null, Rating.GOOD, DAY)).isEqualTo(new Review(1, 2.5, 1, DAY.plusDays(1)));
    }

    @Test
    void theSecondSuccessWaitsSixDaysAndTheThirdMultipliesByTheEase() {
        Review first = Scheduler.next(null, Rating.GOOD, DAY);
        Review second = Scheduler.next(first, Rating.GOOD, DAY.plusDays(1));
        assertThat(second).isEqualTo(new Review(2, 2.5, 6, DAY.plusDays(7)));
        // 6 * 2.5 = 15 days.
        Review third = Scheduler.next(second, Rating.GOOD, DAY.plusDays(7));
        assertThat(third).isEqualTo(new Review(3, 2.5, 15, DAY.plusDays(22)));
    }

    @Test
    void easyRaisesTheEaseAndHardLowersIt() {
        // q=5: +0.1 -> 2.6. q=3: 0.1 - 2 * (0.08 + 2 * 0.02) = -0.14 -> 2.36.
        assertThat(Scheduler.next(null, Rating.EASY, DAY).ease()).isEqualTo(2.6);
        assertThat(Scheduler.next(null, Rating.HARD, DAY).ease()).isEqualTo(2.36);
    }

    @Test
    void againRestartsTheRepetitionsAndComesBackTomorrow() {
        Review learned = new Review(3, 2.5, 15, DAY);
        // q=2: 0.1 - 3 * (0.08 + 3 * 0.02) = -0.32 -> 2.18; repetitions restart, interval 1.
        assertThat(Scheduler.next(learned, Rating.AGAIN, DAY)).isEqualTo(new Review(0, 2.18, 1, DAY.plusDays(1)));
    }

    @Test
    void theEaseNeverFallsBelowTheFloor() {
        Review review = null;
        for (int i = 0; i < 10; i++) {
            review = Scheduler.next(review, Rating.AGAIN, DAY);
        }
        assertThat(review.ease()).isEqualTo(Scheduler.MIN_EASE);
    }

    @Test
    void aHardEaseStretchesIntervalsLess() {
        // Third success with ease 1.3 after a 6-day interval: round(6 * 1.3) = 8 days.
        Review second = new Review(2, 1.3, 6, DAY);
        assertThat(Scheduler.next(second, Rating.HARD, DAY)).isEqualTo(new Review(3, 1.3, 8, DAY.plusDays(8)));
    }

    @Test
    void forecastCountsDueReviewsPerDayWithOverdueOnesToday() {
        PackProgress progress = PackProgress.none()
                .with("a", ExerciseProgress.none().withReview(new Review(1, 2.5, 1, DAY.minusDays(3))))
                .with("b", ExerciseProgress.none().withReview(new Review(1, 2.5, 1, DAY)))
                .with("c", ExerciseProgress.none().withReview(new Review(2, 2.5, 6, DAY.plusDays(2))))
                .with("d", ExerciseProgress.none().withReview(new Review(3, 2.5, 15, DAY.plusDays(30))));
        Map<LocalDate, Integer> forecast = Scheduler.forecast(progress, List.of("a", "b", "c", "d", "e"), DAY, 14);
        assertThat(forecast).hasSize(14);
        assertThat(forecast.get(DAY)).isEqualTo(2);
        assertThat(forecast.get(DAY.plusDays(1))).isZero();
        assertThat(forecast.get(DAY.plusDays(2))).isEqualTo(1);
        assertThat(forecast.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
    }
}
