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
 */
public record ExportedExercise(
        int number,
        String id,
        String title,
        Status status,
        int attempts,
        Instant firstSolved,
        int hintsUsed,
        boolean rightFirstTry) {

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
                rightFirstTry);
    }
}
