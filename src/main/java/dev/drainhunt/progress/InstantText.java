package dev.drainhunt.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;

/**
 * Attempt times as {@link Instant#toString} writes them, and review dates, read fast. A class of its own so that
 * the streaming reader ({@link ProgressReader}) reads them without initialising {@link ProgressJson}'s ObjectMapper.
 */
final class InstantText {

    private InstantText() {
    }

    /**
     * {@link Instant#parse} without the general formatter for what {@link Instant#toString} writes, such as
     * {@code 2025-01-31T09:15:00.123456Z}: with Instant.parse, a third of the time to read 100,000 attempts went
     * into their times. Any other text goes to Instant.parse, which also gives the error. (Month, not YearMonth or
     * Year: their class initialisation builds a formatter, some 2 ms of every start that reads progress.)
     */
    static Instant parse(String text) {
        int n = text.length();
        boolean shaped = n >= 20 && n <= 30 && text.charAt(4) == '-' && text.charAt(7) == '-'
                && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':'
                && text.charAt(n - 1) == 'Z' && (n == 20 || n > 21 && text.charAt(19) == '.');
        if (shaped) {
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nanos = n == 20 ? 0 : digits(text, 20, n - 1);
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (nanos >= 0 && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60
                    && isDate(year, month, day)) {
                for (int places = n - 21; places > 0 && places < 9; places++) {
                    nanos *= 10;
                }
                long days = LocalDate.of(year, month, day).toEpochDay();
                return Instant.ofEpochSecond(days * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
            }
        }
        return Instant.parse(text);
    }

    /**
     * {@link LocalDate#parse} for the {@code 2025-01-31} that {@link LocalDate#toString} writes for the years a review
     * is due in, without the ISO formatters: their class initialisation is some 2 ms of a start that reads reviews.
     * Any other text, and any date that is not one, goes to LocalDate.parse, which also gives the error.
     */
    static LocalDate parseDate(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (isDate(year, month, day)) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** Whether these digits (-1: not digits) name a day of the ISO calendar. */
    private static boolean isDate(int year, int month, int day) {
        return year >= 0 && month >= 1 && month <= 12 && day >= 1
                && day <= Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year));
    }

    /** The number written in {@code text[from, to)}, or -1 when a character there is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + c - '0';
        }
        return value;
    }
}
