package dev.drainhunt.cli;

import dev.drainhunt.practice.Output;
import dev.drainhunt.progress.Attempt;
import dev.drainhunt.progress.ExerciseProgress;
import dev.drainhunt.progress.PackProgress;
import java.util.ArrayList;
import java.util.List;

/** Applies a record emitted by the practice engine to stored progress. */
final class Records {

    private Records() {
    }

    static PackProgress apply(PackProgress progress, Output.Record record) {
        String id = record.exercise().id();
        if (record instanceof Output.HintTaken) {
            return progress.withHintTaken(id);
        }
        if (record instanceof Output.AttemptRecorded recorded) {
            return progress.withAttempt(id, recorded.attempt());
        }
        if (record instanceof Output.AttemptRated rated) {
            return progress.with(id, replace(progress.exercise(id), rated.attempt()));
        }
        throw new IllegalArgumentException("unknown record " + record);
    }

    /** Replaces the latest attempt made at the same instant; appends when another session already replaced it. */
    private static ExerciseProgress replace(ExerciseProgress exercise, Attempt rated) {
        List<Attempt> attempts = new ArrayList<>(exercise.attempts());
        for (int i = attempts.size() - 1; i >= 0; i--) {
            if (attempts.get(i).at().equals(rated.at())) {
                attempts.set(i, rated);
                return new ExerciseProgress(attempts, exercise.hintsTaken(), exercise.review());
            }
        }
        attempts.add(rated);
        return new ExerciseProgress(attempts, exercise.hintsTaken(), exercise.review());
    }
}
