package dev.drainhunt.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Brings a progress file of an older schema up to {@link ProgressFile#SCHEMA_VERSION}, on its JSON tree, before it
 * is read into the model. Nothing is written here: the next save writes the new schema and the store keeps the old
 * file as {@code progress.json.bak}, and a drainhunt of the old schema then refuses the file as newer.
 */
final class ProgressMigration {

    private ProgressMigration() {
    }

    /** The tree in the current schema; {@code tree} is changed in place. Anything unexpected is left for the reader. */
    static JsonNode toCurrent(ObjectNode tree) {
        int version = tree.path("schemaVersion").intValue();
        if (version < 1) {
            return tree; // no schema drainhunt ever wrote: the reader refuses it
        }
        if (version < 3) {
            // 1 and 2 → 3: reviews were SM-2 (repetitions, ease, intervalDays, due); they become FSRS states.
            // (2 only added an exercise's optional "fixed" time, which reads as it is.)
            for (JsonNode pack : tree.path("packs")) {
                for (JsonNode exercise : pack.path("exercises")) {
                    if (exercise instanceof ObjectNode node && node.path("review") instanceof ObjectNode review
                            && review.has("ease")) {
                        node.set("review", sm2ToFsrs(review));
                    }
                }
            }
        }
        tree.put("schemaVersion", ProgressFile.SCHEMA_VERSION);
        return tree;
    }

    private static JsonNode sm2ToFsrs(ObjectNode sm2) {
        JsonNode ease = sm2.path("ease");
        JsonNode interval = sm2.path("intervalDays");
        JsonNode due = sm2.path("due");
        if (!ease.isNumber() || !interval.isInt() || !due.isTextual()) {
            return sm2; // damaged: the strict reader says what is wrong
        }
        try {
            Review review = Scheduler.fromSm2(ease.doubleValue(), interval.intValue(), LocalDate.parse(due.textValue()));
            return ProgressJson.node(review);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return sm2;
        }
    }
}
