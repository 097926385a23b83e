package dev.drainhunt.progress;

import static dev.drainhunt.exercise.Difficulty.EASY;
import static dev.drainhunt.exercise.Difficulty.HARD;
import static dev.drainhunt.progress.Fixtures.PACK;
import static dev.drainhunt.progress.Fixtures.attempt;
import static dev.drainhunt.progress.Fixtures.exercise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.drainhunt.exercise.Pack;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressStatsTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    /** Saturday 2026-11-28, 10:00 in New York. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T15:00:00Z"), ZONE);

    static final Pack THE_PACK = Fixtures.pack(
            exercise(1, "no-deadline", EASY, "shutdown", "context"),
            exercise(2, "wrong-ctx", EASY, "context"),
            exercise(3, "lost-signal", HARD, "signals"));

    /** Local noon {@code daysAgo} days before the clock's day. */
    static Instant daysAgo(int days) {
        return CLOCK.instant().atZone(ZONE).toLocalDate().minusDays(days).atTime(12, 0).atZone(ZONE).toInstant();
    }

    static ProgressFile with(String exerciseId, Attempt... attempts) {
        PackProgress pack = PackProgress.none();
        for (Attempt a : attempts) {
            pack = pack.withAttempt(exerciseId, a);
        }
        return ProgressFile.empty().withPack(PACK, pack);
    }

    @Test
    void countsSolvedOverallPerDifficultyAndPerTag() {
        ProgressFile progress = ProgressFile.empty().withPack(PACK, PackProgress.none()
                .withAttempt("no-deadline", attempt(daysAgo(0), Outcome.CORRECT))
                .withAttempt("lost-signal", attempt(daysAgo(0), Outcome.MISSED))
                .withAttempt("removed-since", attempt(daysAgo(0), Outcome.CORRECT)));

        ProgressStats stats = ProgressStats.of(THE_PACK, progress, CLOCK);

        assertThat(stats.overall()).isEqualTo(new Tally(1, 3));
        assertThat(ProgressStats.solved(THE_PACK, progress, CLOCK.getZone())).isEqualTo(1);
        assertThat(ProgressStats.solved(THE_PACK, ProgressFile.empty(), CLOCK.getZone())).isZero();
        assertThat(stats.byDifficulty()).containsExactly(entry(EASY, new Tally(1, 2)), entry(HARD, new Tally(0, 1)));
        assertThat(stats.byTag()).containsExactly(entry("context", new Tally(1, 2)),
                entry("shutdown", new Tally(1, 1)), entry("signals", new Tally(0, 1)));
        assertThat(stats.mastered()).isZero();
    }

    @Test
    void nothingDoneGivesZerosAndNoActivity() {
        ProgressStats stats = ProgressStats.of(THE_PACK, ProgressFile.empty(), CLOCK);

        assertThat(stats.overall()).isEqualTo(new Tally(0, 3));
        assertThat(stats.streakDays()).isZero();
        assertThat(stats.recentAccuracy()).isEqualTo(new Accuracy(0, 0));
        assertThat(stats.recentAccuracy().percent()).isZero();
        assertThat(stats.lastActivity()).isNull();
    }

    @Test
    void aStreakCountsConsecutiveDaysEndingToday() {
        ProgressFile progress = with("no-deadline", attempt(daysAgo(5), Outcome.MISSED),
                attempt(daysAgo(2), Outcome.MISSED), attempt(daysAgo(1), Outcome.SKIPPED),
                attempt(daysAgo(1), Outcome.MISSED), attempt(daysAgo(0), Outcome.CORRECT));

        assertThat(ProgressStats.of(THE_PACK, progress, CLOCK).streakDays()).isEqualTo(3);
    }

    @Test
    void aStreakStillStandsWhenTodayHasNoAttemptYet() {
        ProgressFile progress = with("no-deadline", attempt(daysAgo(2), Outcome.MISSED),
                attempt(daysAgo(1), Outcome.MISSED));

        assertThat(ProgressStats.of(THE_PACK, progress, CLOCK).streakDays()).isEqualTo(2);
    }

    @Test
    void aDayOfSkipsOnlyDoesNotKeepTheStreak() {
        ProgressFile progress = with("no-deadline", attempt(daysAgo(2), Outcome.MISSED),
                attempt(daysAgo(1), Outcome.SKIPPED), attempt(daysAgo(0), Outcome.SKIPPED));

        assertThat(ProgressStats.of(THE_PACK, progress, CLOCK).streakDays()).isZero();
    }

    @Test
    void aStreakIsBrokenByAMissedDay() {
        ProgressFile progress = with("no-deadline", attempt(daysAgo(3), Outcome.MISSED),
                attempt(daysAgo(2), Outcome.MISSED));

        assertThat(ProgressStats.of(THE_PACK, progress, CLOCK).streakDays()).isZero();
    }

    @Test
    void aStreakUsesTheLearnersZoneNotUtc() {
        // 01:00 UTC on the 28th is still the 27th in New York: yesterday, so with today that is 2 days.
        ProgressFile progress = with("no-deadline", attempt(Instant.parse("2026-11-28T01:00:00Z"), Outcome.MISSED),
                attempt(daysAgo(0), Outcome.MISSED));

        assertThat(ProgressStats.of(THE_PACK, progress, CLOCK).streakDays()).isEqualTo(2);
    }

    @Test
    void aStreakCountsAttemptsInAnyPack() {
        ProgressFile progress = with("no-deadline", attempt(daysAgo(0), Outcome.MISSED))
                .withPack("custom", PackProgress.none().withAttempt("x", attempt(daysAgo(1), Outcome.MISSED)));

        assertThat(ProgressStats.of(THE_PACK, progress, CLOCK).streakDays()).isEqualTo(2);
    }

    @Test
    void accuracyIsOverTheLatestTenAnswersSkipsLeftOut() {
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            attempts.add(attempt(daysAgo(30).plusSeconds(i), Outcome.CORRECT)); // older than the window
        }
        for (int i = 0; i < 10; i++) {
            Outcome verdict = i < 7 ? Outcome.CORRECT : i < 9 ? Outcome.MISSED : Outcome.REVEALED;
            attempts.add(attempt(daysAgo(1).plusSeconds(i), verdict));
        }
        attempts.add(attempt(daysAgo(0), Outcome.SKIPPED));
        ProgressFile progress = with("wrong-ctx", attempts.toArray(Attempt[]::new));

        ProgressStats stats = ProgressStats.of(THE_PACK, progress, CLOCK);

        assertThat(stats.recentAccuracy()).isEqualTo(new Accuracy(7, 10));
        assertThat(stats.recentAccuracy().percent()).isEqualTo(70);
        assertThat(stats.lastActivity()).isEqualTo(daysAgo(0));
    }

    @Test
    void accuracyTakesTheLatestAnswersAcrossExercisesByTime() {
        // The pack's first exercise holds the oldest answer: taken in pack order it would fall in the window.
        PackProgress pack = PackProgress.none().withAttempt("no-deadline", attempt(daysAgo(30), Outcome.MISSED));
        for (int i = 0; i < 10; i++) {
            pack = pack.withAttempt("wrong-ctx", attempt(daysAgo(0).plusSeconds(i), Outcome.CORRECT));
        }

        ProgressStats stats = ProgressStats.of(THE_PACK, ProgressFile.empty().withPack(PACK, pack), CLOCK);

        assertThat(stats.recentAccuracy()).isEqualTo(new Accuracy(10, 10));
    }

    @Test
    void masteredCountsWithinSolved() {
        ProgressFile progress = with("no-deadline", attempt(daysAgo(1), Outcome.CORRECT),
                attempt(daysAgo(0), Outcome.CORRECT));

        ProgressStats stats = ProgressStats.of(THE_PACK, progress, CLOCK);

        assertThat(stats.overall().solved()).isEqualTo(1);
        assertThat(stats.mastered()).isEqualTo(1);
    }

    @Test
    void printsAsJsonWithLowerCaseNamesAndIsoTimes() {
        ProgressFile progress = with("no-deadline", attempt(daysAgo(0), Outcome.CORRECT));

        assertThat(ProgressStats.of(THE_PACK, progress, CLOCK).toJson())
                .contains("\"easy\" : {", "\"lastActivity\" : \"2026-11-28T17:00:00Z\"", "\"streakDays\" : 1");
    }
}
