package dev.drainhunt.progress;

import dev.drainhunt.exercise.Exercise;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One exercise as {@code drainhunt list --json} prints it: the pack's facts and the learner's standing.
 *
 * @param difficulty and {@code status}: their labels, as the table shows them
 * @param due when the exercise comes back for review; null when it is not scheduled
 */
public record ListedExercise(
        int number,
        String id,
        String title,
        String difficulty,
        List<String> tags,
        String status,
        LocalDate due) {

    public static ListedExercise of(Exercise exercise, ExerciseProgress progress, ZoneId zone) {
        Review review = progress.review();
        return new ListedExercise(exercise.number(), exercise.id(), exercise.title(), exercise.difficulty().label(),
                exercise.tags(), Status.of(progress, zone).label(), review == null ? null : review.due());
    }

    /** The JSON array scripts read, one object per exercise, ending in a newline. */
    public static String toJson(List<ListedExercise> exercises) {
        return ProgressJson.text(exercises);
    }
}
