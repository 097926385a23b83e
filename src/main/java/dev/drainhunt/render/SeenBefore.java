package dev.drainhunt.render;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The line that tells a review from a first look: "review · last seen 9 days ago · missed once". Built from plain
 * dates, so the caller decides what today is.
 */
public final class SeenBefore {

    private SeenBefore() {
    }

    /**
     * @param due whether the exercise is back because its review is due ("review"), or was picked again early
     * @param lastSeen the learner's calendar day of the last attempt
     * @param missed the times it was missed (rated "again")
     */
    public static String line(boolean due, LocalDate lastSeen, int missed, LocalDate today) {
        return (due ? "review" : "seen before") + " · last seen " + ago(lastSeen, today) + " · " + missed(missed);
    }

    /** "today", "yesterday", "9 days ago", "3 weeks ago", "4 months ago", "2 years ago". */
    static String ago(LocalDate then, LocalDate today) {
        long days = ChronoUnit.DAYS.between(then, today);
        if (days <= 0) {
            // A clock moved back makes the last attempt later than today: it was still today as far as we know.
            return "today";
        }
        if (days == 1) {
            return "yesterday";
        }
        if (days < 14) {
            return days + " days ago";
        }
        if (days < 60) {
            return Count.of(Math.round(days / 7.0), "week") + " ago";
        }
        if (days < 365) {
            return Count.of(Math.max(2, Math.min(11, Math.round(days / 30.44))), "month") + " ago";
        }
        return Count.of(Math.max(1, Math.round(days / 365.25)), "year") + " ago";
    }

    static String missed(int times) {
        return switch (times) {
            case 0 -> "never missed";
            case 1 -> "missed once";
            case 2 -> "missed twice";
            default -> "missed " + times + " times";
        };
    }
}
