package dev.drainhunt.practice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.ExerciseBuilder;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.progress.ExerciseProgress;
import dev.drainhunt.progress.PackProgress;
import dev.drainhunt.progress.Review;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reviews due: those due today or before, the most overdue first, ties in the pack's order. */
class StudyQueueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private static Pack pack(int size) {
        List<Exercise> exercises = new ArrayList<>();
        for (int n = 1; n <= size; n++) {
            exercises.add(ExerciseBuilder.exercise().id("exercise-" + n).number(n).build());
        }
        return new Pack("p", "1", "go", "a pack", exercises);
    }

    private static ExerciseProgress dueOn(LocalDate due) {
        return new ExerciseProgress(List.of(), 0, new Review(2.0, 5.0, due.minusDays(3), 3, due));
    }

    @Test
    void dueReviewsComeMostOverdueFirstThenByNumberAndNotYetDueOnesStayOut() {
        Map<String, ExerciseProgress> progress = new HashMap<>();
        progress.put("exercise-1", dueOn(TODAY.plusDays(1)));
        progress.put("exercise-2", dueOn(TODAY));
        progress.put("exercise-3", dueOn(TODAY.minusDays(5)));
        progress.put("exercise-4", new ExerciseProgress(List.of(), 0, null));
        progress.put("exercise-5", dueOn(TODAY.minusDays(5)));
        progress.put("exercise-6", dueOn(TODAY.minusDays(1)));

        List<Exercise> due = StudyQueue.due(pack(7), new PackProgress(progress), TODAY);

        assertThat(due).extracting(Exercise::number).containsExactly(3, 5, 6, 2);
    }

    @Test
    void oneOrNoReviewDue() {
        assertThat(StudyQueue.due(pack(3), new PackProgress(Map.of()), TODAY)).isEmpty();
        assertThat(StudyQueue.due(pack(3), new PackProgress(Map.of("exercise-2", dueOn(TODAY))), TODAY))
                .extracting(Exercise::number).containsExactly(2);
    }
}
