package dev.drainhunt.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The streaming writer writes, byte for byte, what the ObjectMapper writes, and the readers read it back. */
class ProgressWriterTest {

    private static final Path SEEDS = Path.of("src/test/resources/dev/drainhunt/progress/ProgressFuzzTestInputs");
    /** Text a learner's name or a pack's key may hold: quotes, escapes, controls, bidi, emoji, non-Latin. */
    private static final List<String> HOSTILE = List.of("", "Ada", "a \"quoted\" \\ name", "tab\there\nnew line",
            "\u0000nul\u0007bell\u001b[31mred", "del\u007f c1\u0085 \u009b", "bidi \u202eevil\u202c", "\u2028\u2029",
            "zero\u200bwidth", "tag \uDB40\uDC01", "rocket \uD83D\uDE80", "\u00e9l\u00e8ve \u65e5\u672c", "go-drain");

    @Test
    void randomFilesAreWrittenAsTheMapperWritesThem() throws IOException {
        Random random = new Random(17);
        for (int i = 0; i < 2_000; i++) {
            ProgressFile file = randomFile(random);
            byte[] streamed = ProgressWriter.bytes(file);

            assertThat(new String(streamed, StandardCharsets.UTF_8)).as("file %d", i)
                    .isEqualTo(new String(ProgressJson.bytes(file), StandardCharsets.UTF_8));
            assertThat(ProgressReader.read(streamed)).isEqualTo(file);
            assertThat(ProgressJson.progress(streamed)).isEqualTo(file);
        }
    }

    @Test
    void everyFuzzSeedTheMapperReadsIsWrittenAsTheMapperWritesIt() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.walk(SEEDS)) {
            seeds = files.filter(Files::isRegularFile).toList();
        }
        int written = 0;
        for (Path seed : seeds) {
            ProgressFile file;
            try {
                file = ProgressJson.progress(Files.readAllBytes(seed));
            } catch (IOException | RuntimeException e) {
                continue; // damage: never written
            }
            if (file == null) {
                continue; // the seed "null": no file to write
            }
            assertThat(ProgressWriter.bytes(file)).as(seed.toString()).isEqualTo(ProgressJson.bytes(file));
            written++;
        }
        assertThat(written).as("seeds that are sound files").isPositive();
    }

    @Test
    void anEmptyFileToo() {
        assertThat(ProgressWriter.bytes(ProgressFile.empty())).isEqualTo(ProgressJson.bytes(ProgressFile.empty()));
    }

    private static ProgressFile randomFile(Random random) {
        Map<String, PackProgress> packs = new HashMap<>();
        for (int p = random.nextInt(3); p > 0; p--) {
            Map<String, ExerciseProgress> exercises = new HashMap<>();
            for (int e = random.nextInt(4); e > 0; e--) {
                exercises.put(text(random) + e, exercise(random));
            }
            packs.put(text(random) + p, new PackProgress(exercises));
        }
        String learner = random.nextInt(3) == 0 ? null : text(random);
        return new ProgressFile(ProgressFile.SCHEMA_VERSION, learner, packs);
    }

    private static ExerciseProgress exercise(Random random) {
        List<Attempt> attempts = new ArrayList<>();
        for (int a = random.nextInt(4); a > 0; a--) {
            List<String> keyPoints = new ArrayList<>();
            for (int k = random.nextInt(3); k > 0; k--) {
                keyPoints.add(text(random));
            }
            Rating rating = random.nextBoolean() ? null : Rating.values()[random.nextInt(Rating.values().length)];
            attempts.add(new Attempt(instant(random), Mode.values()[random.nextInt(Mode.values().length)],
                    Outcome.values()[random.nextInt(Outcome.values().length)], keyPoints, random.nextInt(5),
                    random.nextInt(3) == 0 ? random.nextLong() & Long.MAX_VALUE : random.nextInt(600), rating));
        }
        Review review = null;
        if (random.nextBoolean()) {
            LocalDate seen = LocalDate.ofEpochDay(random.nextInt(40_000));
            int interval = random.nextInt(Scheduler.MAXIMUM_DAYS + 1);
            double stability = random.nextInt(4) == 0 ? Double.MIN_VALUE * (1 + random.nextInt(9))
                    : random.nextDouble() * Math.pow(10, random.nextInt(12) - 4) + 1e-9;
            double difficulty = 1 + random.nextDouble() * 9;
            review = new Review(stability, random.nextInt(5) == 0 ? Math.rint(difficulty) : difficulty, seen,
                    interval, seen.plusDays(interval));
        }
        Instant fixed = random.nextInt(3) == 0 ? instant(random) : null;
        return new ExerciseProgress(attempts, random.nextInt(7), review, fixed);
    }

    private static Instant instant(Random random) {
        long seconds = random.nextLong() % 100_000_000_000L;
        int nanos = random.nextInt(3) == 0 ? 0 : random.nextInt(1_000_000_000);
        return Instant.ofEpochSecond(seconds, nanos);
    }

    private static String text(Random random) {
        String base = HOSTILE.get(random.nextInt(HOSTILE.size()));
        return random.nextBoolean() ? base : base + (char) random.nextInt(0x3000);
    }
}
