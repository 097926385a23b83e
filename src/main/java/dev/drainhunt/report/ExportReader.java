package dev.drainhunt.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.drainhunt.exercise.JsonPositions;
import dev.drainhunt.exercise.Names;
import dev.drainhunt.exercise.Problem;
import dev.drainhunt.progress.ExportedExercise;
import dev.drainhunt.progress.ExportedKeyPoint;
import dev.drainhunt.progress.ProgressExport;
import dev.drainhunt.progress.Status;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one learner's JSON export ({@code drainhunt export --format json}) back, strictly: every problem of
 * the file is reported, positioned, and a file with any problem yields no export.
 */
public final class ExportReader {

    static final String HOW_TO_MAKE_ONE = "make one with: drainhunt export --format json";

    private static final Set<String> EXPORT_FIELDS = Set.of("format", "schemaVersion", "learner", "pack",
            "packVersion", "exportedAt", "lastActive", "exercises");
    private static final Set<String> EXERCISE_FIELDS = Set.of("number", "id", "title", "status", "attempts",
            "firstSolved", "hintsUsed", "rightFirstTry", "missedKeyPoints");
    private static final Set<String> KEY_POINT_FIELDS = Set.of("id", "summary");

    private final String file;
    private final JsonPositions json;
    private final List<Problem> problems = new ArrayList<>();

    private ExportReader(String file, JsonPositions json) {
        this.file = file;
        this.json = json;
    }

    /** What reading one file gave: the export when the file was sound, else every problem found in it. */
    public record Result(Optional<ProgressExport> export, List<Problem> problems) {
    }

    /** @param file the name to report problems against, as the user gave it */
    public static Result read(String file, String text) {
        JsonPositions json;
        try {
            json = JsonPositions.parse(text);
        } catch (JsonProcessingException e) {
            JsonPositions.SyntaxError error = JsonPositions.SyntaxError.of(e);
            return failed(new Problem(file, error.line(), error.column(), "", "not valid JSON: " + error.what()
                    + " (the report reads JSON exports; " + HOW_TO_MAKE_ONE + ")"));
        } catch (IOException e) {
            return failed(new Problem(file, 1, 1, "", "cannot read: " + e.getMessage()));
        }
        ExportReader reader = new ExportReader(file, json);
        ProgressExport export = reader.export(json.root());
        List<Problem> problems = List.copyOf(reader.problems);
        return new Result(problems.isEmpty() ? Optional.ofNullable(export) : Optional.empty(), problems);
    }

    /** A file that could not be read at all, e.g. one that does not exist. */
    public static Result unreadable(String file, String why) {
        return failed(new Problem(file, 1, 1, "", "cannot read: " + why));
    }

    private static Result failed(Problem problem) {
        return new Result(Optional.empty(), List.of(problem));
    }

    private ProgressExport export(JsonNode root) {
        if (root == null || root.isMissingNode()) {
            problem("", "the file is empty; " + HOW_TO_MAKE_ONE);
            return null;
        }
        if (!root.isObject()) {
            problem("", "not a drainhunt progress export: a JSON object was expected, not " + JsonPositions.kind(root)
                    + "; " + HOW_TO_MAKE_ONE);
            return null;
        }
        // The marker and the schema come first: when they are wrong, every other complaint would be noise.
        JsonNode format = root.get("format");
        if (format == null || !format.isTextual() || !format.asText().equals(ProgressExport.FORMAT)) {
            problem(format == null ? "" : "/format", "not a drainhunt progress export: "
                    + (format == null ? "no \"format\" field" : "format is " + format)
                    + ", expected \"" + ProgressExport.FORMAT + "\"; " + HOW_TO_MAKE_ONE);
            return null;
        }
        Integer schema = count(required(root, "", "schemaVersion"), "/schemaVersion", 1);
        if (schema == null) {
            return null;
        }
        if (schema > ProgressExport.SCHEMA_VERSION) {
            problem("/schemaVersion", "written by a newer drainhunt (export schema " + schema + "; this one reads "
                    + ProgressExport.SCHEMA_VERSION + "): upgrade drainhunt to report on it");
            return null;
        }
        rejectUnknown(root, "", EXPORT_FIELDS);
        String learner = optional(root, "", "learner", this::text);
        String pack = text(required(root, "", "pack"), "/pack");
        String packVersion = optional(root, "", "packVersion", this::text);
        Instant exportedAt = instant(required(root, "", "exportedAt"), "/exportedAt");
        Instant lastActive = optional(root, "", "lastActive", this::instant);
        List<ExportedExercise> exercises = exercises(required(root, "", "exercises"));
        return problems.isEmpty()
                ? new ProgressExport(ProgressExport.FORMAT, schema, learner, pack, packVersion, exportedAt,
                        lastActive, exercises)
                : null;
    }

