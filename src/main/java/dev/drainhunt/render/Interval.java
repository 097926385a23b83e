package dev.drainhunt.render;

import java.time.Duration;

/** A time until the next review, compactly: 10m, 5h, 3d, 2w, 4mo, 1y. */
public final class Interval {

    private Interval() {
    }

    /** Rounded to the largest unit that keeps it readable: days up to 13, weeks up to 8, months up to 11. */
    public static String compact(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        if (minutes < 60) {
            return minutes + "m";
        }
        if (minutes < 24 * 60) {
            return Math.round(minutes / 60.0) + "h";
        }
        long days = Math.round(minutes / (24 * 60.0));
        if (days < 14) {
            return days + "d";
        }
        if (days < 60) {
            return Math.round(days / 7.0) + "w";
        }
        if (days < 365) {
            return Math.max(2, Math.min(11, Math.round(days / 30.44))) + "mo";
        }
        return Math.round(days / 365.25) + "y";
    }
}
