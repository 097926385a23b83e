package dev.drainhunt.progress;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a sound {@code progress.json} of this schema, exactly as {@link ProgressJson} writes it, with jackson-core's
 * streaming parser alone: an ObjectMapper costs a run about 50 ms to build (its date format pulls in calendars and
 * locale providers), more than the rest of {@code list} together. It accepts a strict subset of what the mapper
 * accepts and gives the same model; anything else (another schema, a field out of place or missing, a type or a
 * value the record refuses, damage of any kind) is {@code null}, and the caller asks the mapper, which then also
 * explains what is wrong.
 */
final class ProgressReader {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final Mode[] MODES = Mode.values();
    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final Rating[] RATINGS = Rating.values();

    /**
     * A small file in the written shape, read by {@link #preload}: an attempt and a review, so that every class a
     * learner's file needs (the parser, its number reading, the records) is loaded and initialised.
     */
    static final String SAMPLE = "{\"schemaVersion\":" + ProgressFile.SCHEMA_VERSION + ",\"learner\":null,\"packs\":{"
            + "\"p\":{\"exercises\":{\"e\":{\"attempts\":[{\"at\":\"2026-01-02T03:04:05.5Z\",\"mode\":\"text\","
            + "\"verdict\":\"correct\",\"keyPoints\":[\"k\"],\"hintsUsed\":0,\"seconds\":12,\"rating\":\"good\"}],"
            + "\"hintsTaken\":0,\"review\":{\"stability\":2.5,\"difficulty\":5.25,\"lastSeen\":\"2026-01-02\","
            + "\"intervalDays\":3,\"due\":\"2026-01-05\"}}}}}}";

    /**
     * Reads {@link #SAMPLE} on the calling thread (a start-up's second one), so that the main thread finds the
     * parser's classes ready when it reads the learner's file: some 5 ms of a practice screen's start. Only
     * memory is read; nothing is kept.
     */
    static void preload() {
        read(SAMPLE.getBytes(StandardCharsets.UTF_8));
    }

    /** Thrown to leave the parse at the first thing this reader does not take; never escapes {@link #read}. */
    private static final class NotTheWrittenShape extends Exception {
        private static final long serialVersionUID = 1L;

        NotTheWrittenShape() {
            super(null, null, false, false);
        }
    }

    private static final NotTheWrittenShape OTHER = new NotTheWrittenShape();

    private final JsonParser parser;

    private ProgressReader(JsonParser parser) {
        this.parser = parser;
    }

    /** The file's progress, or null when it is not a sound file of this schema in the shape written. */
    static ProgressFile read(byte[] bytes) {
        try (JsonParser parser = FACTORY.createParser(bytes)) {
            ProgressReader reader = new ProgressReader(parser);
            ProgressFile file = reader.file();
            return parser.nextToken() == null ? file : null;
        } catch (NotTheWrittenShape | IOException | RuntimeException e) {
            // RuntimeException: a record's constructor refusing a value, or a time that does not parse.
            return null;
        }
    }

    private ProgressFile file() throws IOException, NotTheWrittenShape {
        expect(JsonToken.START_OBJECT);
        field("schemaVersion");
        if (intValue() != ProgressFile.SCHEMA_VERSION) {
            throw OTHER;
        }
        field("learner");
        String learner = nullableString();
        field("packs");
        Map<String, PackProgress> packs = map(this::pack);
        expect(JsonToken.END_OBJECT);
        return new ProgressFile(ProgressFile.SCHEMA_VERSION, learner, packs);
    }

    private PackProgress pack() throws IOException, NotTheWrittenShape {
        expectCurrent(JsonToken.START_OBJECT);
        field("exercises");
        Map<String, ExerciseProgress> exercises = map(this::exercise);
        expect(JsonToken.END_OBJECT);
        return new PackProgress(exercises);
    }

