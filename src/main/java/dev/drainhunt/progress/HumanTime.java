package dev.drainhunt.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * A time as people read it in an export: {@code 2026-12-01 18:28} in the learner's zone, or {@code 2026-12-01
 * 18:28Z} when that zone is UTC, so a reader elsewhere knows. Minutes are enough for a record of study; the
 * nanoseconds of {@link Instant#toString} are for the JSON, which programs read.
 */
public final class HumanTime {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private HumanTime() {
    }

    /** {@code instant} in {@code zone}; "" for none. */
    public static String format(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return MINUTES.format(instant.atZone(zone)) + (utc(zone) ? "Z" : "");
    }

    /** Whether {@code zone} is UTC itself (Etc/UTC, Z, GMT), not a zone that happens to be at +00:00 today. */
    public static boolean utc(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC);
    }
}
