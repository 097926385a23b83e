package dev.drainhunt.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ProgressJson reads attempt times with a fast path of its own; it must agree with Instant.parse. */
class InstantTextTest {

    @Test
    void readsWhatInstantWritesAsInstantParseDoes() {
        Random random = new Random(1);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong() % 400_000_000_000L, random.nextInt(4) == 0 ? 0
                    : random.nextInt(1_000_000_000) / (int) Math.pow(10, random.nextInt(7)) * 1000);
            String text = instant.toString();
            assertThat(ProgressJson.instant(text)).as(text).isEqualTo(Instant.parse(text)).isEqualTo(instant);
        }
    }

    @Test
    void agreesWithInstantParseOnOddShapesAndBadDates() {
        for (String text : List.of("2024-02-29T23:59:59Z", "2024-12-31T23:59:60Z", "2024-01-01T24:00:00Z",
                "2024-01-02t03:04:05z", "2024-01-02T03:04:05.1Z", "2024-01-02T03:04:05.123456789Z",
                "+10000-01-01T00:00:00Z", "2024-01-02T03:04:05+01:00", "2023-02-29T00:00:00Z",
                "2024-13-01T00:00:00Z", "2024-01-01T00:60:00Z", "2024-01-01T00:00:00.Z",
                "2024-01-01T00:00:00.1234567890Z", "2024-01-0xT00:00:00Z", "2024-01-01 00:00:00Z", "")) {
            assertThat(outcome(() -> ProgressJson.instant(text))).as(text).isEqualTo(outcome(() -> Instant.parse(text)));
        }
        assertThatThrownBy(() -> ProgressJson.instant("2023-02-29T00:00:00Z"))
                .isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void readsReviewDatesAsLocalDateParseDoes() {
        Random random = new Random(2);
        for (int i = 0; i < 10_000; i++) {
            LocalDate date = LocalDate.ofEpochDay(random.nextInt(3_000_000) - 719_528); // years 0000 to ~6200
            String text = date.toString();
            assertThat(InstantText.parseDate(text)).as(text).isEqualTo(LocalDate.parse(text)).isEqualTo(date);
        }
        for (String text : List.of("2024-02-29", "2023-02-29", "2024-04-31", "2024-00-10", "2024-13-01",
                "2024-01-00", "2024-1-01", "2024-01-1x", "+10000-01-01", "-0001-01-01", "2024/01/01", "20240101",
                "2024-01-01T00:00", "")) {
            assertThat(outcome(() -> InstantText.parseDate(text))).as(text)
                    .isEqualTo(outcome(() -> LocalDate.parse(text)));
        }
    }

    private static Object outcome(java.util.function.Supplier<?> parse) {
        try {
            return parse.get();
        } catch (DateTimeParseException e) {
            return e.getClass();
        }
    }
}
