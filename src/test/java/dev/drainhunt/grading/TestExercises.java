package dev.drainhunt.grading;

import dev.drainhunt.exercise.Difficulty;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.KeyPoint;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Small hand-built exercises, so grading tests do not depend on the real pack. */
final class TestExercises {

    private TestExercises() {
    }

    static KeyPoint keyPoint(String id, List<List<String>> match) {
        return new KeyPoint(id, "summary of " + id, match);
    }

    /** An exercise with a 20-line snippet and the given bug lines and key points. */
    static Exercise exercise(List<Integer> bugLines, KeyPoint... keyPoints) {
        List<String> buggy = Collections.nCopies(20, "\t// code");
        return new Exercise("test-exercise", 1, "A test", Difficulty.EASY, List.of("signals"), "1.19", buggy,
                bugLines, List.of("h1", "h2", "h3"), Arrays.asList(keyPoints), List.of("why"), buggy, List.of(),
                List.of(), null);
    }
}
