package dev.drainhunt.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoTestOutputTest {

    private static String jsonOutput(String text) {
        String quoted = new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(text));
        return "{\"Action\":\"output\",\"Test\":\"TestDrain\",\"Output\":\"" + quoted + "\"}";
    }

    @Test
    void readsTheKitsLinesAsEventsInOrder() {
        String stdout = String.join("\n",
                "{\"Action\":\"run\",\"Test\":\"TestDrain\"}",
                jsonOutput("=== RUN   TestDrain\n"),
                jsonOutput("    harness_test.go:20: drainhunt:event +0.300 SIGTERM sent\n"),
                jsonOutput("    harness_test.go:31: drainhunt:fail +0.310 the upload was cut off: connection reset\n"),
                jsonOutput("    harness_test.go:40: drainhunt:ok +0.730 drained cleanly\n"),
                "{\"Action\":\"fail\",\"Test\":\"TestDrain\",\"Elapsed\":0.8}");
        GoTestOutput out = GoTestOutput.parse(stdout);
        assertThat(out.events()).containsExactly(
                new LabEvent(0.3, LabEvent.Kind.EVENT, "SIGTERM sent"),
                new LabEvent(0.31, LabEvent.Kind.FAIL, "the upload was cut off: connection reset"),
                new LabEvent(0.73, LabEvent.Kind.OK, "drained cleanly"));
        assertThat(out.otherOutput()).isEqualTo("=== RUN   TestDrain");
    }

    @Test
    void keepsLinesThatAreNotJsonAsOutput() {
        GoTestOutput out = GoTestOutput.parse("# drainhunt.lab/x\n./main.go:12:2: undefined: srv\n");
        assertThat(out.events()).isEmpty();
        assertThat(out.otherOutput()).isEqualTo("# drainhunt.lab/x\n./main.go:12:2: undefined: srv");
    }

    @Test
    void aFailedRunIsSummedUpByItsFirstFailureAndACleanOneByItsSummary() {
        List<LabEvent> events = List.of(new LabEvent(0.1, LabEvent.Kind.EVENT, "start"),
                new LabEvent(0.2, LabEvent.Kind.FAIL, "first"), new LabEvent(0.3, LabEvent.Kind.FAIL, "second"),
                new LabEvent(0.4, LabEvent.Kind.OK, "fine"));
        assertThat(new HarnessResult(false, events, Optional.empty(), "", Duration.ZERO).summary()).contains("first");
        assertThat(new HarnessResult(true, events, Optional.empty(), "", Duration.ZERO).summary()).contains("fine");
    }

    @Test
    void namesThePanicThatStoppedAHarness() {
        assertThat(HarnessRunner.firstTrouble("=== RUN   TestDrain\nsome log\npanic: send on closed channel\n"))
                .isEqualTo("panic: send on closed channel");
    }

    @Test
    void comparesGoVersionsByNumber() {
        assertThat(GoToolchain.compare("1.9", "1.19")).isNegative();
        assertThat(GoToolchain.compare("1.23", "1.19")).isPositive();
        assertThat(new GoToolchain(java.nio.file.Path.of("go"), "go1.19.8").languageVersion()).isEqualTo("1.19");
        assertThat(new GoToolchain(java.nio.file.Path.of("go"), "go1.23.5").atLeast("1.19")).isTrue();
    }
}
