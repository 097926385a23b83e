package dev.drainhunt.grading;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.ExerciseBuilder;
import dev.drainhunt.exercise.KeyPoint;
import java.util.Arrays;
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
        return ExerciseBuilder.exercise().bugLines(bugLines).keyPoints(Arrays.asList(keyPoints)).build();
    }
}
