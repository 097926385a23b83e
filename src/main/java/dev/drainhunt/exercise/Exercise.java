package dev.drainhunt.exercise;

import java.util.List;

/**
 * One bug hunt: buggy code, where the bug is, how to recognise a right diagnosis, and the fix.
 * Line numbers in {@code bugLines} are 1-based positions in {@code buggy}.
 */
public record Exercise(
        String id,
        int number,
        String title,
        Difficulty difficulty,
        List<String> tags,
        String goVersion,
        List<String> buggy,
        List<Integer> bugLines,
        List<String> hints,
        List<KeyPoint> keyPoints,
        List<String> explanation,
        List<String> fix,
        List<Reference> references,
        List<String> detectedBy,
        String notes) {

    /** The go directive assumed when an exercise names none: the oldest toolchain we check against. */
    public static final String DEFAULT_GO_VERSION = "1.19";

    public Exercise {
        tags = List.copyOf(tags);
        goVersion = goVersion == null ? DEFAULT_GO_VERSION : goVersion;
        buggy = List.copyOf(buggy);
        bugLines = List.copyOf(bugLines);
        hints = List.copyOf(hints);
        keyPoints = List.copyOf(keyPoints);
        explanation = List.copyOf(explanation);
        fix = List.copyOf(fix);
        references = references == null ? List.of() : List.copyOf(references);
        detectedBy = detectedBy == null ? List.of() : List.copyOf(detectedBy);
    }

    /** The name shown in lists and prompts: {@code 3 drain-without-deadline}. */
    public String label() {
        return number + " " + id;
    }
}
