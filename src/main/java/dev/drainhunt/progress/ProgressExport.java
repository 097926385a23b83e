package dev.drainhunt.progress;

import dev.drainhunt.exercise.Pack;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A learner's progress in one pack as handed to a lead, and the input of the team report; render it with
 * {@link ExportFormat}.
 *
 * @param format always {@value #FORMAT}, so a reader can tell this file from any other JSON
 * @param schemaVersion of this export's shape, independent of {@code progress.json}'s
 * @param learner as resolved by the caller; null when unknown
 * @param packVersion null when the pack declares none
 * @param lastActive the latest attempt in this pack (skips included); null when none
 * @param exercises every exercise of the pack, in study order
 */
public record ProgressExport(
        String format,
        int schemaVersion,
        String learner,
        String pack,
        String packVersion,
        Instant exportedAt,
        Instant lastActive,
        List<ExportedExercise> exercises) {

    public static final String FORMAT = "drainhunt-progress-export";
    /** 2 added each exercise's {@code missedKeyPoints}; a reader of 1 refuses it rather than drop them unseen. */
    public static final int SCHEMA_VERSION = 2;

    public ProgressExport {
        exercises = List.copyOf(exercises);
    }

    public static ProgressExport of(Pack pack, ProgressFile progress, String learner, Clock clock) {
        PackProgress inPack = progress.pack(pack.name());
        List<ExportedExercise> rows = pack.exercises().stream()
                .map(e -> ExportedExercise.of(e, inPack.exercise(e.id()), clock.getZone()))
                .toList();
        Instant lastActive = pack.exercises().stream()
                .flatMap(e -> inPack.exercise(e.id()).attempts().stream())
                .map(Attempt::at)
                .max(Instant::compareTo)
                .orElse(null);
        return new ProgressExport(FORMAT, SCHEMA_VERSION, learner, pack.name(), pack.version(), clock.instant(),
                lastActive, rows);
    }
}
