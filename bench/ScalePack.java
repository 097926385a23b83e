import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.drainhunt.progress.Attempt;
import dev.drainhunt.progress.ExerciseProgress;
import dev.drainhunt.progress.Mode;
import dev.drainhunt.progress.Outcome;
import dev.drainhunt.progress.PackProgress;
import dev.drainhunt.progress.ProgressStore;
import dev.drainhunt.progress.Rating;
import dev.drainhunt.progress.Review;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a synthetic pack and a progress file for the scale benchmark (bench/scale.sh).
 *
 * <pre>java -cp target/drainhunt.jar bench/ScalePack.java SOURCE_PACK OUT [EXERCISES] [ATTEMPTS]</pre>
 *
 * <p>OUT/pack holds pack.json and EXERCISES files NNNN-id.json, each a copy of an exercise of SOURCE_PACK
 * (cycled) under a new id, number and title, so the pack is as valid as the source. OUT/data/progress.json holds
 * ATTEMPTS attempts spread over them, written by drainhunt's own ProgressStore so its format is exactly the
 * one drainhunt reads. Fixed seed: every run writes the same files.
 */
public final class ScalePack {

    private static final String PACK_NAME = "scale";

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java -cp target/drainhunt.jar bench/ScalePack.java SOURCE_PACK OUT"
                    + " [EXERCISES] [ATTEMPTS]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int exercises = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        int attempts = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;

        Map<String, List<String>> keyPoints = writePack(source, out.resolve("pack"), exercises);
        writeProgress(out.resolve("data"), keyPoints, attempts);
        System.out.printf("%s: %d exercises%n%s: %d attempts%n", out.resolve("pack"), keyPoints.size(),
                out.resolve("data").resolve(ProgressStore.FILE_NAME), attempts);
    }

    /** Writes the pack; returns each exercise's key point ids by exercise id, in study order. */
    private static Map<String, List<String>> writePack(Path source, Path pack, int count) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        List<ObjectNode> originals = new ArrayList<>();
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.sorted().toList()) {
                if (file.getFileName().toString().matches("\\d+-.*\\.json")) {
                    originals.add((ObjectNode) json.readTree(file.toFile()));
                }
            }
        }
        if (originals.isEmpty()) {
            throw new IllegalArgumentException(source + " holds no NN-id.json exercise files");
        }
        Files.createDirectories(pack);
        ObjectNode manifest = json.createObjectNode()
                .put("name", PACK_NAME)
                .put("version", "1.0.0")
                .put("language", "go")
                .put("description", count + " copies of the exercises of " + source.getFileName()
                        + ", for the scale benchmark.");
        json.writeValue(pack.resolve("pack.json").toFile(), manifest);
        // The lab harnesses and stubs the copies name (each copy keeps its original's lab).
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".go")).toList()) {
                Files.copy(file, pack.resolve(file.getFileName()));
            }
        }
        Map<String, List<String>> keyPoints = new LinkedHashMap<>();
        for (int n = 1; n <= count; n++) {
            ObjectNode exercise = originals.get((n - 1) % originals.size()).deepCopy();
            String id = exercise.get("id").asText() + "-" + n;
            exercise.put("id", id);
            exercise.put("number", n);
            exercise.put("title", exercise.get("title").asText() + " #" + n);
            json.writeValue(pack.resolve(String.format("%04d-%s.json", n, id)).toFile(), exercise);
            List<String> points = new ArrayList<>();
            exercise.get("keyPoints").forEach(kp -> points.add(kp.get("id").asText()));
            keyPoints.put(id, points);
        }
        return keyPoints;
    }

    /** Spreads the attempts evenly over the exercises and over two years, each exercise's in time order. */
    private static void writeProgress(Path data, Map<String, List<String>> keyPoints, int attempts) {
        Random random = new Random(42);
        Instant end = Instant.parse("2026-01-01T00:00:00Z");
        long span = Duration.ofDays(730).getSeconds();
        List<String> ids = new ArrayList<>(keyPoints.keySet());
        Map<String, ExerciseProgress> exercises = new HashMap<>();
        for (int e = 0; e < ids.size(); e++) {
            String id = ids.get(e);
            int count = attempts / ids.size() + (e < attempts % ids.size() ? 1 : 0);
            List<Attempt> list = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                // Microseconds, as the system clock gives them.
                Instant at = end.minusSeconds(span - span * i / count - random.nextInt(3_600))
                        .plusNanos(random.nextInt(1_000_000) * 1_000L);
                Outcome verdict = Outcome.values()[random.nextInt(Outcome.values().length)];
                List<String> points = keyPoints.get(id);
                List<String> named = switch (verdict) {
                    case CORRECT -> points;
                    case PARTIAL -> points.subList(0, Math.max(1, points.size() - 1));
                    default -> List.of();
                };
                list.add(new Attempt(at, random.nextInt(5) == 0 ? Mode.LINES : Mode.TEXT, verdict, named,
                        random.nextInt(4), 20 + random.nextInt(600),
                        random.nextInt(4) == 0 ? null : Rating.values()[random.nextInt(Rating.values().length)]));
            }
            // An FSRS state (schema 3): stability in days, difficulty 1 to 10, the interval from the last look.
            LocalDate lastSeen = LocalDate.ofInstant(end, ZoneOffset.UTC).minusDays(random.nextInt(30));
            int interval = 1 + random.nextInt(60);
            Review review = new Review(0.5 + random.nextInt(600) / 10.0, 1 + random.nextInt(900) / 100.0, lastSeen,
                    interval, lastSeen.plusDays(interval));
            exercises.put(id, new ExerciseProgress(list, random.nextInt(3), review));
        }
        PackProgress progress = new PackProgress(exercises);
        new ProgressStore(data, Clock.fixed(end, ZoneOffset.UTC), System.err::println)
                .update(PACK_NAME, p -> progress);
    }
}
