package dev.drainhunt.grading;

import dev.drainhunt.exercise.KeyPoint;
import java.util.List;
import java.util.Optional;

/**
 * How an answer was graded: the overall outcome, what kind of answer it was, the key points it named and the lines
 * it picked.
 *
 * <p>{@code outcome} is what the learner is told and what progress records. For {@link AnswerKind#TEXT} it is the
 * text assessment; for {@link AnswerKind#LINES} at best {@link Outcome#PARTIAL} (the right place, not yet what is
 * wrong there); for {@link AnswerKind#BOTH} it is the text
 * assessment, except that a text naming no key point is lifted to {@link Outcome#PARTIAL} when its lines hit a bug
 * line (the learner found the place but not the reason). Both assessments are kept for display.
 *
 * @param textOutcome the text assessment, or null for a lines-only answer
 * @param lineOutcome the line assessment, or null for a text without line references
 * @param pickedLines the lines the answer named, ascending
 * @param hitLines    those of them that are bug lines
 * @param alsoTrue    the exercise's also-true points the diagnosis named: real findings beyond the key points,
 *                    never part of the outcome
 * @param pastEndLines picked lines past the end of the snippet: named back to the learner, not graded
 * @param falseClaims  other exercises' points the diagnosis asserts that are not true of this code; any of them
 *                     keeps the outcome from {@code CORRECT}
 */
public record Verdict(
        Outcome outcome,
        AnswerKind kind,
        Outcome textOutcome,
        Outcome lineOutcome,
        List<String> matchedKeyPoints,
        List<String> missedKeyPoints,
        List<Integer> pickedLines,
        List<Integer> hitLines,
        List<String> alsoTrue,
        List<Integer> pastEndLines,
        List<KeyPoint> falseClaims) {

    /** How well an answer (or one part of it) did. */
    public enum Outcome {
        CORRECT, PARTIAL, MISSED
    }

    /** Whether the learner wrote a diagnosis, only line numbers, or a diagnosis with line numbers in it. */
    public enum AnswerKind {
        TEXT, LINES, BOTH
    }

    public Verdict {
        matchedKeyPoints = List.copyOf(matchedKeyPoints);
        missedKeyPoints = List.copyOf(missedKeyPoints);
        pickedLines = List.copyOf(pickedLines);
        hitLines = List.copyOf(hitLines);
        alsoTrue = alsoTrue == null ? List.of() : List.copyOf(alsoTrue);
        pastEndLines = pastEndLines == null ? List.of() : List.copyOf(pastEndLines);
        falseClaims = falseClaims == null ? List.of() : List.copyOf(falseClaims);
    }

    /** A verdict that names no also-true point. */
    public Verdict(Outcome outcome, AnswerKind kind, Outcome textOutcome, Outcome lineOutcome,
                   List<String> matchedKeyPoints, List<String> missedKeyPoints, List<Integer> pickedLines,
                   List<Integer> hitLines) {
        this(outcome, kind, textOutcome, lineOutcome, matchedKeyPoints, missedKeyPoints, pickedLines, hitLines,
                List.of(), List.of(), List.of());
    }

    public Optional<Outcome> textAssessment() {
        return Optional.ofNullable(textOutcome);
    }

    public Optional<Outcome> lineAssessment() {
        return Optional.ofNullable(lineOutcome);
    }

    /** Whether picked lines hit the bug within the pick budget: the learner is looking at the right place. */
    public boolean located() {
        return lineOutcome == Outcome.CORRECT;
    }

    /** Whether the diagnosis named at least one key point. */
    public boolean namedAny() {
        return !matchedKeyPoints.isEmpty();
    }
}
