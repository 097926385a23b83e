package dev.drainhunt.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads an exercise's {@code lab} object: its harness and stub files (which must be in the pack) and flags. */
final class LabReader {

    private static final Set<String> LAB_FIELDS = Set.of("harness", "stub", "race", "staticOnly");
    private static final Set<String> STATIC_FIELDS = Set.of("keyPoint", "analyzer", "why");
    // Plain names in the pack folder: no paths, so a pack cannot point the lab at files outside it.
    private static final Pattern HARNESS_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*_test\\.go");
    private static final Pattern STUB_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.go");

    private LabReader() {
    }

    /** The lab, or null after reporting every problem with it. */
    static Lab read(DocumentChecker doc, JsonNode node, List<KeyPoint> keyPoints, PackFiles files) {
        JsonNode lab = doc.object(node, "/lab");
        if (lab == null) {
            return null;
        }
        int before = doc.problems().size();
        doc.rejectUnknownFields(lab, "/lab", LAB_FIELDS);
        String harness = doc.requiredText(lab, "/lab", "harness",
                "the Go test file beside this exercise that fails on buggy and passes on fix, e.g. \"03-pool_test.go\"");
        checkFile(doc, "/lab/harness", harness, HARNESS_NAME, "a file name ending in _test.go", files);
        String stub = doc.optionalText(lab, "/lab", "stub");
        if (stub != null && stub.endsWith("_test.go")) {
            doc.problemAt("/lab/stub", "is compiled with the snippet, so it must not be a _test.go file");
        } else {
            checkFile(doc, "/lab/stub", stub, STUB_NAME, "a file name ending in .go", files);
        }
        Boolean race = doc.optionalBoolean(lab, "/lab", "race", false);
        List<Lab.StaticFinding> staticOnly = staticOnly(doc, lab, keyPoints);
        if (doc.problems().size() > before) {
            return null;
        }
        return new Lab(harness, stub, race, staticOnly);
    }

    private static void checkFile(DocumentChecker doc, String pointer, String name, Pattern shape, String expected,
                                  PackFiles files) {
        if (name == null) {
            return;
        }
        if (!shape.matcher(name).matches()) {
            doc.problemAt(pointer, "must be " + expected + " in the pack's folder (no path), not \"" + name + "\"");
        } else if (!files.names().contains(name)) {
            doc.problemAt(pointer, "no file \"" + name + "\" beside the exercise: add it to the pack's folder");
        }
    }

    private static List<Lab.StaticFinding> staticOnly(DocumentChecker doc, JsonNode lab, List<KeyPoint> keyPoints) {
        if (!lab.has("staticOnly")) {
            return List.of();
        }
        JsonNode array = doc.array(lab.get("staticOnly"), "/lab/staticOnly", 1);
        if (array == null) {
            return List.of();
        }
        List<Lab.StaticFinding> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "/lab/staticOnly/" + i;
            JsonNode finding = doc.object(array.get(i), at);
            if (finding == null) {
                continue;
            }
            doc.rejectUnknownFields(finding, at, STATIC_FIELDS);
            String keyPoint = doc.requiredText(finding, at, "keyPoint", "the id of the key point an analyzer shows");
            if (keyPoint != null && keyPoints != null
                    && keyPoints.stream().noneMatch(k -> keyPoint.equals(k.id()))) {
                doc.problemAt(at + "/keyPoint", "no key point \"" + keyPoint + "\" in this exercise; use one of "
                        + String.join(", ", keyPoints.stream().map(KeyPoint::id).toList()));
            }
            String analyzer = doc.requiredText(finding, at, "analyzer", "what reports it, e.g. \"go vet (sigchanyzer)\"");
            String why = doc.requiredText(finding, at, "why", "one sentence on why a run cannot show it");
            out.add(new Lab.StaticFinding(keyPoint, analyzer, why));
        }
        return out;
    }
}
