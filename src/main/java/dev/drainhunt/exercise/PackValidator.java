package dev.drainhunt.exercise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a pack's files and builds the {@link Pack}: every problem of every file in one run, each positioned.
 * Works on file contents, not on the file system, so the same checks run on a folder and on the bundled pack.
 */
public final class PackValidator {

    /** The manifest's file name inside a pack folder. */
    public static final String MANIFEST = "pack.json";
    /** A pack file larger than this is not read: an exercise is a few kilobytes. */
    public static final long MAX_FILE_BYTES = 4L << 20;
    /** Code lines longer than this cannot be read in a terminal or a review. */
    public static final int MAX_CODE_COLUMNS = 500;
    /** The tags the format documents; others are allowed but warned about, with the closest known one. */
    public static final List<String> KNOWN_TAGS = List.of("signals", "http", "context", "worker-pool", "channels",
            "sync", "kafka", "ordering", "goroutine-leak", "deadline", "process-exit", "timers");

    /** Compiled when a pack is first validated: the bundled pack's image is read without it. */
    private static final class Formats {
        static final Pattern GO_VERSION = Pattern.compile("1\\.\\d+");
    }

    private static final Set<String> PACK_FIELDS =
            Set.of("$schema", "name", "version", "language", "description", "mechanisms");
    private static final Set<String> EXERCISE_FIELDS = Set.of("$schema", "id", "number", "title", "difficulty",
            "tags", "goVersion", "buggy", "bugLines", "hints", "keyPoints", "explanation", "fix", "references",
            "detectedBy", "notes", "alsoTrue", "lab");

    private final ExerciseFields fields;

    /**
     * @param conceptCheck says what is wrong with one matching-rule concept (an unknown vocabulary name, a bad
     *     regex), or empty when it is fine; grading owns that knowledge
     */
    public PackValidator(Function<String, Optional<String>> conceptCheck) {
        this.fields = new ExerciseFields(conceptCheck);
    }

    /** The outcome of reading a pack: the pack when every file was sound, and every problem found. */
    public record Result(Optional<Pack> pack, List<Problem> problems, List<Problem> warnings) {

        public Result(Optional<Pack> pack, List<Problem> problems) {
            this(pack, problems, List.of());
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * @param manifest {@code pack.json}, or empty when the folder has none
     * @param exerciseFiles every other {@code *.json} file of the pack except the schema
     */
    public Result validate(String packLocation, Optional<SourceFile> manifest, List<SourceFile> exerciseFiles) {
        return validate(packLocation, manifest, exerciseFiles, PackFiles.NONE);
    }

    /** @param packFiles the pack's other files, where the harnesses and stubs that exercises name must be */
    public Result validate(String packLocation, Optional<SourceFile> manifest, List<SourceFile> exerciseFiles,
                           PackFiles packFiles) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> warnings = new ArrayList<>();
        PackInfo info = manifest.map(m -> readManifest(m, problems))
                .orElseGet(() -> {
                    problems.add(new Problem(packLocation, 1, 1, "",
                            "no " + MANIFEST + " here: add one with name, version, language and description"));
                    return null;
                });
        if (exerciseFiles.isEmpty()) {
            problems.add(new Problem(packLocation, 1, 1, "", "no exercise files (NN-id.json) in this pack"));
        }
        List<Exercise> exercises = new ArrayList<>();
        Map<String, Located> ids = new HashMap<>();
        Map<Integer, Located> numbers = new HashMap<>();
        for (SourceFile file : exerciseFiles) {
            readExercise(file, problems, warnings, ids, numbers, packFiles).ifPresent(exercises::add);
        }
        if (info != null && problems.isEmpty()) {
            int before = info.doc.problems().size();
            exercises = info.mechanisms.apply(info.doc, exercises);
            problems.addAll(info.doc.problems().subList(before, info.doc.problems().size()));
        }
        boolean sound = problems.isEmpty() && info != null;
        Optional<Pack> pack = sound
                ? Optional.of(new Pack(info.name, info.version, info.language, info.description, exercises, packFiles))
                : Optional.empty();
        return new Result(pack, List.copyOf(problems), List.copyOf(warnings));
    }

    private record PackInfo(String name, String version, String language, String description,
                            Mechanisms mechanisms, DocumentChecker doc) {
    }

    private record Located(String file, int line, int column) {
    }

    private PackInfo readManifest(SourceFile file, List<Problem> problems) {
        DocumentChecker doc = parse(file, problems);
        if (doc == null) {
            return null;
        }
        JsonNode root = doc.object(doc.root(), "");
        if (root == null) {
            problems.addAll(doc.problems());
            return null;
        }
        doc.rejectUnknownFields(root, "", PACK_FIELDS);
        String name = doc.requiredText(root, "", "name", "the pack's name, e.g. \"go-drain\"");
        if (name != null && !Kebab.isName(name)) {
            doc.problemAt("/name", "must be kebab-case (lower-case words joined by '-'), e.g. \"go-drain\"");
        }
        String version = doc.requiredText(root, "", "version", "a version such as \"1.0.0\"");
        String language = doc.requiredText(root, "", "language", "\"go\"");
        if (language != null && !language.equals("go")) {
            doc.problemAt("/language", "only \"go\" packs are supported, not \"" + language + "\"");
        }
        String description = doc.requiredText(root, "", "description", "one sentence");
        Mechanisms mechanisms = Mechanisms.read(doc, root);
        problems.addAll(doc.problems());
        return doc.problems().isEmpty() ? new PackInfo(name, version, language, description, mechanisms, doc) : null;
    }

