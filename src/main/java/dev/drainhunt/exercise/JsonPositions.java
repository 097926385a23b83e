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
 * Exercise files and learners' exports are both checked this way.
 */
public final class JsonPositions {

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
    public static JsonPositions parse(String text) throws IOException {
        return new JsonPositions(text);
    }

    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} starts, or the nearest enclosing value when it is absent. */
    public int[] valueAt(String pointer) {
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
    public int[] nameAt(String pointer) {
        int[] at = names.get(pointer);
        return at != null ? at : valueAt(pointer);
    }

    /** {@code {line, column}} of a Jackson location, 1-based even when Jackson does not know. */
    public static int[] at(JsonLocation location) {
        JsonLocation known = location == null ? JsonLocation.NA : location;
        return new int[] {Math.max(1, known.getLineNr()), Math.max(1, known.getColumnNr())};
    }

    /** {@code /keyPoints/0/match/1} becomes {@code keyPoints[0].match[1]}, the way authors read it. */
    public static String field(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(part).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return out.toString();
    }

    /** "a string", "an array"…: what a value is, for "must be X, not Y" messages. */
    public static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "null";
    }

    /** Jackson names nested positions as "[Source: REDACTED …; line: 24, column: 5]"; authors want 24:5. */
    public static String readable(String jacksonMessage) {
        return jacksonMessage.replaceAll("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", "$1:$2");
    }
}
