package dev.drainhunt.exercise;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A parsed JSON document plus where each value and field name starts, so validation messages can say
 * {@code LINE:COL}. Jackson's tree model drops locations, so we build the tree from the token stream ourselves
 * and record each location on the way: one pass, and no ObjectMapper to start, which would cost a short command
 * a good part of its run time. Exercise files and learners' exports are both checked this way.
 */
public final class JsonPositions {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            // A repeated field would silently win over the first; authors should hear about it.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, int[]> values = new HashMap<>();
    private final Map<String, int[]> names = new HashMap<>();
    private final JsonNode root;

    private JsonPositions(String text) throws IOException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            root = first == null ? MissingNode.getInstance() : value(parser, first, "");
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                // As with ObjectMapper.readTree the first value is the document, but what follows must still parse.
                record(parser, t, parser.getParsingContext().pathAsPointer().toString());
            }
        }
    }

    /** Parses {@code text}; throws Jackson's exception, whose location names a syntax error. */
    public static JsonPositions parse(String text) throws IOException {
        return new JsonPositions(text);
    }

    /** Where the current token starts: a field name's own position, or the start of the value at {@code pointer}. */
    private void record(JsonParser parser, JsonToken token, String pointer) {
        int[] at = at(parser.currentTokenLocation());
        if (token == JsonToken.FIELD_NAME) {
            names.put(pointer, at);
        } else if (!token.isStructEnd()) {
            values.putIfAbsent(pointer, at);
        }
    }

    /** The value that starts with {@code token} at {@code pointer}, built as ObjectMapper.readTree would build it. */
    private JsonNode value(JsonParser parser, JsonToken token, String pointer) throws IOException {
        record(parser, token, pointer);
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    String field = pointer + '/' + escape(name);
                    record(parser, t, field);
                    object.set(name, value(parser, parser.nextToken(), field));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t, pointer + '/' + array.size()));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("a value cannot start with " + token);
        };
    }

    /** A field name as a JSON pointer segment (RFC 6901). */
    private static String escape(String name) {
        return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
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

    /**
     * A JSON syntax error as a user reads it: where (1-based), and the first line of Jackson's message with its
     * nested positions as LINE:COL. Jackson's messages span lines; ours are one.
     */
    public record SyntaxError(int line, int column, String what) {

        public static SyntaxError of(JsonProcessingException e) {
            int[] at = at(e.getLocation());
            return new SyntaxError(at[0], at[1], readable(e.getOriginalMessage()).lines().findFirst()
                    .orElse("invalid JSON"));
        }
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