    private Optional<Exercise> readExercise(SourceFile file, List<Problem> problems, List<Problem> warnings,
                                            Map<String, Located> ids, Map<Integer, Located> numbers,
                                            PackFiles packFiles) {
        DocumentChecker doc = parse(file, problems);
        if (doc == null) {
            return Optional.empty();
        }
        JsonNode root = doc.object(doc.root(), "");
        if (root == null) {
            problems.addAll(doc.problems());
            return Optional.empty();
        }
        doc.rejectUnknownFields(root, "", EXERCISE_FIELDS);

        String id = doc.requiredText(root, "", "id", "a kebab-case id, e.g. \"drain-without-deadline\"");
        if (id != null && !Kebab.isName(id)) {
            doc.problemAt("/id", "must be kebab-case (lower-case words joined by '-'), not \"" + id + "\"");
            id = null;
        }
        Integer number = doc.positiveInt(doc.required(root, "", "number", "its place in study order, e.g. 3"),
                "/number");
        String title = doc.requiredText(root, "", "title", "a short neutral title");
        Difficulty difficulty = ExerciseFields.difficulty(doc, root);
        List<String> tags = doc.requiredTexts(root, "", "tags", "an array of tags, e.g. [\"http\"]", 1);
        ExerciseFields.warnUnknownTags(doc, tags, warnings);
        String goVersion = doc.optionalText(root, "", "goVersion");
        if (goVersion != null) {
            if (!Formats.GO_VERSION.matcher(goVersion).matches()) {
                doc.problemAt("/goVersion", "must be a Go language version such as \"1.21\", not \"" + goVersion + "\"");
                goVersion = null;
            }
        }
        List<String> buggy = doc.requiredLines(root, "", "buggy", "the buggy Go file as an array of lines", 1);
        ExerciseFields.checkWidth(doc, buggy, "/buggy");
        List<Integer> bugLines = ExerciseFields.bugLines(doc, root, buggy);
        List<String> hints = doc.requiredTexts(root, "", "hints", "2 or more hints, vague to specific", 2);
        Set<String> pointIds = new LinkedHashSet<>();
        List<KeyPoint> keyPoints = fields.points(doc, doc.array(doc.required(root, "", "keyPoints",
                "one key point per distinct mistake"), "/keyPoints", 1), "/keyPoints", pointIds);
        List<KeyPoint> alsoTrue = root.has("alsoTrue")
                ? fields.points(doc, doc.array(root.get("alsoTrue"), "/alsoTrue", 0), "/alsoTrue", pointIds) : List.of();
        List<String> explanation = ExerciseFields.explanation(doc, root);
        List<String> fix = doc.requiredLines(root, "", "fix", "the corrected Go file as an array of lines", 1);
        ExerciseFields.checkWidth(doc, fix, "/fix");
        if (buggy != null && buggy.equals(fix)) {
            doc.problemAt("/fix", "is identical to buggy: the fix must change the code");
        }
        List<Reference> references = ExerciseFields.references(doc, root);
        List<String> detectedBy = root.has("detectedBy") ? doc.texts(root.get("detectedBy"), "/detectedBy", 0)
                : List.of();
        String notes = doc.optionalText(root, "", "notes");
        Lab lab = root.has("lab") ? LabReader.read(doc, root.get("lab"), keyPoints, packFiles) : null;

        if (id != null) {
            claim(ids, id, file, doc, "/id", "id \"" + id + "\"");
        }
        if (number != null) {
            claim(numbers, number, file, doc, "/number", "number " + number);
        }
        problems.addAll(doc.problems());
        if (!doc.problems().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Exercise(id, number, title, difficulty, tags, goVersion, buggy, bugLines, hints,
                keyPoints, explanation, fix, references, detectedBy, notes, alsoTrue, lab));
    }

    private static <K> void claim(Map<K, Located> seen, K key, SourceFile file, DocumentChecker doc, String pointer,
                                  String what) {
        Located first = seen.get(key);
        if (first != null) {
            doc.problemAt(pointer, what + " is already used by " + first.file + ":" + first.line + ":"
                    + first.column + "; each exercise needs its own");
        } else {
            seen.put(key, locate(file, doc, pointer));
        }
    }

    private static Located locate(SourceFile file, DocumentChecker doc, String pointer) {
        int[] at = doc.position(pointer);
        return new Located(file.name(), at[0], at[1]);
    }

    private static DocumentChecker parse(SourceFile file, List<Problem> problems) {
        if (file.size() > MAX_FILE_BYTES) {
            problems.add(new Problem(file.name(), 1, 1, "", "is " + (file.size() >> 20) + " MiB; a pack file must be "
                    + "under " + (MAX_FILE_BYTES >> 20) + " MiB (an exercise is a few kilobytes)"));
            return null;
        }
        if (file.badBytes() != null) {
            problems.add(new Problem(file.name(), file.badBytes()[0], file.badBytes()[1], "",
                    "is not valid UTF-8 here: save the file as UTF-8"));
            return null;
        }
        try {
            return new DocumentChecker(file.name(), JsonPositions.parse(file.text()));
        } catch (JsonProcessingException e) {
            int[] at = JsonPositions.at(e.getLocation());
            problems.add(new Problem(file.name(), at[0], at[1], "",
                    "not valid JSON: " + JsonPositions.readable(e.getOriginalMessage())
                            + " (fix the syntax; every other check waits for it)"));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(file.name(), 1, 1, "", "cannot read: " + e.getMessage()));
            return null;
        }
    }
}
