package dev.drainhunt.lab;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What one run of a harness showed.
 *
 * @param passed   every drain expectation held (go test passed and the harness reported no failure)
 * @param events   the kit's lines in the order written
 * @param problem  why there is no verdict from the harness itself: it did not build, or ran out of time; else empty
 * @param output   go test's other output (compiler errors, panics), for whoever needs to look closer
 */
public record HarnessResult(boolean passed, List<LabEvent> events, Optional<Problem> problem, String output,
                            Duration elapsed) {

    /** Why a run gave no behavioural verdict. */
    public enum Problem {
        DOES_NOT_BUILD, TIMED_OUT, NO_VERDICT
    }

    public HarnessResult {
        events = List.copyOf(events);
    }

    /** The drain expectations that did not hold, in order. */
    public List<String> failures() {
        return events.stream().filter(e -> e.kind() == LabEvent.Kind.FAIL).map(LabEvent::text).toList();
    }

    /** One line: the first failure of a failed run, the harness's summary of a clean one. */
    public Optional<String> summary() {
        LabEvent.Kind wanted = passed ? LabEvent.Kind.OK : LabEvent.Kind.FAIL;
        List<String> texts = events.stream().filter(e -> e.kind() == wanted).map(LabEvent::text).toList();
        return texts.isEmpty() ? Optional.empty() : Optional.of(passed ? texts.get(texts.size() - 1) : texts.get(0));
    }
}
