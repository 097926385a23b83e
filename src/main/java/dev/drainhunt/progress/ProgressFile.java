package dev.drainhunt.progress;

import java.util.HashMap;
import java.util.Map;

/**
 * Everything in {@code progress.json}: one section per pack, keyed by the pack's name, so a custom
 * pack never mixes with the bundled one.
 *
 * @param learner the learner's name, or null when never set
 */
public record ProgressFile(int schemaVersion, String learner, Map<String, PackProgress> packs) {

    /**
     * The schema this build reads and writes. Raise it (and migrate older files in {@link ProgressMigration}) on any
     * shape change. 2 added an exercise's {@code fixed}; 3: FSRS reviews replace SM-2's. Older files are migrated
     * when read and written in this schema when next saved, so an older drainhunt then refuses them as newer.
     */
    public static final int SCHEMA_VERSION = 3;

    public ProgressFile {
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be 1 or more, was " + schemaVersion);
        }
        packs = packs == null ? Map.of() : Map.copyOf(packs);
    }

    public static ProgressFile empty() {
        return new ProgressFile(SCHEMA_VERSION, null, Map.of());
    }

    /** The progress in one pack; {@link PackProgress#none()} when it has none. */
    public PackProgress pack(String name) {
        return packs.getOrDefault(name, PackProgress.none());
    }

    /** Sets one pack's progress; a pack without progress has no section, so reading it back gives none. */
    public ProgressFile withPack(String name, PackProgress progress) {
        if (progress.exercises().isEmpty()) {
            return withoutPack(name);
        }
        Map<String, PackProgress> next = new HashMap<>(packs);
        next.put(name, progress);
        return new ProgressFile(schemaVersion, learner, next);
    }

    public ProgressFile withoutPack(String name) {
        Map<String, PackProgress> next = new HashMap<>(packs);
        next.remove(name);
        return new ProgressFile(schemaVersion, learner, next);
    }

    /** This progress as the current schema writes it. */
    public ProgressFile atCurrentSchema() {
        return schemaVersion == SCHEMA_VERSION ? this : new ProgressFile(SCHEMA_VERSION, learner, packs);
    }

    public ProgressFile withLearner(String name) {
        return new ProgressFile(schemaVersion, name, packs);
    }
}
