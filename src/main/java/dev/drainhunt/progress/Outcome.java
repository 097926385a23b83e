package dev.drainhunt.progress;

/**
 * The verdict recorded for one attempt.
 *
 * <ul>
 *   <li>{@code correct}: every key point named (or the right lines picked); the exercise is solved.</li>
 *   <li>{@code partial}: some key points named, not all.</li>
 *   <li>{@code missed}: an answer that named none.</li>
 *   <li>{@code revealed}: the learner asked for the answer instead of finishing.</li>
 *   <li>{@code skipped}: seen and passed over without an answer. A skip is activity (it counts for the
 *       streak and last activity) but not an answer: it is left out of status, accuracy and export
 *       counts.</li>
 * </ul>
 */
public enum Outcome {
    CORRECT, PARTIAL, MISSED, REVEALED, SKIPPED;

    /** Whether this is an answer that was judged, as opposed to a skip. */
    public boolean graded() {
        return this != SKIPPED;
    }
}
