package dev.drainhunt.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads the fields of an exercise file that have a shape of their own: points, rules, lines, references. */
final class ExerciseFields {

    private static final Set<String> KEY_POINT_FIELDS = Set.of("id", "summary", "match");
    private static final Set<String> REFERENCE_FIELDS = Set.of("title", "url");

    private final Function<String, Optional<String>> conceptCheck;

    ExerciseFields(Function<String, Optional<String>> conceptCheck) {
        this.conceptCheck = conceptCheck;
    }

    static void checkWidth(DocumentChecker doc, List<String> code, String pointer) {
        if (code == null) {
            return;
        }
        for (int i = 0; i < code.size(); i++) {
            int columns = code.get(i).codePointCount(0, code.get(i).length());
            if (columns > PackValidator.MAX_CODE_COLUMNS) {
                doc.problemAt(pointer + "/" + i, "code line " + (i + 1) + " is " + columns + " characters long; keep "
                        + "code lines under " + PackValidator.MAX_CODE_COLUMNS + " so they can be read");
            }
        }
    }

    static void warnUnknownTags(DocumentChecker doc, List<String> tags, List<Problem> warnings) {
        if (tags == null) {
            return;
        }
        for (int i = 0; i < tags.size(); i++) {
            String tag = tags.get(i);
            if (!PackValidator.KNOWN_TAGS.contains(tag)) {
                String hint = Names.closest(tag, PackValidator.KNOWN_TAGS).map(t -> "did you mean \"" + t + "\"?")
                        .orElse("known tags: " + String.join(", ", PackValidator.KNOWN_TAGS));
                warnings.add(doc.problemFor("/tags/" + i, "tag \"" + tag + "\" is not one the format documents — "
                        + hint));
            }
        }
    }

    static Difficulty difficulty(DocumentChecker doc, JsonNode root) {
        String text = doc.requiredText(root, "", "difficulty", "\"easy\", \"medium\" or \"hard\"");
        if (text == null) {
            return null;
        }
        Optional<Difficulty> parsed = Difficulty.parse(text);
        if (parsed.isEmpty()) {
            doc.problemAt("/difficulty", "must be \"easy\", \"medium\" or \"hard\", not \"" + text + "\"");
        }
        return parsed.orElse(null);
    }

    static List<Integer> bugLines(DocumentChecker doc, JsonNode root, List<String> buggy) {
        JsonNode array = doc.array(doc.required(root, "", "bugLines", "the 1-based lines of buggy where the bug is"),
                "/bugLines", 1);
        if (array == null) {
            return null;
        }
        Set<Integer> lines = new LinkedHashSet<>();
        boolean ok = true;
        for (int i = 0; i < array.size(); i++) {
            Integer line = doc.positiveInt(array.get(i), "/bugLines/" + i);
            if (line == null) {
                ok = false;
            } else if (buggy != null && line > buggy.size()) {
                doc.problemAt("/bugLines/" + i, "line " + line + " is outside the buggy code (lines 1-"
                        + buggy.size() + "); point at a line of buggy");
                ok = false;
            } else if (!lines.add(line)) {
                doc.problemAt("/bugLines/" + i, "line " + line + " is listed twice");
                ok = false;
            }
        }
        return ok ? List.copyOf(lines) : null;
    }

    /** Key points or also-true points: the same shape, their ids unique across both lists. */
    List<KeyPoint> points(DocumentChecker doc, JsonNode array, String pointer, Set<String> ids) {
        if (array == null) {
            return null;
        }
        List<KeyPoint> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = pointer + "/" + i;
            JsonNode point = doc.object(array.get(i), at);
            if (point == null) {
                continue;
            }
            doc.rejectUnknownFields(point, at, KEY_POINT_FIELDS);
            String id = doc.requiredText(point, at, "id", "a kebab-case id");
            if (id != null && !Kebab.isName(id)) {
                doc.problemAt(at + "/id", "must be kebab-case, not \"" + id + "\"");
            } else if (id != null && !ids.add(id)) {
                doc.problemAt(at + "/id", "point id \"" + id + "\" is used twice in this exercise "
                        + "(key points and alsoTrue share one set of ids)");
            }
            String summary = doc.requiredText(point, at, "summary", "a one-line summary");
            List<List<String>> match = match(doc, point, at);
            out.add(new KeyPoint(id, summary, match));
        }
        return out;
    }

    List<List<String>> match(DocumentChecker doc, JsonNode point, String at) {
        JsonNode alternatives = doc.array(doc.required(point, at, "match",
                "matching rules: an array of alternatives, each an array of concepts"), at + "/match", 1);
        if (alternatives == null) {
            return null;
        }
        List<List<String>> out = new ArrayList<>();
        for (int a = 0; a < alternatives.size(); a++) {
            String altAt = at + "/match/" + a;
            List<String> concepts = doc.texts(alternatives.get(a), altAt, 1);
            if (concepts == null) {
                continue;
            }
            for (int c = 0; c < concepts.size(); c++) {
                String conceptAt = altAt + "/" + c;
                conceptCheck.apply(concepts.get(c)).ifPresent(message -> doc.problemAt(conceptAt, message));
            }
            out.add(concepts);
        }
        return out;
    }

    static List<String> explanation(DocumentChecker doc, JsonNode root) {
        JsonNode node = doc.required(root, "", "explanation", "a string or an array of paragraphs");
        if (node == null) {
            return null;
        }
        if (node.isTextual()) {
            String text = doc.text(node, "/explanation");
            return text == null ? null : List.of(text);
        }
        return doc.texts(node, "/explanation", 1);
    }

    static List<Reference> references(DocumentChecker doc, JsonNode root) {
        JsonNode array = doc.array(doc.required(root, "", "references", "links as [{\"title\", \"url\"}]"),
                "/references", 0);
        if (array == null) {
            return null;
        }
        List<Reference> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "/references/" + i;
            JsonNode ref = doc.object(array.get(i), at);
            if (ref == null) {
                continue;
            }
            doc.rejectUnknownFields(ref, at, REFERENCE_FIELDS);
            String title = doc.requiredText(ref, at, "title", "the page's title");
            String url = doc.httpsUrl(doc.required(ref, at, "url", "an https:// URL"), at + "/url");
            out.add(new Reference(title, url));
        }
        return out;
    }
}
