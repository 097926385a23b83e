package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Several drainhunt processes at once on one data directory, as issue 18's attack ran them. */
class HostileProcessesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void aProgressFileTooLargeForTheHeapIsOneLineExitThreeAndKept() throws Exception {
        // The attack: -Xmx256m and 67 MB. Scaled down (48 MB of heap, 40 MB of attempts) to run in seconds.
        Path data = Files.createDirectory(dir.resolve("data"));
        Path file = data.resolve("progress.json");
        StringBuilder json = new StringBuilder("{ \"schemaVersion\" : 1, \"packs\" : { \"go-drain\" : {"
                + " \"exercises\" : { \"signal-notify-shutdown\" : { \"hintsTaken\" : 0, \"attempts\" : [");
        String attempt = "{ \"at\" : \"2026-11-28T20:15:00Z\", \"mode\" : \"text\", \"verdict\" : \"missed\","
                + " \"hintsUsed\" : 0, \"seconds\" : 30 }";
        for (int i = 0; i < 40_000_000 / attempt.length(); i++) {
            json.append(i == 0 ? "" : ",").append(attempt);
        }
        Files.writeString(file, json.append("] } } } } }\n"));
        byte[] before = Files.readAllBytes(file);

        Drainhunt.Result r = new Drainhunt().jvm("-Xmx48m").env("DRAINHUNT_HOME", data.toString()).run("hint", "1");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
        assertThat(r.err().lines()).as(r.err()).hasSize(1).first().asString().startsWith("drainhunt: ")
                .doesNotContain("Exception", "Error:");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    @Timeout(120)
    void fourHintRunsAtOnceCountEachHintOnce() throws Exception {
        int hints = MAPPER.readTree(Files.readString(Path.of("exercises/01-signal-notify-shutdown.json")))
                .get("hints").size();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 3; round++) {
                Path data = Files.createDirectory(dir.resolve("data-" + round));
                List<Future<Drainhunt.Result>> runs = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    runs.add(pool.submit(() -> new Drainhunt().env("DRAINHUNT_HOME", data.toString())
                            .run("hint", "1", "--level", String.valueOf(hints))));
                }
                for (Future<Drainhunt.Result> run : runs) {
                    Drainhunt.Result r = run.get();
                    assertThat(r.exitCode()).as(r.err()).isZero();
                }
                JsonNode saved = MAPPER.readTree(Files.readString(data.resolve("progress.json")));
                assertThat(saved.findValue("hintsTaken").asInt()).as("round %d", round).isEqualTo(hints);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
