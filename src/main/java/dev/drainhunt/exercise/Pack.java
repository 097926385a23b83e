package dev.drainhunt.exercise;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A set of exercises studied together, in the order of their numbers. */
public record Pack(String name, String version, String language, String description, List<Exercise> exercises,
                   PackFiles files) {

    public Pack {
        exercises = exercises.stream().sorted(Comparator.comparingInt(Exercise::number)).toList();
        files = files == null ? PackFiles.NONE : files;
    }

    /** A pack with no files but its JSON. */
    public Pack(String name, String version, String language, String description, List<Exercise> exercises) {
        this(name, version, language, description, exercises, PackFiles.NONE);
    }

    public int size() {
        return exercises.size();
    }

    public Optional<Exercise> byId(String id) {
        return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<Exercise> byNumber(int number) {
        return exercises.stream().filter(e -> e.number() == number).findFirst();
    }

    /** An exercise named by its number ({@code 3}) or its id ({@code drain-without-deadline}). */
    public Optional<Exercise> find(String name) {
        String trimmed = name.trim();
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit) && trimmed.length() < 9) {
            return byNumber(Integer.parseInt(trimmed));
        }
        return byId(trimmed.toLowerCase(java.util.Locale.ROOT));
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
