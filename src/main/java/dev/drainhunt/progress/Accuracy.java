package dev.drainhunt.progress;

/**
 * How many of the counted answers were correct; skips are not answers, reveals count as not correct.
 *
 * @param counted how many answers this is over; 0 when there are none yet
 */
public record Accuracy(int correct, int counted) {

    /** Correct answers in percent, rounded down; 0 when nothing was counted. */
    public int percent() {
        return counted == 0 ? 0 : correct * 100 / counted;
    }
}
