package dev.drainhunt.progress;

/** How many of a group of exercises are solved (mastered counts as solved). */
public record Tally(int solved, int total) {

    static final Tally NONE = new Tally(0, 0);

    /** The tally of a single exercise. */
    static Tally of(Status status) {
        return new Tally(status.solved() ? 1 : 0, 1);
    }

    Tally plus(Tally other) {
        return new Tally(solved + other.solved, total + other.total);
    }
}
