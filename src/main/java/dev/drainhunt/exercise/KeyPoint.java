package dev.drainhunt.exercise;

import java.util.ArrayList;
import java.util.List;

/**
 * One distinct mistake of an exercise that a diagnosis should name.
 *
 * @param match     alternatives; the point counts as named when every concept of one alternative appears
 * @param mechanism the name of the mechanism when several exercises share it (a drain that waits without a
 *                  deadline); null when it is this point's own. Naming a shared mechanism in another exercise is
 *                  not a false claim there.
 */
public record KeyPoint(String id, String summary, List<List<String>> match, String mechanism) {
    public KeyPoint {
        // A loop, not a stream: the bundled pack's image builds these while a run starts, still interpreted.
        List<List<String>> copies = new ArrayList<>(match == null ? 0 : match.size());
        if (match != null) {
            for (List<String> alternative : match) {
                copies.add(List.copyOf(alternative));
            }
        }
        match = List.copyOf(copies);
    }

    public KeyPoint(String id, String summary, List<List<String>> match) {
        this(id, summary, match, null);
    }

    /** The mechanism this point is about: its shared name, else its own id. */
    public String mechanismName() {
        return mechanism != null ? mechanism : id;
    }
}
