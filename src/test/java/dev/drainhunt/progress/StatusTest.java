package dev.drainhunt.progress;

import static dev.drainhunt.progress.Fixtures.attempt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StatusTest {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant DAY_1 = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant DAY_2 = Instant.parse("2026-11-21T10:00:00Z");

    static Status statusOf(Attempt... attempts) {
        ExerciseProgress progress = ExerciseProgress.none();
        for (Attempt a : attempts) {
            progress = progress.withAttempt(a);
        }
        return Status.of(progress, ZONE);
    }

    @Test
    void anUntouchedExerciseIsNew() {
        assertThat(statusOf()).isEqualTo(Status.NEW);
    }

    @Test
    void skipsAndHintsAloneLeaveAnExerciseNew() {
        ExerciseProgress peeked = ExerciseProgress.none().withHintTaken().withAttempt(attempt(DAY_1, Outcome.SKIPPED));

        assertThat(Status.of(peeked, ZONE)).isEqualTo(Status.NEW);
    }

    @Test
    void answersThatWereNeverCorrectMakeItAttempted() {
        assertThat(statusOf(attempt(DAY_1, Outcome.MISSED), attempt(DAY_1, Outcome.PARTIAL),
                attempt(DAY_1, Outcome.REVEALED))).isEqualTo(Status.ATTEMPTED);
    }

    @Test
    void oneCorrectAnswerSolvesIt() {
        assertThat(statusOf(attempt(DAY_1, Outcome.MISSED), attempt(DAY_1, Outcome.CORRECT)))
                .isEqualTo(Status.SOLVED);
    }

    @Test
    void anExerciseWhoseOwnFixPassedIsFixedAboveSolvedUntilMastered() {
        ExerciseProgress solved = ExerciseProgress.none().withAttempt(attempt(DAY_1, Outcome.CORRECT));
        assertThat(Status.of(solved.withFixed(DAY_1), ZONE)).isEqualTo(Status.FIXED);
        assertThat(Status.FIXED.solved()).isTrue();
        assertThat(Status.FIXED.compareTo(Status.SOLVED)).isPositive();
        ExerciseProgress fixedOnly = ExerciseProgress.none().withFixed(DAY_1);
        assertThat(Status.of(fixedOnly, ZONE)).isEqualTo(Status.FIXED);
        assertThat(Status.of(fixedOnly.withAttempt(attempt(DAY_2, Outcome.MISSED)), ZONE)).isEqualTo(Status.FIXED);
        assertThat(Status.of(fixedOnly.withAttempt(attempt(DAY_1, Outcome.CORRECT))
                .withAttempt(attempt(DAY_2, Outcome.CORRECT)), ZONE)).isEqualTo(Status.MASTERED);
        assertThat(fixedOnly.withFixed(DAY_2).fixed()).isEqualTo(DAY_1);
    }

    @Test
    void correctWithoutHintsOnTwoDaysMastersIt() {
        assertThat(statusOf(attempt(DAY_1, Outcome.CORRECT), attempt(DAY_2, Outcome.CORRECT)))
                .isEqualTo(Status.MASTERED);
    }

    @Test
    void twoCorrectAnswersOnTheSameDayDoNotMasterIt() {
        assertThat(statusOf(attempt(DAY_1, Outcome.CORRECT), attempt(DAY_1.plusSeconds(3600), Outcome.CORRECT)))
                .isEqualTo(Status.SOLVED);
    }

    @Test
    void daysAreTheLearnersLocalDays() {
        // Two UTC dates, one Berlin date.
        Instant lateUtc = Instant.parse("2026-11-20T23:30:00Z"); // Berlin 2026-11-21 00:30
        Instant nextMorningUtc = Instant.parse("2026-11-21T08:00:00Z"); // Berlin 2026-11-21 09:00

        assertThat(statusOf(attempt(lateUtc, Outcome.CORRECT), attempt(nextMorningUtc, Outcome.CORRECT)))
                .isEqualTo(Status.SOLVED);
    }

    @Test
    void aCorrectAnswerWithHintsDoesNotCountTowardsMastery() {
        assertThat(statusOf(attempt(DAY_1, Outcome.CORRECT, 1), attempt(DAY_2, Outcome.CORRECT)))
                .isEqualTo(Status.SOLVED);
    }

    @Test
    void aLaterMissTakesMasteryBack() {
        assertThat(statusOf(attempt(DAY_1, Outcome.CORRECT), attempt(DAY_2, Outcome.CORRECT),
                attempt(DAY_2, Outcome.MISSED))).isEqualTo(Status.SOLVED);
    }

    @Test
    void aSkipAfterMasteryKeepsIt() {
        assertThat(statusOf(attempt(DAY_1, Outcome.CORRECT), attempt(DAY_2, Outcome.CORRECT),
                attempt(DAY_2, Outcome.SKIPPED))).isEqualTo(Status.MASTERED);
    }
}
