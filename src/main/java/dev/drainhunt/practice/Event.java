package dev.drainhunt.practice;

import dev.drainhunt.exercise.Exercise;
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

    /**
     * Go on with this exercise now (picked from the list), then with the rest of the queue. Nothing is recorded for
     * leaving the one on screen, except that one answered but not solved comes back tomorrow, as on leaving.
     */
    record Jump(Exercise exercise) implements Event {
    }

    /**
     * The learner's progress on this exercise was forgotten (a reset from the list): if it is the one on screen, it
     * starts afresh, so leaving it records nothing for answers made before the reset.
     */
    record Forget(Exercise exercise) implements Event {
    }

    /** Show the commands. */
    record Help() implements Event {
    }
}
