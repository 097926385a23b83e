package dev.drainhunt.progress;

import java.util.HashMap;
import java.util.Map;

/** A learner's progress in one pack, keyed by exercise id. */
public record PackProgress(Map<String, ExerciseProgress> exercises) {

    private static final PackProgress NONE = new PackProgress(Map.of());

    public PackProgress {
        exercises = exercises == null ? Map.of() : Map.copyOf(exercises);
    }

    public static PackProgress none() {
        return NONE;
    }

    /** The progress of one exercise; {@link ExerciseProgress#none()} when it has none. */
    public ExerciseProgress exercise(String id) {
        return exercises.getOrDefault(id, ExerciseProgress.none());
    }

    public PackProgress with(String id, ExerciseProgress progress) {
        Map<String, ExerciseProgress> next = new HashMap<>(exercises);
        next.put(id, progress);
        return new PackProgress(next);
    }

    public PackProgress withAttempt(String id, Attempt attempt) {
        return with(id, exercise(id).withAttempt(attempt));
    }

    public PackProgress withHintTaken(String id) {
        return with(id, exercise(id).withHintTaken());
    }

    public PackProgress withFixed(String id, java.time.Instant at) {
        return with(id, exercise(id).withFixed(at));
    }

    public PackProgress without(String id) {
        Map<String, ExerciseProgress> next = new HashMap<>(exercises);
        next.remove(id);
        return new PackProgress(next);
    }
}
