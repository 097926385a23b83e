package dev.drainhunt.grading;

/**
 * Something wrong with a key point's match rules, for the pack validator to report.
 *
 * @param concept the concept as written in the exercise, or empty when the problem is about an alternative
 */
public record RuleProblem(String keyPointId, String concept, Kind kind, String message) {

    /** What kind of mistake the rule has; each one makes some alternative unable to give credit. */
    public enum Kind {
        UNKNOWN_CONCEPT, INVALID_REGEX, EMPTY_PHRASE, EMPTY_ALTERNATIVE, NO_ALTERNATIVES
    }

    @Override
    public String toString() {
        return "key point " + keyPointId + ": " + message;
    }
}
