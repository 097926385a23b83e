package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackValidator;
import dev.drainhunt.lab.FixReport;
import dev.drainhunt.lab.HarnessResult;
import dev.drainhunt.lab.LabEvent;
import dev.drainhunt.lab.LabRun;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shapes of run --json and fix --check --json, which scripts rely on. */
class LabJsonTest {

    private static final Pack PACK = new Catalog(new PackValidator(c -> Optional.empty())).loadBundled().pack()
            .orElseThrow();

    private static HarnessResult result(boolean passed, LabEvent... events) {
        return new HarnessResult(passed, List.of(events), Optional.empty(), "", Duration.ofMillis(700));
    }

    @Test
    void runHasBothSidesWithPassedSummaryAndTimedEvents() {
        Exercise three = PACK.find("3").orElseThrow();
        LabRun.Report report = new LabRun.Report(
                result(false, new LabEvent(0, LabEvent.Kind.EVENT, "Drain called"),
                        new LabEvent(0.6049, LabEvent.Kind.FAIL, "Drain still blocked")),
                result(true, new LabEvent(0.1, LabEvent.Kind.OK, "drained within budget")));

        JsonNode json = LabJson.run(three, report);

        assertThat(json.get("exercise").asInt()).isEqualTo(3);
        assertThat(json.get("id").asText()).isEqualTo("pool-drain-wait");
        assertThat(json.get("buggy").get("passed").asBoolean()).isFalse();
        assertThat(json.get("buggy").get("summary").asText()).isEqualTo("Drain still blocked");
        assertThat(json.get("buggy").get("events").get(1).get("t").asDouble()).isEqualTo(0.6);
        assertThat(json.get("buggy").get("events").get(1).get("text").asText()).isEqualTo("Drain still blocked");
        assertThat(json.get("buggy").get("events").get(1).size()).isEqualTo(2);
        assertThat(json.get("fix").get("passed").asBoolean()).isTrue();
        assertThat(json.get("fix").get("summary").asText()).isEqualTo("drained within budget");
        assertThat(json.has("staticOnly")).isFalse();
    }

    @Test
    void runNamesTheAnalyzerWhereAHalfCannotBeShownAndAProblemWhenThereWasNoVerdict() {
        Exercise one = PACK.find("1").orElseThrow();
        HarnessResult timedOut = new HarnessResult(false, List.of(), Optional.of(HarnessResult.Problem.TIMED_OUT), "",
                Duration.ofSeconds(60));
        JsonNode json = LabJson.run(one, new LabRun.Report(timedOut, result(true)));

        assertThat(json.get("staticOnly").get(0).get("analyzer").asText()).contains("go vet");
        assertThat(json.get("buggy").get("problem").asText()).isEqualTo("timed-out");
        assertThat(json.get("buggy").get("summary").asText()).contains("did not finish in time");
    }

    @Test
    void fixHasTheVerdictObservationsBuildAndVet() {
        Exercise twenty = PACK.find("20").orElseThrow();
        FixReport report = new FixReport(FixReport.Verdict.STILL_BUGGY, List.of("Drain still blocked"), "",
                List.of("copylocks: server.go:9:2: passes lock by value"), Optional.empty());

        JsonNode json = LabJson.fix(twenty, report);

        assertThat(json.fieldNames()).toIterable()
                .containsExactly("exercise", "id", "verdict", "observations", "build", "vet");
        assertThat(json.get("verdict").asText()).isEqualTo("still-buggy");
        assertThat(json.get("observations").get(0).asText()).isEqualTo("Drain still blocked");
        assertThat(json.get("vet").get(0).asText()).startsWith("copylocks:");
    }
}
