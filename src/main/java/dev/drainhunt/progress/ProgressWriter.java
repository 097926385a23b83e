package dev.drainhunt.progress;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.drainhunt.text.TerminalSafeJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code progress.json} written with jackson-core's streaming generator: the very bytes {@link ProgressJson}'s
 * ObjectMapper writes (its pretty printer, map keys in order, enums in lower case, {@code fixed} only when set, the
 * terminal-safe escapes), without starting the mapper, whose classes a session's first save loaded and initialised
 * (and which JDK 25 would otherwise load at every start, from the session's AOT cache). {@link ProgressReader}
 * reads this shape the same way. {@code ProgressWriterTest} checks the bytes against the mapper's.
 */
final class ProgressWriter {

    private static final JsonFactory FACTORY = TerminalSafeJson.factory();

    private ProgressWriter() {
    }

    static byte[] bytes(ProgressFile file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            new ProgressWriter().file(g, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does no I/O
        }
        out.write('\n');
        return out.toByteArray();
    }

    private void file(JsonGenerator g, ProgressFile file) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", file.schemaVersion());
        g.writeStringField("learner", file.learner());
        g.writeFieldName("packs");
        byKey(g, file.packs(), this::pack);
        g.writeEndObject();
    }

    private void pack(JsonGenerator g, PackProgress pack) throws IOException {
        g.writeStartObject();
        g.writeFieldName("exercises");
        byKey(g, pack.exercises(), this::exercise);
        g.writeEndObject();
    }

    private interface Value<T> {
        void write(JsonGenerator g, T value) throws IOException;
    }

    /** An object of named values, its keys in order (the mapper's ORDER_MAP_ENTRIES_BY_KEYS). */
    private static <T> void byKey(JsonGenerator g, Map<String, T> entries, Value<T> value) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, T> entry : new TreeMap<>(entries).entrySet()) {
            g.writeFieldName(entry.getKey());
            value.write(g, entry.getValue());
        }
        g.writeEndObject();
    }

    private void exercise(JsonGenerator g, ExerciseProgress exercise) throws IOException {
        g.writeStartObject();
        g.writeFieldName("attempts");
        g.writeStartArray();
        for (Attempt attempt : exercise.attempts()) {
            attempt(g, attempt);
        }
        g.writeEndArray();
        g.writeNumberField("hintsTaken", exercise.hintsTaken());
        g.writeFieldName("review");
        if (exercise.review() == null) {
            g.writeNull();
        } else {
            review(g, exercise.review());
        }
        if (exercise.fixed() != null) {
            g.writeStringField("fixed", exercise.fixed().toString());
        }
        g.writeEndObject();
    }

    private void attempt(JsonGenerator g, Attempt attempt) throws IOException {
        g.writeStartObject();
        g.writeStringField("at", attempt.at().toString());
        g.writeStringField("mode", constant(attempt.mode()));
        g.writeStringField("verdict", constant(attempt.verdict()));
        g.writeFieldName("keyPoints");
        g.writeStartArray();
        for (String keyPoint : attempt.keyPoints()) {
            g.writeString(keyPoint);
        }
        g.writeEndArray();
        g.writeNumberField("hintsUsed", attempt.hintsUsed());
        g.writeNumberField("seconds", attempt.seconds());
        g.writeStringField("rating", attempt.rating() == null ? null : constant(attempt.rating()));
        g.writeEndObject();
    }

    private void review(JsonGenerator g, Review review) throws IOException {
        g.writeStartObject();
        g.writeNumberField("stability", review.stability());
        g.writeNumberField("difficulty", review.difficulty());
        g.writeStringField("lastSeen", review.lastSeen().toString());
        g.writeNumberField("intervalDays", review.intervalDays());
        g.writeStringField("due", review.due().toString());
        g.writeEndObject();
    }

    private static String constant(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
