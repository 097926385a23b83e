package dev.drainhunt.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DayFormatsTest {

    /** Every day of a span of years, leap days and year ends among them, as the JDK's English patterns print it. */
    @Test
    void printsWhatTheJdksEnglishPatternsPrint() {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
        DateTimeFormatter dayOfYear = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
        for (LocalDate date = LocalDate.of(2023, 1, 1); date.isBefore(LocalDate.of(2031, 1, 1));
                date = date.plusDays(1)) {
            assertThat(DayFormats.DAY.format(date)).isEqualTo(day.format(date));
            assertThat(DayFormats.DAY_OF_YEAR.format(date)).isEqualTo(dayOfYear.format(date));
        }
        assertThat(DayFormats.DAY.format(LocalDate.of(2026, 12, 11))).isEqualTo("Fri 11 Dec");
        assertThat(DayFormats.DAY_OF_YEAR.format(LocalDate.of(2027, 1, 4))).isEqualTo("Mon 4 Jan 2027");
    }

    @Test
    void isEnglishWhateverTheLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(DayFormats.DAY.format(LocalDate.of(2026, 12, 11))).isEqualTo("Fri 11 Dec");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
