package dev.drainhunt.render;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;

/**
 * Days as the forecast and the next review show them ("Fri 11 Dec", "Mon 4 Jan 2027"), in English whatever the
 * locale, like the rest of the text. The names are given to the formatter here rather than looked up as pattern
 * letters: the JDK's lookup loads its locale providers and their resource bundles first, some 10 ms of a
 * {@code list} that shows a forecast (DayFormatsTest holds these to the JDK's English names). A class of its own,
 * built on first use: {@code check} shows no date.
 */
final class DayFormats {

    private static final Map<Long, String> DAYS_OF_WEEK = Map.of(1L, "Mon", 2L, "Tue", 3L, "Wed", 4L, "Thu",
            5L, "Fri", 6L, "Sat", 7L, "Sun");
    private static final Map<Long, String> MONTHS = Map.ofEntries(Map.entry(1L, "Jan"), Map.entry(2L, "Feb"),
            Map.entry(3L, "Mar"), Map.entry(4L, "Apr"), Map.entry(5L, "May"), Map.entry(6L, "Jun"),
            Map.entry(7L, "Jul"), Map.entry(8L, "Aug"), Map.entry(9L, "Sep"), Map.entry(10L, "Oct"),
            Map.entry(11L, "Nov"), Map.entry(12L, "Dec"));

    /** "Fri 11 Dec", as the pattern "EEE d MMM" in English. */
    static final DateTimeFormatter DAY = dayAndMonth().toFormatter(Locale.ENGLISH);
    /** "Mon 4 Jan 2027", as "EEE d MMM yyyy" in English. */
    static final DateTimeFormatter DAY_OF_YEAR = dayAndMonth().appendLiteral(' ')
            .appendValue(ChronoField.YEAR_OF_ERA, 4, 19, SignStyle.EXCEEDS_PAD)
            .toFormatter(Locale.ENGLISH);

    private DayFormats() {
    }

    private static DateTimeFormatterBuilder dayAndMonth() {
        return new DateTimeFormatterBuilder().appendText(ChronoField.DAY_OF_WEEK, DAYS_OF_WEEK).appendLiteral(' ')
                .appendValue(ChronoField.DAY_OF_MONTH).appendLiteral(' ').appendText(ChronoField.MONTH_OF_YEAR, MONTHS);
    }
}
