package dev.drainhunt.lab;

import java.util.List;
import java.util.Optional;

/**
 * The verdict on a learner's fix, judged by behaviour.
 *
 * @param observations what the harness saw that did not hold (still-buggy), or the summary of a clean run (fixed)
 * @param build        the compiler's first error lines, positioned in the learner's copy (does-not-build), else ""
 * @param vet          go vet's findings on the copy, each {@code ANALYZER: file:line: message}
 * @param harness      the harness run, when it got that far
 */
public record FixReport(Verdict verdict, List<String> observations, String build, List<String> vet,
                        Optional<HarnessResult> harness) {

    public enum Verdict {
        FIXED, STILL_BUGGY, DOES_NOT_BUILD;

        /** As the learner types and reads it: {@code still-buggy}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public FixReport {
        observations = List.copyOf(observations);
        vet = List.copyOf(vet);
    }
}
