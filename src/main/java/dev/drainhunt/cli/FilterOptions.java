package dev.drainhunt.cli;

import dev.drainhunt.exercise.Difficulty;
import dev.drainhunt.exercise.Exercise;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --tag} and {@code --difficulty}, shared by the commands that choose exercises. */
final class FilterOptions {

    @Option(names = "--tag", paramLabel = "TAG", completionCandidates = ExerciseCandidates.Tags.class,
            description = "Only exercises with this tag.")
    String tag;

    @Option(names = "--difficulty", paramLabel = "LEVEL", completionCandidates = Levels.class,
            description = "Only this difficulty: ${COMPLETION-CANDIDATES}.")
    Difficulty difficulty;

    /** The difficulties as users type them (picocli would offer the enum's upper-case names). */
    static final class Levels implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(Difficulty.values()).map(Difficulty::label).iterator();
        }
    }

    List<Exercise> apply(List<Exercise> exercises) {
        return exercises.stream()
                .filter(e -> tag == null || e.tags().contains(tag))
                .filter(e -> difficulty == null || e.difficulty() == difficulty)
                .toList();
    }

    /** " tag \"http\" difficulty hard", for "no exercise matches…". */
    String describe() {
        return (tag != null ? " tag \"" + tag + "\"" : "") + (difficulty != null ? " difficulty " + difficulty.label() : "");
    }
}
