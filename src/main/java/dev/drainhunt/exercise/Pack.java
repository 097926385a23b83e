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

    /** The id closest to a name that matched nothing, for a "did you mean" hint. */
    public Optional<String> suggest(String name) {
        return Names.closest(name.trim().toLowerCase(java.util.Locale.ROOT),
                exercises.stream().map(Exercise::id).toList());
    }

    /** The 1-based position of an exercise in study order. */
    public int positionOf(Exercise exercise) {
        return exercises.indexOf(exercise) + 1;
    }
}
