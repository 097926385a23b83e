package dev.drainhunt.progress;

import dev.drainhunt.exercise.Exercise;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One exercise's line in an export.
 *
 * @param attempts answers given, skips left out
 * @param firstSolved when the first correct answer (or the learner's own passing fix) was recorded; null when
 *     never solved
 * @param hintsUsed hints seen during attempts and outside them
 * @param rightFirstTry the first answer was correct and used no hint
 * @param missedKeyPoints the key points the learner's first answer did not name (empty when it named all, or when
 *     the exercise was never answered); null in exports made before drainhunt recorded them
 */
public record ExportedExercise(
        int number,
        String id,
        String title,
        Status status,
        int attempts,
        Instant firstSolved,
        int hintsUsed,
        boolean rightFirstTry,
        List<ExportedKeyPoint> missedKeyPoints) {

    public ExportedExercise {
        missedKeyPoints = missedKeyPoints == null ? null : List.copyOf(missedKeyPoints);
    }

    /** A line of an export that does not say which key points were missed (export schema 1). */
    public ExportedExercise(int number, String id, String title, Status status, int attempts, Instant firstSolved,
                            int hintsUsed, boolean rightFirstTry) {
        this(number, id, title, status, attempts, firstSolved, hintsUsed, rightFirstTry, null);
    }

    private static Instant firstSolved(ExerciseProgress progress) {
        Instant answered = progress.firstCorrect().map(Attempt::at).orElse(null);
        Instant fixed = progress.fixed();
        if (answered == null || fixed == null) {
            return answered != null ? answered : fixed;
        }
        return answered.isBefore(fixed) ? answered : fixed;
    }

    static ExportedExercise of(Exercise exercise, ExerciseProgress progress, ZoneId zone) {
        List<Attempt> graded = progress.graded();
        boolean rightFirstTry = !graded.isEmpty() && graded.get(0).correct() && graded.get(0).hintsUsed() == 0;
        return new ExportedExercise(exercise.number(), exercise.id(), exercise.title(), Status.of(progress, zone),
                graded.size(), firstSolved(progress), progress.hintsUsed(),
                rightFirstTry, missed(exercise, graded));
    }

    /**
     * What the first answer left out: a lead teaches what people do not see at first look, whether or not they
     * got there later. Attempts carry the key points named so far in their visit, so the first one holds only
     * what the first answer named.
     */
    private static List<ExportedKeyPoint> missed(Exercise exercise, List<Attempt> graded) {
        if (graded.isEmpty()) {
            return List.of();
        }
        List<String> named = graded.get(0).keyPoints();
        return exercise.keyPoints().stream().filter(k -> !named.contains(k.id())).map(ExportedKeyPoint::of).toList();
    }
}
