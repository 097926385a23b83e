package dev.drainhunt.progress;

/** How the learner answered: a written diagnosis, or picking the buggy lines. */
public enum Mode {
    TEXT, LINES
}