    private List<ExportedExercise> exercises(JsonNode array) {
        if (array == null) {
            return null;
        }
        if (!array.isArray()) {
            problem("/exercises", "must be an array, not " + JsonPositions.kind(array));
            return null;
        }
        List<ExportedExercise> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "/exercises/" + i;
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                problem(at, "must be an object, not " + JsonPositions.kind(item));
                continue;
            }
            ExportedExercise exercise = exercise(item, at);
            if (exercise != null && !ids.add(exercise.id())) {
                problem(at + "/id", "exercise \"" + exercise.id() + "\" is listed twice");
            } else if (exercise != null) {
                out.add(exercise);
            }
        }
        return out;
    }

    private ExportedExercise exercise(JsonNode item, String at) {
        int before = problems.size();
        rejectUnknown(item, at, EXERCISE_FIELDS);
        Integer number = count(required(item, at, "number"), at + "/number", 1);
        String id = text(required(item, at, "id"), at + "/id");
        String title = text(required(item, at, "title"), at + "/title");
        Status status = status(required(item, at, "status"), at + "/status");
        Integer attempts = count(required(item, at, "attempts"), at + "/attempts", 0);
        Instant firstSolved = optional(item, at, "firstSolved", this::instant);
        Integer hints = count(required(item, at, "hintsUsed"), at + "/hintsUsed", 0);
        Boolean firstTry = bool(required(item, at, "rightFirstTry"), at + "/rightFirstTry");
        // Exports made before drainhunt recorded missed key points have none: the report then leaves them out.
        List<ExportedKeyPoint> missed = optional(item, at, "missedKeyPoints", this::keyPoints);
        if (problems.size() > before) {
            return null;
        }
        // The counts the report is built from must agree with each other, or its numbers would be nonsense.
        if (status.solved() != (firstSolved != null)) {
            problem(at + "/firstSolved", status.solved() ? "is null, but status is " + status.label()
                    : "is set, but status is " + status.label());
        } else if (status != Status.NEW && status != Status.FIXED && attempts == 0) {
            problem(at + "/attempts", "is 0, but status is " + status.label());
        } else if (firstTry && !status.solved()) {
            problem(at + "/rightFirstTry", "is true, but status is " + status.label());
        } else if (missed != null && !missed.isEmpty() && attempts == 0) {
            problem(at + "/missedKeyPoints", "lists key points, but attempts is 0: only an answer can miss one");
        }
        return problems.size() > before ? null
                : new ExportedExercise(number, id, title, status, attempts, firstSolved, hints, firstTry, missed);
    }

    private List<ExportedKeyPoint> keyPoints(JsonNode array, String at) {
        if (!array.isArray()) {
            problem(at, "must be an array, not " + JsonPositions.kind(array));
            return null;
        }
        List<ExportedKeyPoint> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String itemAt = at + "/" + i;
            JsonNode item = array.get(i);
            if (!item.isObject()) {
                problem(itemAt, "must be an object, not " + JsonPositions.kind(item));
                continue;
            }
            rejectUnknown(item, itemAt, KEY_POINT_FIELDS);
            String id = text(required(item, itemAt, "id"), itemAt + "/id");
            String summary = text(required(item, itemAt, "summary"), itemAt + "/summary");
            if (id != null && !ids.add(id)) {
                problem(itemAt + "/id", "key point \"" + id + "\" is listed twice");
            } else if (id != null && summary != null) {
                out.add(new ExportedKeyPoint(id, summary));
            }
        }
        return out;
    }

    private JsonNode required(JsonNode object, String at, String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            problem(at, "missing required field \"" + name + "\"");
            return null;
        }
        return value;
    }

    /** A field that may be absent or null; null then. */
    private <T> T optional(JsonNode object, String at, String name, Reader<T> read) {
        JsonNode value = object.get(name);
        return value == null || value.isNull() ? null : read.read(value, at + "/" + name);
    }

    private interface Reader<T> {
        T read(JsonNode node, String at);
    }

    private void rejectUnknown(JsonNode object, String at, Set<String> known) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                problemAtName(at + "/" + escapePointer(name), "unknown field \"" + name + "\""
                        + Names.closest(name, known).map(s -> " — did you mean \"" + s + "\"?").orElse(""));
            }
        });
    }

    private String text(JsonNode node, String at) {
        if (node == null) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            problem(at, "must be a non-empty string, not " + show(node));
            return null;
        }
        return node.asText();
    }

    private Integer count(JsonNode node, String at, int min) {
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min) {
            problem(at, "must be a whole number of " + min + " or more, not " + show(node));
            return null;
        }
        return node.asInt();
    }

    private Boolean bool(JsonNode node, String at) {
        if (node == null) {
            return null;
        }
        if (!node.isBoolean()) {
            problem(at, "must be true or false, not " + show(node));
            return null;
        }
        return node.asBoolean();
    }

    private Instant instant(JsonNode node, String at) {
        return parsed(node, at, Instant::parse, "an ISO-8601 instant such as \"2026-11-28T20:15:00Z\"");
    }

    private Status status(JsonNode node, String at) {
        return parsed(node, at, s -> Status.valueOf(s.toUpperCase(Locale.ROOT)),
                "one of \"new\", \"attempted\", \"solved\", \"fixed\", \"mastered\"");
    }

    private <T> T parsed(JsonNode node, String at, Function<String, T> parse, String expected) {
        if (node == null) {
            return null;
        }
        try {
            if (node.isTextual()) {
                return parse.apply(node.asText());
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            // reported below
        }
        problem(at, "must be " + expected + ", not " + show(node));
        return null;
    }

    private void problem(String pointer, String message) {
        int[] at = json.valueAt(pointer);
        problems.add(new Problem(file, at[0], at[1], JsonPositions.field(pointer), message));
    }

    private void problemAtName(String pointer, String message) {
        int[] at = json.nameAt(pointer);
        problems.add(new Problem(file, at[0], at[1], JsonPositions.field(pointer), message));
    }

    private static String escapePointer(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String show(JsonNode node) {
        String text = node.isValueNode() ? node.toString() : JsonPositions.kind(node);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

}
