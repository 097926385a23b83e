package dev.drainhunt.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a learner stands on one exercise; derived from the attempts, never stored.
 *
 * <ul>
 *   <li>{@code new}: no answer yet (skips and hints alone do not count).</li>
 *   <li>{@code attempted}: answered, never correct.</li>
 *   <li>{@code solved}: some attempt correct.</li>
 *   <li>{@code fixed}: the learner's own fix of the code passed {@code drainhunt fix --check} (judged by
 *       behaviour), whatever their answers: fixing the bug shows it was found. It counts as solved.</li>
 *   <li>{@code mastered}: correct without hints on two different days (the learner's zone), and the
 *       latest answer is correct. Two days because one good answer can be luck or short-term memory;
 *       the latest answer because a later miss shows it is not held yet.</li>
 * </ul>
 */
public enum Status {
    NEW, ATTEMPTED, SOLVED, FIXED, MASTERED;

    public static Status of(ExerciseProgress progress, ZoneId zone) {
        List<Attempt> graded = progress.graded();
        boolean fixed = progress.fixed() != null;
        if (graded.isEmpty()) {
            return fixed ? FIXED : NEW;
        }
        // Loops, not streams: every list shows a status per exercise (JDK 17 links each lambda at start-up).
        boolean anyCorrect = false;
        Set<LocalDate> cleanDays = new HashSet<>();
        for (Attempt attempt : graded) {
            anyCorrect |= attempt.correct();
            if (attempt.correct() && attempt.hintsUsed() == 0) {
                cleanDays.add(LocalDate.ofInstant(attempt.at(), zone));
            }
        }
        if (!anyCorrect) {
            return fixed ? FIXED : ATTEMPTED;
        }
        boolean latestCorrect = graded.get(graded.size() - 1).correct();
        if (cleanDays.size() >= 2 && latestCorrect) {
            return MASTERED;
        }
        return fixed ? FIXED : SOLVED;
    }

    /** The lower-case name shown to the user and written to files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Solved or better. */
    public boolean solved() {
        return this == SOLVED || this == FIXED || this == MASTERED;
    }
}
