package dev.drainhunt.practice;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.progress.ExerciseProgress;
import dev.drainhunt.progress.PackProgress;
import dev.drainhunt.progress.Review;
import dev.drainhunt.progress.Status;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Which exercises a session offers, in what order: due reviews first (most overdue first), then the unsolved. */
public final class StudyQueue {

    private StudyQueue() {
    }

    /** Exercises whose review is due on or before {@code today}, most overdue first. */
    public static List<Exercise> due(Pack pack, PackProgress progress, LocalDate today) {
        // A loop, and a comparator only for two or more: every practice screen asks this at start, mostly with no
        // review due, while the JVM is still interpreting.
        List<Exercise> due = new ArrayList<>();
        for (Exercise exercise : pack.exercises()) {
            Review review = progress.exercise(exercise.id()).review();
            if (review != null && !review.due().isAfter(today)) {
                due.add(exercise);
            }
        }
        if (due.size() > 1) {
            due.sort(Comparator.comparing((Exercise e) -> dueDate(progress.exercise(e.id())).orElseThrow())
                    .thenComparingInt(Exercise::number));
        }
        return List.copyOf(due);
    }

    /** The default session: due reviews, then every exercise not solved yet, in study order. */
    public static List<Exercise> session(List<Exercise> candidates, Pack pack, PackProgress progress,
                                         LocalDate today, ZoneId zone) {
        Set<Exercise> queue = new LinkedHashSet<>();
        due(pack, progress, today).stream().filter(candidates::contains).forEach(queue::add);
        candidates.stream()
                .filter(e -> !Status.of(progress.exercise(e.id()), zone).solved())
                .forEach(queue::add);
        return new ArrayList<>(queue);
    }

    /** The earliest review date after today, for "nothing due until …". */
    public static Optional<LocalDate> nextDue(Pack pack, PackProgress progress, LocalDate today) {
        LocalDate next = null; // a loop, like due(): asked at the start of every session
        for (Exercise exercise : pack.exercises()) {
            Review review = progress.exercise(exercise.id()).review();
            if (review != null && review.due().isAfter(today) && (next == null || review.due().isBefore(next))) {
                next = review.due();
            }
        }
        return Optional.ofNullable(next);
    }

    private static Optional<LocalDate> dueDate(ExerciseProgress progress) {
        return Optional.ofNullable(progress.review()).map(Review::due);
    }
}
