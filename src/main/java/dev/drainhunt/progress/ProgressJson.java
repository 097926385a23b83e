package dev.drainhunt.progress;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.drainhunt.exercise.JsonPositions;
import dev.drainhunt.text.SafeText;
import dev.drainhunt.text.TerminalSafeJson;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** The JSON mapping of progress and export files: strict on read, stable and readable on write. */
final class ProgressJson {

    /**
     * Strict: an unknown field, a duplicate key, a string where a number belongs or trailing garbage make
     * a file invalid. A newer build announces new fields by raising {@code schemaVersion}, which is checked
     * first; within one schema version anything unexpected means damage, not a newer writer.
     */
    private static final ObjectMapper STRICT = JsonMapper.builder(TerminalSafeJson.factory())
            .addModule(javaTimeAsText())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** For showing a file of a newer schema: its new fields are skipped, nothing is ever written from it. */
    private static final ObjectMapper LENIENT = STRICT.copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ProgressJson() {
    }

    static JsonNode tree(byte[] bytes) throws JsonProcessingException {
        try {
            return STRICT.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (CharConversionException e) {
            throw notText(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a byte array does no I/O
        }
    }

    /** The file straight into the model, for the common case of a sound file: no tree in between. */
    static ProgressFile progress(byte[] bytes) throws JsonProcessingException {
        try {
            return STRICT.readValue(bytes, ProgressFile.class);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (CharConversionException e) {
            throw notText(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading from a byte array does no I/O
        }
    }

    /**
     * Leading NULs make Jackson guess UTF-32 and then fail with an IOException of its decoder (a fuzz finding):
     * bytes that are not text are damage like any other, not a failure to read.
     */
    private static JsonParseException notText(CharConversionException e) {
        return new JsonParseException(null, "not UTF-8 text (" + e.getMessage() + ")");
    }

    static ProgressFile progress(JsonNode tree) throws JsonProcessingException {
        return STRICT.treeToValue(tree, ProgressFile.class);
    }

    static ProgressFile progressLeniently(JsonNode tree) throws JsonProcessingException {
        return LENIENT.treeToValue(tree, ProgressFile.class);
    }

    /** A value as a tree, for a migration to put in place of an old shape. */
    static JsonNode node(Object value) {
        return STRICT.valueToTree(value);
    }

    /** The mapper's bytes; progress.json itself is written by {@link ProgressWriter}, which tests hold to these. */
    static byte[] bytes(Object value) {
        return text(value).getBytes(StandardCharsets.UTF_8);
    }

    static String text(Object value) {
        try {
            return STRICT.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the progress model always serialises", e);
        }
    }

    /** One line naming what is wrong and where, for a warning; Jackson's own messages span lines. */
    static String describe(JsonProcessingException e) {
        // Jackson quotes the bad token, and the token is the damaged file's bytes: NULs, escapes, anything.
        String what = SafeText.clean(JsonPositions.SyntaxError.of(e).what());
        if (what.length() > 120) {
            what = what.substring(0, 117) + "...";
        }
        var where = e.getLocation();
        return where == null || where.getLineNr() < 1
                ? what
                : what + " at line " + where.getLineNr() + ", column " + where.getColumnNr();
    }

    /** ISO-8601 text for the two java.time types we store, without pulling in the jsr310 module. */
    private static SimpleModule javaTimeAsText() {
        return new SimpleModule("java-time-as-text")
                .addSerializer(Instant.class, ToStringSerializer.instance)
                .addSerializer(LocalDate.class, ToStringSerializer.instance)
                .addDeserializer(Instant.class, textual(Instant.class, ProgressJson::instant))
                .addDeserializer(LocalDate.class, textual(LocalDate.class, LocalDate::parse));
    }

    /** See {@link InstantText#parse}; kept here, where the mapper's deserialiser uses it. */
    static Instant instant(String text) {
        return InstantText.parse(text);
    }

    private static <T> StdScalarDeserializer<T> textual(Class<T> type, Function<String, T> parse) {
        return new StdScalarDeserializer<>(type) {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                try {
                    return parse.apply(p.getText());
                } catch (DateTimeParseException e) {
                    return type.cast(ctxt.handleWeirdStringValue(type, p.getText(), "not ISO-8601"));
                }
            }
        };
    }
}
