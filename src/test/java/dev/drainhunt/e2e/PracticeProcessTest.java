package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A learner's session through the real jar with piped input, then what it left on disk. */
class PracticeProcessTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path data;

    private JsonNode exercise(String id) throws Exception {
        return MAPPER.readTree(data.resolve("progress.json").toFile()).at("/packs/go-drain/exercises/" + id);
    }

    @Test
    void diagnoseHintRevealRateQuitIsAllSaved() throws Exception {
        Drainhunt.Result r = new Drainhunt().env("DRAINHUNT_HOME", data.toString())
                .stdin("""
                        it calls Close instead of Shutdown
                        :hint
                        :reveal
                        2
                        :quit
                        """)
                .run();
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("[1/20]", "#1  An upload server", "◐ Partly there.", "Hint 1/3", "The answer (revealed)",
                "The fix", "Session summary").doesNotContain("\u001b[");
        JsonNode first = exercise("signal-notify-shutdown");
        List<String> verdicts = first.get("attempts").findValuesAsText("verdict");
        assertThat(verdicts).containsExactly("partial", "revealed");
        assertThat(first.at("/attempts/1/rating").asText()).isEqualTo("hard");
        assertThat(first.get("hintsTaken").asInt()).isEqualTo(1);
        assertThat(first.at("/review/intervalDays").asInt()).isEqualTo(1);
    }

    @Test
    void startingAgainLandsOnTheNextUnsolvedExercise() throws Exception {
        new Drainhunt().env("DRAINHUNT_HOME", data.toString())
                .stdin("unbuffered signal channel drops SIGTERM, and srv.Close() kills requests: no graceful Shutdown\n\n")
                .run();
        Drainhunt.Result again = new Drainhunt().env("DRAINHUNT_HOME", data.toString()).stdin(":quit\n").run();
        assertThat(again.out()).contains("#2  ").contains("1/20 solved");
    }

    @Test
    void sigtermMidSessionKeepsWhatWasSavedAndSaysSo() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Drainhunt.jar().toString(), "practice");
        pb.environment().put("DRAINHUNT_HOME", data.toString());
        pb.redirectOutput(data.resolve("out.txt").toFile()).redirectError(data.resolve("err.txt").toFile());
        Process process = pb.start();
        OutputStream stdin = process.getOutputStream();
        stdin.write(":hint\nit calls Close instead of Shutdown\n".getBytes(StandardCharsets.UTF_8));
        stdin.flush();
        // Wait until the answer is on disk, then stop the process the way an orchestrator would.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(data.resolve("progress.json"))
                || !Files.readString(data.resolve("progress.json")).contains("\"partial\"")) {
            assertThat(System.nanoTime()).as("the answer was saved within 30 s; stderr: %s; stdout: %s",
                    Files.readString(data.resolve("err.txt")), Files.readString(data.resolve("out.txt")))
                    .isLessThan(deadline);
            Thread.sleep(50);
        }
        // SIGTERM alone, as an orchestrator sends it: Process.destroy() would also close the child's stdin, and
        // the child could then see the end of its input and leave normally before the signal is handled.
        assertThat(process.toHandle().destroy()).isTrue();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // Used after the kill on purpose: an unreachable pipe may be closed by the GC, with the same effect.
        stdin.close();
        assertThat(process.exitValue()).as("exit code; stderr: %s; stdout: %s", Files.readString(data.resolve("err.txt")),
                Files.readString(data.resolve("out.txt"))).isEqualTo(143);
        assertThat(Files.readString(data.resolve("err.txt"))).contains("drainhunt: stopped; your progress is saved");
        JsonNode first = exercise("signal-notify-shutdown");
        assertThat(first.get("hintsTaken").asInt()).isEqualTo(1);
        assertThat(first.at("/attempts/0/verdict").asText()).isEqualTo("partial");
    }

    private JsonNode listed(int number) throws Exception {
        Drainhunt.Result list = new Drainhunt().env("DRAINHUNT_HOME", data.toString()).run("list", "--json");
        assertThat(list.exitCode()).as("list --json; stderr: %s", list.err()).isZero();
        for (JsonNode e : MAPPER.readTree(list.out())) {
            if (e.get("number").asInt() == number) {
                return e;
            }
        }
        throw new AssertionError("exercise " + number + " not listed");
    }

    @Test
    void aSolveWhosePipedInputEndsAtTheRatingIsScheduledWithTheSuggestion() throws Exception {
        Drainhunt.Result r = new Drainhunt().env("DRAINHUNT_HOME", data.toString())
                .stdin("wg.Wait has no timeout and ignores ctx, so a hung worker blocks the drain past the deadline\n")
                .run("practice", "3");
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        assertThat(r.out()).contains("✔ Correct.", "keeps the suggested rating: good · next review", "exercises done     1",
                "right at first try 1");
        assertThat(listed(3).get("status").asText()).isEqualTo("solved");
        assertThat(listed(3).get("due").isTextual()).as("a review date").isTrue();
        assertThat(exercise("pool-drain-wait").at("/attempts/0/rating").asText()).isEqualTo("good");
    }

    @Test
    void aRevealLeftAtTheRatingOrMadeWithYesComesBackTomorrow() throws Exception {
        Drainhunt.Result r = new Drainhunt().env("DRAINHUNT_HOME", data.toString()).env("DRAINHUNT_NOW",
                "2026-11-28T10:00:00Z").stdin(":reveal\n").run("practice", "3");
        assertThat(r.exitCode()).as("stderr: %s", r.err()).isZero();
        assertThat(r.out()).contains("keeps the suggested rating: again · next review tomorrow (Sun 29 Nov)");
        assertThat(listed(3).get("due").asText()).isEqualTo("2026-11-29");

        Drainhunt.Result reveal = new Drainhunt().env("DRAINHUNT_HOME", data.toString()).env("DRAINHUNT_NOW",
                "2026-11-28T10:00:00Z").run("reveal", "20", "--yes");
        assertThat(reveal.exitCode()).as("stderr: %s", reveal.err()).isZero();
        assertThat(listed(20).get("due").asText()).isEqualTo("2026-11-29");
    }
}
