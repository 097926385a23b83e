package dev.drainhunt.exercise;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed JSON document plus where each value and field name starts, so validation messages can say
 * {@code LINE:COL}. Jackson's tree model drops locations, so we walk the token stream once to record them.
 */
final class JsonPositions {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            // A repeated field would silently win over the first; authors should hear about it.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Map<String, int[]> values = new HashMap<>();
    private final Map<String, int[]> names = new HashMap<>();
    private final JsonNode root;

    private JsonPositions(String text) throws IOException {
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                // A fresh object or array context adds no segment of its own yet, so this is the
                // pointer of the value (or field name) the token starts.
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                int[] at = at(parser.currentTokenLocation());
                if (token == JsonToken.FIELD_NAME) {
                    names.put(pointer, at);
                } else if (!token.isStructEnd()) {
                    values.putIfAbsent(pointer, at);
                }
            }
        }
        root = MAPPER.readTree(text);
    }

    /** Parses {@code text}; throws Jackson's exception, whose location names a syntax error. */
    static JsonPositions parse(String text) throws IOException {
        return new JsonPositions(text);
    }

    JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} starts, or the nearest enclosing value when it is absent. */
    int[] valueAt(String pointer) {
        String p = pointer;
        while (true) {
            int[] at = values.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return new int[] {1, 1};
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Where the field name of {@code pointer} stands, falling back to its value. */
    int[] nameAt(String pointer) {
        int[] at = names.get(pointer);
        return at != null ? at : valueAt(pointer);
    }

    static int[] at(JsonLocation location) {
        return new int[] {Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr())};
    }
}
