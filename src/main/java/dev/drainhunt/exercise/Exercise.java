package dev.drainhunt.exercise;

import java.util.List;

/**
 * One bug hunt: buggy code, where the bug is, how to recognise a right diagnosis, and the fix.
 * Line numbers in {@code bugLines} are 1-based positions in {@code buggy}.
 *
 * @param alsoTrue real bugs of the buggy code that the key points leave out: credited when named, never required
 * @param lab      the behaviour harness that shows the bug happening and the fix draining, or null
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
        String notes,
        List<KeyPoint> alsoTrue,
        Lab lab) {

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
        alsoTrue = alsoTrue == null ? List.of() : List.copyOf(alsoTrue);
    }

    /** An exercise with no also-true points and no lab harness. */
    public Exercise(String id, int number, String title, Difficulty difficulty, List<String> tags, String goVersion,
                    List<String> buggy, List<Integer> bugLines, List<String> hints, List<KeyPoint> keyPoints,
                    List<String> explanation, List<String> fix, List<Reference> references,
                    List<String> detectedBy, String notes) {
        this(id, number, title, difficulty, tags, goVersion, buggy, bugLines, hints, keyPoints, explanation, fix,
                references, detectedBy, notes, List.of(), null);
    }

    /** The Go package the snippet declares ({@code main}, {@code pool}, …), from its package clause. */
    public String goPackage() {
        for (String line : buggy) {
            String t = line.strip();
            if (t.startsWith("package ")) {
                return t.substring("package ".length()).strip();
            }
        }
        return "main";
    }

    /** This exercise with other key points and also-true points (the same ids, their mechanisms set). */
    public Exercise withPoints(List<KeyPoint> keyPoints, List<KeyPoint> alsoTrue) {
        return new Exercise(id, number, title, difficulty, tags, goVersion, buggy, bugLines, hints, keyPoints,
                explanation, fix, references, detectedBy, notes, alsoTrue, lab);
    }

    public boolean hasLab() {
        return lab != null;
    }

    /** The name shown in lists and prompts: {@code 3 drain-without-deadline}. */
    public String label() {
        return number + " " + id;
    }
}
