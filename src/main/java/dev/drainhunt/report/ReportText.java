package dev.drainhunt.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How numbers and dates read in the human formats (text, Markdown, HTML), so all three agree. */
final class ReportText {

    /** Shown where there is no value: nobody answered, nothing solved yet. */
    static final String NONE = "–";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private ReportText() {
    }

    static String percent(Double fraction) {
        return fraction == null ? NONE : Math.round(fraction * 100) + "%";
    }

    /** One decimal at most: {@code 2}, {@code 2.5}, {@code 0.4}. */
    static String decimal(Double value) {
        if (value == null) {
            return NONE;
        }
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    static String date(Instant instant, ZoneId zone) {
        return instant == null ? NONE : DATE.format(instant.atZone(zone));
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? NONE : DATE_TIME.format(instant.atZone(zone));
    }

    /** Bidi controls reorder the text around them ("trojan source"); names never need them. */
    static boolean isBidiControl(int c) {
        return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                || c == 0x061c;
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
