package dev.drainhunt.exercise;

import java.util.List;

/**
 * How an exercise's claims are shown by behaviour: the Go test file that fails on the buggy code and passes on
 * the fix, the stub file compiled beside the snippet, and the halves only an analyzer can show.
 *
 * @param harness    the harness's file name in the pack ({@code NN-id_test.go})
 * @param stub       a non-test Go file compiled with the snippet (code it calls but does not show), or null
 * @param race       whether the harness runs with {@code -race}
 * @param staticOnly the key points that no run can show reliably, and the analyzer that reports them instead
 */
public record Lab(String harness, String stub, boolean race, List<StaticFinding> staticOnly) {

    public Lab {
        staticOnly = staticOnly == null ? List.of() : List.copyOf(staticOnly);
    }

    public boolean hasStub() {
        return stub != null;
    }

    /**
     * A key point shown by an analyzer rather than by a run.
     *
     * @param keyPoint the key point's id
     * @param analyzer what reports it, e.g. {@code go vet (sigchanyzer)}
     * @param why      one sentence on why a run cannot show it
     */
    public record StaticFinding(String keyPoint, String analyzer, String why) {
    }
}
