package dev.drainhunt.progress;

import dev.drainhunt.exercise.KeyPoint;

/** A key point as an export names it: the report has no pack, so the summary travels with the id. */
public record ExportedKeyPoint(String id, String summary) {

    static ExportedKeyPoint of(KeyPoint keyPoint) {
        return new ExportedKeyPoint(keyPoint.id(), keyPoint.summary());
    }
}
