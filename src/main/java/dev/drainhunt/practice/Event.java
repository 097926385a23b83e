package dev.drainhunt.practice;

import dev.drainhunt.progress.Rating;

/** What the learner did at the prompt; the only input of the {@link PracticeEngine}. */
public sealed interface Event {

    /** A diagnosis in words, line numbers, or both. */
    record Answer(String text) implements Event {
    }

    /** Show the next hint. */
    record Hint() implements Event {
    }

    /** Show the code again. */
    record ShowCode() implements Event {
    }

    /** Pass over this exercise for now. */
    record Skip() implements Event {
    }

    /** Give up and see the answer. */
    record Reveal() implements Event {
    }

    /** The self-rating after a reveal; null takes the suggested one. */
    record Rate(Rating rating) implements Event {
    }

    /** Leave the session. */
    record Quit() implements Event {
    }

    /** Show the commands. */
    record Help() implements Event {
    }
}
