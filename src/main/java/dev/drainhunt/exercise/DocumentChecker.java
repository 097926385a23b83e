package dev.drainhunt.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed reads of one parsed JSON document that record a positioned {@link Problem} instead of failing,
 * so one run reports every mistake in a file.
 */
final class DocumentChecker {

    private static final Pattern HTTPS_URL = Pattern.compile("https://[^\\s/$.?#][^\\s]*");

    private final String file;
    private final JsonPositions positions;
    private final List<Problem> problems = new ArrayList<>();

    DocumentChecker(String file, JsonPositions positions) {
        this.file = file;
        this.positions = positions;
    }

    List<Problem> problems() {
        return problems;
    }

    JsonNode root() {
        return positions.root();
    }

    int[] position(String pointer) {
        return positions.valueAt(pointer);
    }

    void problemAt(String pointer, String message) {
        int[] at = positions.valueAt(pointer);
        problems.add(new Problem(file, at[0], at[1], JsonPositions.field(pointer), message));
    }

    /** A problem at the value {@code pointer} names, not recorded here: for warnings kept apart. */
    Problem problemFor(String pointer, String message) {
        int[] at = positions.valueAt(pointer);
        return new Problem(file, at[0], at[1], JsonPositions.field(pointer), message);
    }

    void problemAtName(String pointer, String message) {
        int[] at = positions.nameAt(pointer);
        problems.add(new Problem(file, at[0], at[1], JsonPositions.field(pointer), message));
    }

    /** Reports fields the format does not define, suggesting the closest known one. */
    void rejectUnknownFields(JsonNode object, String pointer, Set<String> known) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                String hint = Names.closest(name, known)
                        .map(s -> "did you mean \"" + s + "\"?")
                        .orElse("known fields: " + String.join(", ", known.stream().sorted().toList()));
                problemAtName(pointer + "/" + name, "unknown field \"" + name + "\" — " + hint);
            }
        });
    }

    /** The field, or null after reporting it missing (with where to add it). */
    JsonNode required(JsonNode object, String pointer, String name, String expected) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            problemAt(pointer, "missing required field \"" + name + "\": add " + expected);
            return null;
        }
        return value;
    }

    /** A required string field of {@code object} at {@code at}; the pointer comes from the field's name. */
    String requiredText(JsonNode object, String at, String name, String expected) {
        return text(required(object, at, name, expected), at + "/" + name);
    }

    /** An optional string field, or null when absent (or wrong, after reporting it). */
    String optionalText(JsonNode object, String at, String name) {
        return object.has(name) ? text(object.get(name), at + "/" + name) : null;
    }

    /** A required array of non-empty strings with at least {@code min} items. */
    List<String> requiredTexts(JsonNode object, String at, String name, String expected, int min) {
        return texts(required(object, at, name, expected), at + "/" + name, min);
    }

    /** A required array of code lines (blank lines allowed) with at least {@code min} items. */
    List<String> requiredLines(JsonNode object, String at, String name, String expected, int min) {
        return lines(required(object, at, name, expected), at + "/" + name, min);
    }

    /** An optional boolean field: {@code fallback} when absent, null after reporting a value of another type. */
    Boolean optionalBoolean(JsonNode object, String at, String name, boolean fallback) {
        JsonNode node = object.get(name);
        if (node == null) {
            return fallback;
        }
        if (!node.isBoolean()) {
            problemAt(at + "/" + name, "must be true or false, not " + show(node));
            return null;
        }
        return node.booleanValue();
    }

    String text(JsonNode node, String pointer) {
        if (node == null) {
            return null;
        }
        if (!node.isTextual()) {
            problemAt(pointer, "must be a string, not " + JsonPositions.kind(node));
            return null;
        }
        if (node.asText().isBlank()) {
            problemAt(pointer, "must not be empty");
            return null;
        }
        return node.asText();
    }

    Integer positiveInt(JsonNode node, String pointer) {
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 1) {
            problemAt(pointer, "must be a whole number of 1 or more, not " + show(node));
            return null;
        }
        return node.asInt();
    }

    /** An array, or null after reporting why not (wrong type, or fewer than {@code min} items). */
    JsonNode array(JsonNode node, String pointer, int min) {
        if (node == null) {
            return null;
        }
        if (!node.isArray()) {
            problemAt(pointer, "must be an array, not " + JsonPositions.kind(node));
            return null;
        }
        if (node.size() < min) {
            problemAt(pointer, "needs at least " + min + (min == 1 ? " item" : " items") + ", has " + node.size());
            return null;
        }
        return node;
    }

    JsonNode object(JsonNode node, String pointer) {
        if (node == null) {
            return null;
        }
        if (!node.isObject()) {
            problemAt(pointer, "must be an object, not " + JsonPositions.kind(node));
            return null;
        }
        return node;
    }

    /** Every item must be a non-empty string; returns the strings read, or null when any is wrong. */
    List<String> texts(JsonNode node, String pointer, int min) {
        return strings(node, pointer, min, false);
    }

    /** Like {@link #texts} but empty strings are fine: code has blank lines. */
    List<String> lines(JsonNode node, String pointer, int min) {
        return strings(node, pointer, min, true);
    }

    private List<String> strings(JsonNode node, String pointer, int min, boolean allowEmpty) {
        JsonNode array = array(node, pointer, min);
        if (array == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String at = pointer + "/" + i;
            if (!item.isTextual()) {
                problemAt(at, "must be a string, not " + JsonPositions.kind(item));
                ok = false;
            } else if (!allowEmpty && item.asText().isBlank()) {
                problemAt(at, "must not be empty");
                ok = false;
            } else {
                out.add(item.asText());
            }
        }
        return ok ? out : null;
    }

    String httpsUrl(JsonNode node, String pointer) {
        String url = text(node, pointer);
        if (url != null && !HTTPS_URL.matcher(url).matches()) {
            problemAt(pointer, "must be an https:// URL, not \"" + url + "\"");
            return null;
        }
        return url;
    }

    private static String show(JsonNode node) {
        return node.isValueNode() ? node.toString() : JsonPositions.kind(node);
    }
}
