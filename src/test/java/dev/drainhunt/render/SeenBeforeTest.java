package dev.drainhunt.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SeenBeforeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    @Test
    void aDueReviewSaysWhenItWasLastSeenAndHowOftenItWasMissed() {
        assertThat(SeenBefore.line(true, TODAY.minusDays(9), 1, TODAY))
                .isEqualTo("review · last seen 9 days ago · missed once");
        assertThat(SeenBefore.line(false, TODAY, 0, TODAY)).isEqualTo("seen before · last seen today · never missed");
    }

    @Test
    void missesAreCountedInWords() {
        assertThat(SeenBefore.missed(0)).isEqualTo("never missed");
        assertThat(SeenBefore.missed(1)).isEqualTo("missed once");
        assertThat(SeenBefore.missed(2)).isEqualTo("missed twice");
        assertThat(SeenBefore.missed(3)).isEqualTo("missed 3 times");
    }

    @Test
    void agesReadAsDaysThenWeeksMonthsAndYears() {
        assertThat(SeenBefore.ago(TODAY, TODAY)).isEqualTo("today");
        assertThat(SeenBefore.ago(TODAY.minusDays(1), TODAY)).isEqualTo("yesterday");
        assertThat(SeenBefore.ago(TODAY.minusDays(13), TODAY)).isEqualTo("13 days ago");
        assertThat(SeenBefore.ago(TODAY.minusDays(21), TODAY)).isEqualTo("3 weeks ago");
        assertThat(SeenBefore.ago(TODAY.minusDays(120), TODAY)).isEqualTo("4 months ago");
        assertThat(SeenBefore.ago(TODAY.minusDays(800), TODAY)).isEqualTo("2 years ago");
    }

    @Test
    void aLastSeenAfterTodayFromAClockMovedBackIsToday() {
        assertThat(SeenBefore.ago(TODAY.plusDays(3), TODAY)).isEqualTo("today");
    }
}
