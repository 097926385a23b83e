package dev.drainhunt.exercise;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A set of exercises studied together, in the order of their numbers. */
public record Pack(String name, String version, String language, String description, List<Exercise> exercises,
                   PackFiles files) {

    public Pack {
        exercises = inNumberOrder(exercises);
        files = files == null ? PackFiles.NONE : files;
    }

    /**
     * The exercises sorted by number, stably. A pack is mostly in order already (the bundled image always is), and
     * is checked with a loop first: a start-up reading the image is still interpreted, and a first comparator and
     * stream link their classes.
     */
    private static List<Exercise> inNumberOrder(List<Exercise> exercises) {
        for (int i = 1; i < exercises.size(); i++) {
            if (exercises.get(i - 1).number() > exercises.get(i).number()) {
                return exercises.stream().sorted(Comparator.comparingInt(Exercise::number)).toList();
            }
        }
        return List.copyOf(exercises);
    }

    /** A pack with no files but its JSON. */
    public Pack(String name, String version, String language, String description, List<Exercise> exercises) {
        this(name, version, language, description, exercises, PackFiles.NONE);
    }

    public int size() {
        return exercises.size();
    }

    // Loops rather than streams here: most commands look one exercise up while the JVM is still interpreting, and a
    // run's first stream pipelines load and link their classes.
    public Optional<Exercise> byId(String id) {
        for (Exercise e : exercises) {
            if (e.id().equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public Optional<Exercise> byNumber(int number) {
        for (Exercise e : exercises) {
            if (e.number() == number) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** An exercise named by its number ({@code 3}) or its id ({@code drain-without-deadline}). */
    public Optional<Exercise> find(String name) {
        String trimmed = name.trim();
        boolean number = !trimmed.isEmpty() && trimmed.length() < 9;
        for (int i = 0; i < trimmed.length() && number; i++) {
            number = Character.isDigit(trimmed.charAt(i));
        }
        return number ? byNumber(Integer.parseInt(trimmed)) : byId(trimmed.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The ids a name that matched nothing may have meant: every id it begins ({@code pool} is both
     * {@code pool-drain-wait} and {@code pool-submit-drain}), else the closest one to a typo; in study order.
     */
    public List<String> suggestions(String name) {
        String wanted = name.trim().toLowerCase(java.util.Locale.ROOT);
        List<String> ids = exercises.stream().map(Exercise::id).toList();
        List<String> begun = wanted.length() < 2 ? List.of() : ids.stream().filter(id -> id.startsWith(wanted)).toList();
        return begun.isEmpty() ? Names.closest(wanted, ids).stream().toList() : begun;
    }

    /** Every tag of the pack's exercises, in the order they first appear. */
    public List<String> tags() {
        return exercises.stream().flatMap(e -> e.tags().stream()).distinct().toList();
    }

    /** The 1-based position of an exercise in study order. */
    public int positionOf(Exercise exercise) {
        return exercises.indexOf(exercise) + 1;
    }
}
