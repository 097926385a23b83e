package dev.drainhunt.exercise;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manifest's {@code mechanisms}: names for a mechanism several exercises share (a drain that waits without a
 * deadline), each listing its points as {@code exercise-id/point-id}. A diagnosis naming a shared mechanism in one of
 * those exercises makes no false claim; one naming any other exercise's mechanism does.
 */
final class Mechanisms {


    /** Point reference → mechanism name, and where each reference stands in the manifest. */
    private final Map<String, String> mechanismOf = new LinkedHashMap<>();
    private final Map<String, String> pointerOf = new HashMap<>();

    private Mechanisms() {
    }

    static Mechanisms none() {
        return new Mechanisms();
    }

    /** Reads the field of the manifest, reporting every malformed name or reference through {@code doc}. */
    static Mechanisms read(DocumentChecker doc, JsonNode manifest) {
        Mechanisms out = new Mechanisms();
        if (!manifest.has("mechanisms")) {
            return out;
        }
        JsonNode groups = doc.object(manifest.get("mechanisms"), "/mechanisms");
        if (groups == null) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = groups.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> group = it.next();
            String at = "/mechanisms/" + group.getKey();
            if (!Kebab.isName(group.getKey())) {
                doc.problemAtName(at, "a mechanism's name must be kebab-case, not \"" + group.getKey() + "\"");
                continue;
            }
            List<String> refs = doc.texts(group.getValue(), at, 2);
            if (refs == null) {
                continue;
            }
            for (int i = 0; i < refs.size(); i++) {
                String ref = refs.get(i);
                String refAt = at + "/" + i;
                if (!Kebab.isReference(ref)) {
                    doc.problemAt(refAt, "must name a point as exercise-id/point-id, not \"" + ref + "\"");
                } else if (out.mechanismOf.containsKey(ref)) {
                    doc.problemAt(refAt, "\"" + ref + "\" is already in mechanism \"" + out.mechanismOf.get(ref)
                            + "\"; a point belongs to one mechanism");
                } else {
                    out.mechanismOf.put(ref, group.getKey());
                    out.pointerOf.put(ref, refAt);
                }
            }
        }
        return out;
    }

    /**
     * The exercises with their points' mechanisms set; a reference to a point that no exercise has is reported
     * through {@code doc}.
     */
    List<Exercise> apply(DocumentChecker doc, List<Exercise> exercises) {
        Map<String, Boolean> seen = new HashMap<>();
        List<Exercise> out = new ArrayList<>();
        for (Exercise e : exercises) {
            out.add(e.withPoints(tag(e, e.keyPoints(), seen), tag(e, e.alsoTrue(), seen)));
        }
        for (Map.Entry<String, String> ref : mechanismOf.entrySet()) {
            if (!seen.containsKey(ref.getKey())) {
                doc.problemAt(pointerOf.get(ref.getKey()), "no exercise has the point \"" + ref.getKey()
                        + "\" (keyPoints and alsoTrue ids, after the exercise's id)");
            }
        }
        return out;
    }

    private List<KeyPoint> tag(Exercise e, List<KeyPoint> points, Map<String, Boolean> seen) {
        List<KeyPoint> out = new ArrayList<>();
        for (KeyPoint p : points) {
            String ref = e.id() + "/" + p.id();
            String mechanism = mechanismOf.get(ref);
            if (mechanism != null) {
                seen.put(ref, true);
            }
            out.add(new KeyPoint(p.id(), p.summary(), p.match(), mechanism));
        }
        return out;
    }
}
