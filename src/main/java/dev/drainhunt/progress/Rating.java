package dev.drainhunt.progress;

/** The learner's own rating of how an attempt felt; the input of the review scheduler. */
public enum Rating {
    AGAIN, HARD, GOOD, EASY
}
