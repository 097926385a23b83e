package dev.drainhunt.report;

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
 * An export's JSON tree plus the line and column where each value starts, keyed by JSON pointer, so a problem
 * can be reported as {@code FILE:LINE:COL}; Jackson's tree model keeps no locations.
 */
final class LocatedJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final JsonNode root;
    private final Map<String, JsonLocation> starts = new HashMap<>();
    private final Map<String, JsonLocation> names = new HashMap<>();

    private LocatedJson(String text) throws IOException {
        try (JsonParser parser = MAPPER.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                // A new object's or array's context has no segment of its own yet, so this is the pointer of
                // the value (or field name) the token starts.
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.FIELD_NAME) {
                    names.put(pointer, parser.currentTokenLocation());
                } else if (!token.isStructEnd()) {
                    starts.putIfAbsent(pointer, parser.currentTokenLocation());
                }
            }
        }
        root = MAPPER.readTree(text);
    }

    /** Parses {@code text}; a syntax error is thrown with Jackson's location of it. */
    static LocatedJson parse(String text) throws IOException {
        return new LocatedJson(text);
    }

    /** The document; a missing node for empty text. */
    JsonNode root() {
        return root;
    }

    /** {@code {line, column}} where the value at {@code pointer} starts, else where its nearest parent does. */
    int[] at(String pointer) {
        for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
            JsonLocation start = starts.get(p);
            if (start != null) {
                return position(start);
            }
            if (p.isEmpty()) {
                return new int[] {1, 1};
            }
        }
    }

    /** Where the field name of {@code pointer} stands: the place to point at for a field that should not be. */
    int[] nameAt(String pointer) {
        JsonLocation name = names.get(pointer);
        return name != null ? position(name) : at(pointer);
    }

    static int[] position(JsonLocation location) {
        return new int[] {Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr())};
    }
}
