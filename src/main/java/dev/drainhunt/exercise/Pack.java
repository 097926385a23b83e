package dev.drainhunt.exercise;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A set of exercises studied together, in the order of their numbers. */
public record Pack(String name, String version, String language, String description, List<Exercise> exercises) {

    public Pack {
        exercises = exercises.stream().sorted(Comparator.comparingInt(Exercise::number)).toList();
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

    /** The 1-based position of an exercise in study order. */
    public int positionOf(Exercise exercise) {
        return exercises.indexOf(exercise) + 1;
    }
}