    private ExerciseProgress exercise() throws IOException, NotTheWrittenShape {
        expectCurrent(JsonToken.START_OBJECT);
        field("attempts");
        expect(JsonToken.START_ARRAY);
        List<Attempt> attempts = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            attempts.add(attempt());
        }
        field("hintsTaken");
        int hintsTaken = intValue();
        field("review");
        Review review = parser.nextToken() == JsonToken.VALUE_NULL ? null : review();
        Instant fixed = null;
        JsonToken next = parser.nextToken();
        if (next == JsonToken.FIELD_NAME && "fixed".equals(parser.currentName())) {
            fixed = InstantText.parse(string());
            next = parser.nextToken();
        }
        if (next != JsonToken.END_OBJECT) {
            throw OTHER;
        }
        return new ExerciseProgress(attempts, hintsTaken, review, fixed);
    }

    private Attempt attempt() throws IOException, NotTheWrittenShape {
        expectCurrent(JsonToken.START_OBJECT);
        field("at");
        Instant at = InstantText.parse(string());
        field("mode");
        Mode mode = constant(MODES, string());
        field("verdict");
        Outcome verdict = constant(OUTCOMES, string());
        field("keyPoints");
        expect(JsonToken.START_ARRAY);
        List<String> keyPoints = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            expectCurrent(JsonToken.VALUE_STRING);
            keyPoints.add(parser.getText());
        }
        field("hintsUsed");
        int hintsUsed = intValue();
        field("seconds");
        expect(JsonToken.VALUE_NUMBER_INT);
        if (parser.getNumberType() != JsonParser.NumberType.INT
                && parser.getNumberType() != JsonParser.NumberType.LONG) {
            throw OTHER;
        }
        long seconds = parser.getLongValue();
        field("rating");
        String rating = nullableString();
        expect(JsonToken.END_OBJECT);
        return new Attempt(at, mode, verdict, keyPoints, hintsUsed, seconds,
                rating == null ? null : constant(RATINGS, rating));
    }

    private Review review() throws IOException, NotTheWrittenShape {
        expectCurrent(JsonToken.START_OBJECT);
        field("stability");
        double stability = doubleValue();
        field("difficulty");
        double difficulty = doubleValue();
        field("lastSeen");
        LocalDate lastSeen = InstantText.parseDate(string());
        field("intervalDays");
        int intervalDays = intValue();
        field("due");
        LocalDate due = InstantText.parseDate(string());
        expect(JsonToken.END_OBJECT);
        return new Review(stability, difficulty, lastSeen, intervalDays, due);
    }

    private interface Value<T> {
        T read() throws IOException, NotTheWrittenShape;
    }

    /** An object of named values, its parser on each value's first token. */
    private <T> Map<String, T> map(Value<T> value) throws IOException, NotTheWrittenShape {
        expect(JsonToken.START_OBJECT);
        Map<String, T> entries = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            entries.put(key, value.read());
        }
        expectCurrent(JsonToken.END_OBJECT);
        return entries;
    }

    /** The written names are lower case (the mapper also takes other cases; those go to it). */
    private static <E extends Enum<E>> E constant(E[] values, String name) throws NotTheWrittenShape {
        for (E value : values) {
            if (value.name().toLowerCase(Locale.ROOT).equals(name)) {
                return value;
            }
        }
        throw OTHER;
    }

    private void field(String name) throws IOException, NotTheWrittenShape {
        if (parser.nextToken() != JsonToken.FIELD_NAME || !name.equals(parser.currentName())) {
            throw OTHER;
        }
    }

    private int intValue() throws IOException, NotTheWrittenShape {
        expect(JsonToken.VALUE_NUMBER_INT);
        if (parser.getNumberType() != JsonParser.NumberType.INT) {
            throw OTHER;
        }
        return parser.getIntValue();
    }

    private double doubleValue() throws IOException, NotTheWrittenShape {
        expect(JsonToken.VALUE_NUMBER_FLOAT);
        return parser.getDoubleValue();
    }

    private String string() throws IOException, NotTheWrittenShape {
        expect(JsonToken.VALUE_STRING);
        return parser.getText();
    }

    private String nullableString() throws IOException, NotTheWrittenShape {
        JsonToken token = parser.nextToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        expectCurrent(JsonToken.VALUE_STRING);
        return parser.getText();
    }

    private void expect(JsonToken token) throws IOException, NotTheWrittenShape {
        parser.nextToken();
        expectCurrent(token);
    }

    private void expectCurrent(JsonToken token) throws NotTheWrittenShape {
        if (parser.currentToken() != token) {
            throw OTHER;
        }
    }
}
