package dev.drainhunt.cli;

import dev.drainhunt.exercise.Difficulty;
import dev.drainhunt.exercise.Exercise;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --tag} and {@code --difficulty}, shared by the commands that choose exercises. */
final class FilterOptions {

    @Option(names = "--tag", paramLabel = "TAG", description = "Only exercises with this tag.")
    String tag;

    @Option(names = "--difficulty", paramLabel = "LEVEL",
            description = "Only this difficulty: ${COMPLETION-CANDIDATES}.")
    Difficulty difficulty;

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
