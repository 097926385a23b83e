package dev.drainhunt.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pinned by the examples py-fsrs 6.x publishes in tests/test_basic.py for its FSRS-6 defaults (test_review_card:
 * the interval history; test_memo_state: stability 53.6269 and difficulty 6.3575 to four places), run through our port.
 */
class FsrsTest {

    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private final Fsrs fsrs = Fsrs.reference();

    @Test
    void reproducesTheReferenceIntervalHistory() {
        List<Grade> grades = List.of(Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD,
                Grade.AGAIN, Grade.AGAIN, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD);
        Optional<MemoryState> card = Optional.empty();
        Instant now = START;
        List<Long> days = new ArrayList<>();
        for (Grade g : grades) {
            MemoryState next = fsrs.review(card, g, now);
            days.add(next.interval().toDays());
            now = next.due();
            card = Optional.of(next);
        }
        assertThat(days).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    @Test
    void reproducesTheReferenceMemoryState() {
        List<Grade> grades = List.of(Grade.AGAIN, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.GOOD);
        int[] gaps = {0, 0, 1, 3, 8, 21};
        Optional<MemoryState> card = Optional.empty();
        Instant now = START;
        for (int i = 0; i < grades.size(); i++) {
            now = now.plus(Duration.ofDays(gaps[i]));
            card = Optional.of(fsrs.review(card, grades.get(i), now));
        }
        MemoryState last = fsrs.review(card, Grade.GOOD, now);
        assertThat(last.stability()).isCloseTo(53.6269, within(0.00005));
        assertThat(last.difficulty()).isCloseTo(6.3575, within(0.00005));
    }

    @Test
    void repeatedEasyReviewsBottomOutAtTheLowestDifficulty() {
        Optional<MemoryState> card = Optional.empty();
        for (int i = 0; i < 10; i++) {
            card = Optional.of(fsrs.review(card, Grade.EASY, START.plusNanos(i * 1000L)));
        }
        assertThat(card.orElseThrow().difficulty()).isEqualTo(1.0);
    }

    @Test
    void learningStepsFollowTheReference() {
        MemoryState again = fsrs.review(Optional.empty(), Grade.AGAIN, START);
        assertThat(again.interval()).isEqualTo(Duration.ofMinutes(1));
        MemoryState hard = fsrs.review(Optional.empty(), Grade.HARD, START);
        assertThat(hard.interval()).isEqualTo(Duration.ofSeconds(330));
        MemoryState good = fsrs.review(Optional.empty(), Grade.GOOD, START);
        assertThat(good.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(good.step()).isEqualTo(1);
        MemoryState easy = fsrs.review(Optional.empty(), Grade.EASY, START);
        assertThat(easy.phase()).isEqualTo(MemoryState.Phase.REVIEW);
        assertThat(easy.interval().toDays()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aLapseInReviewGoesToRelearningForTenMinutes() {
        MemoryState s = fsrs.review(Optional.empty(), Grade.GOOD, START);
        s = fsrs.review(Optional.of(s), Grade.GOOD, s.due());
        s = fsrs.review(Optional.of(s), Grade.GOOD, s.due());
        MemoryState lapse = fsrs.review(Optional.of(s), Grade.AGAIN, s.due());
        assertThat(lapse.phase()).isEqualTo(MemoryState.Phase.RELEARNING);
        assertThat(lapse.interval()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void intervalsNeverPassTheMaximum() {
        Fsrs capped = new Fsrs(Fsrs.DEFAULT_WEIGHTS, 0.9, List.of(), List.of(), 365);
        Optional<MemoryState> card = Optional.empty();
        Instant now = START;
        for (int i = 0; i < 30; i++) {
            MemoryState next = capped.review(card, Grade.EASY, now);
            assertThat(next.interval().toDays()).isBetween(1L, 365L);
            now = next.due();
            card = Optional.of(next);
        }
        assertThat(card.orElseThrow().interval().toDays()).isEqualTo(365);
    }
}
