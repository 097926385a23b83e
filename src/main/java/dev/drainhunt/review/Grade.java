package dev.drainhunt.review;

/** How a review went, as the learner rates it; FSRS's four grades, numbered as it numbers them. */
public enum Grade {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int value;

    Grade(int value) {
        this.value = value;
    }

    /** 1 to 4, the number the model's formulas use. */
    public int value() {
        return value;
    }
}
