package dev.drainhunt.exercise;

import java.util.Locale;
import java.util.Optional;

/** How hard an exercise is; the order is easiest first. */
public enum Difficulty {
    EASY, MEDIUM, HARD;

    /** The lower-case name used in exercise files and on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Difficulty> parse(String text) {
        for (Difficulty d : values()) {
            if (d.label().equals(text)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
