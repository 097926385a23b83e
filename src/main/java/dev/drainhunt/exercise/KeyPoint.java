package dev.drainhunt.exercise;

import java.util.List;

/**
 * One distinct mistake of an exercise that a diagnosis should name.
 *
 * @param match alternatives; the point counts as named when every concept of one alternative appears
 */
public record KeyPoint(String id, String summary, List<List<String>> match) {
    public KeyPoint {
        match = match == null ? List.of() : match.stream().map(List::copyOf).toList();
    }
}
