package dev.drainhunt.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The streaming reader must give what the ObjectMapper gives, or leave the file to it. */
class ProgressReaderTest {

    private static final Path SEEDS = Path.of("src/test/resources/dev/drainhunt/progress/ProgressFuzzTestInputs");

    @Test
    void readsWhatTheWriterWritesAsTheMapperDoes() throws JsonProcessingException {
        ProgressFile written = sample();
        byte[] bytes = ProgressJson.bytes(written);

        assertThat(ProgressReader.read(bytes)).isEqualTo(ProgressJson.progress(bytes)).isEqualTo(written);
    }

    @Test
    void theWarmUpsSampleIsAFileInTheWrittenShapeWithAnAttemptAndAReview() throws JsonProcessingException {
        byte[] bytes = ProgressReader.SAMPLE.getBytes(StandardCharsets.UTF_8);

        ProgressFile sample = ProgressReader.read(bytes);

        assertThat(sample).as("a sample the reader refuses warms up nothing").isNotNull()
                .isEqualTo(ProgressJson.progress(bytes));
        ExerciseProgress exercise = sample.packs().get("p").exercises().get("e");
        assertThat(exercise.attempts()).hasSize(1);
        assertThat(exercise.review()).isNotNull();
    }

    @Test
    void readsAnEmptyFileOfThisSchema() {
        assertThat(ProgressReader.read(ProgressJson.bytes(ProgressFile.empty()))).isEqualTo(ProgressFile.empty());
    }

    @Test
    void agreesWithTheMapperOnEveryFuzzSeedItReads() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.walk(SEEDS)) {
            seeds = files.filter(Files::isRegularFile).toList();
        }
        assertThat(seeds).isNotEmpty();
        int read = 0;
        for (Path seed : seeds) {
            byte[] bytes = Files.readAllBytes(seed);
            // Most seeds are of schema 1; raised to this schema they are the damaged files this reader meets.
            byte[] raised = new String(bytes, StandardCharsets.ISO_8859_1)
                    .replace("\"schemaVersion\": 1", "\"schemaVersion\": 3").getBytes(StandardCharsets.ISO_8859_1);
            for (byte[] file : List.of(bytes, raised)) {
                ProgressFile streamed = ProgressReader.read(file);
                if (streamed != null) {
                    read++;
                    assertThat(streamed).as(seed.toString()).isEqualTo(ProgressJson.progress(file));
                }
            }
        }
        assertThat(read).as("seeds in the written shape").isPositive();
    }

    @Test
    void leavesEveryOtherShapeToTheMapper() {
        String sound = new String(ProgressJson.bytes(sample()), StandardCharsets.UTF_8);
        for (String other : List.of(
                sound.replace("\"schemaVersion\" : 3", "\"schemaVersion\" : 2"),
                sound.replace("\"verdict\" : \"correct\"", "\"verdict\" : \"CORRECT\""),
                sound.replace("\"hintsTaken\" : 2", "\"hintsTaken\" : 2.0"),
                sound.replace("\"hintsTaken\" : 2", "\"hintsTaken\" : -1"),
                sound.replace("\"seconds\" : 30", "\"seconds\" : \"30\""),
                sound.replace("\"learner\" : \"Ada\"", "\"learner\" : \"Ada\", \"learner\" : \"Bob\""),
                sound.replace("\"learner\" : \"Ada\",", ""),
                sound.replace("\"rating\" : \"good\"", "\"rating\" : \"good\", \"extra\" : 1"),
                sound.replace("\"at\" : \"2026-11-28T20:15:00Z\"", "\"at\" : \"yesterday\""),
                sound + "{}",
                sound.substring(0, sound.length() / 2),
                "null", "[]", "3")) {
            assertThat(ProgressReader.read(other.getBytes(StandardCharsets.UTF_8))).as(other).isNull();
        }
    }

    private static ProgressFile sample() {
        Instant at = Instant.parse("2026-11-28T20:15:00Z");
        var review = new Review(2.3065, 4.93, LocalDate.of(2026, 11, 28), 2, LocalDate.of(2026, 11, 30));
        var solved = new ExerciseProgress(List.of(
                new Attempt(at, Mode.TEXT, Outcome.PARTIAL, List.of("unbuffered"), 1, 30, null),
                new Attempt(at.plusSeconds(61), Mode.LINES, Outcome.CORRECT, List.of("a", "b"), 2, 30,
                        Rating.GOOD)), 2, review, at.plusNanos(123_456_789));
        var skipped = new ExerciseProgress(List.of(new Attempt(at, Mode.TEXT, Outcome.SKIPPED, List.of(), 0, 0,
                null)), 0, null);
        return new ProgressFile(ProgressFile.SCHEMA_VERSION, "Ada", Map.of(
                "go-drain", new PackProgress(Map.of("one", solved, "two\u202e", skipped)),
                "other", new PackProgress(Map.of("x", skipped))));
    }
}
