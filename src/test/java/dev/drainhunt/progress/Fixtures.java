package dev.drainhunt.progress;

import dev.drainhunt.exercise.Difficulty;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** Small builders shared by the progress tests. */
final class Fixtures {

    static final String PACK = "drain-basics";
    static final Instant NOW = Instant.parse("2026-11-28T20:15:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Berlin"));

    private Fixtures() {
    }

    static Attempt attempt(Instant at, Outcome verdict) {
        return new Attempt(at, Mode.TEXT, verdict, List.of(), 0, 30, null);
    }

    static Attempt attempt(Instant at, Outcome verdict, int hints) {
        return new Attempt(at, Mode.TEXT, verdict, List.of(), hints, 30, null);
    }

    static Exercise exercise(int number, String id, Difficulty difficulty, String... tags) {
        return new Exercise(id, number, "Title of " + id, difficulty, Arrays.asList(tags), null,
                List.of("package main"), List.of(1), List.of("a hint"), List.of(), List.of(), List.of(), null, null,
                null);
    }

    static Pack pack(Exercise... exercises) {
        return new Pack(PACK, "1.2.0", "go", "test pack", List.of(exercises));
    }
}
