package dev.drainhunt.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExerciseProgressTest {

    private static Attempt rated(String at, Outcome verdict, Rating rating) {
        return new Attempt(Instant.parse(at), Mode.TEXT, verdict, List.of(), 0, 10, rating);
    }

    @Test
    void lastSeenIsTheLastAttemptRecordedAndEmptyForAnExerciseNeverTouched() {
        ExerciseProgress progress = new ExerciseProgress(List.of(
                rated("2026-11-20T10:00:00Z", Outcome.MISSED, null),
                rated("2026-11-21T10:00:00Z", Outcome.SKIPPED, null)), 0, null);
        assertThat(progress.lastSeen()).contains(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(ExerciseProgress.none().lastSeen()).isEmpty();
    }

    @Test
    void aLapseIsAnAttemptRatedAgain() {
        ExerciseProgress progress = new ExerciseProgress(List.of(
                rated("2026-11-20T10:00:00Z", Outcome.REVEALED, Rating.AGAIN),
                rated("2026-11-21T10:00:00Z", Outcome.CORRECT, Rating.GOOD),
                rated("2026-11-22T10:00:00Z", Outcome.CORRECT, Rating.AGAIN),
                rated("2026-11-23T10:00:00Z", Outcome.MISSED, null)), 0, null);
        assertThat(progress.lapses()).isEqualTo(2);
    }
}
