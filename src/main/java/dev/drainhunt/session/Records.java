package dev.drainhunt.session;

import dev.drainhunt.practice.Output;
import dev.drainhunt.progress.Attempt;
import dev.drainhunt.progress.ExerciseProgress;
import dev.drainhunt.progress.PackProgress;
import dev.drainhunt.progress.Scheduler;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Applies a record emitted by the practice engine to stored progress. */
final class Records {

    private Records() {
    }

    /** @param zone the learner's, whose calendar days the review schedule counts */
    static PackProgress apply(PackProgress progress, Output.Record record, ZoneId zone) {
        String id = record.exercise().id();
        if (record instanceof Output.HintTaken) {
            return progress.withHintTaken(id);
        }
        if (record instanceof Output.AttemptRecorded recorded) {
            return progress.withAttempt(id, recorded.attempt());
        }
        if (record instanceof Output.AttemptRated rated) {
            // Replayed, not stepped from the stored state: a rating that replaces the suggested one recorded a moment
            // ago must not count twice.
            ExerciseProgress exercise = replace(progress.exercise(id), rated.attempt());
            return progress.with(id, exercise.withReview(
                    Scheduler.replay(exercise.attempts(), zone).orElse(exercise.review())));
        }
        throw new IllegalArgumentException("unknown record " + record);
    }

    /** Replaces the latest attempt made at the same instant; appends when another session already replaced it. */
    private static ExerciseProgress replace(ExerciseProgress exercise, Attempt rated) {
        List<Attempt> attempts = new ArrayList<>(exercise.attempts());
        for (int i = attempts.size() - 1; i >= 0; i--) {
            if (attempts.get(i).at().equals(rated.at())) {
                attempts.set(i, rated);
                return new ExerciseProgress(attempts, exercise.hintsTaken(), exercise.review(), exercise.fixed());
            }
        }
        attempts.add(rated);
        return new ExerciseProgress(attempts, exercise.hintsTaken(), exercise.review(), exercise.fixed());
    }
}
