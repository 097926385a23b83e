package dev.drainhunt.cli;

import dev.drainhunt.exercise.Difficulty;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Names;
import dev.drainhunt.exercise.Pack;
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

    /**
     * The exercises of {@code chosen} that pass the filters; a tag no exercise of the pack has is a usage error
     * with the closest tag, so a typo is never mistaken for an empty selection.
     */
    List<Exercise> apply(Pack pack, List<Exercise> chosen) {
        if (tag != null && !pack.tags().contains(tag)) {
            throw UserError.usage("no exercise has the tag \"" + tag + "\"" + Names.closest(tag, pack.tags())
                    .map(t -> UsageErrors.didYouMean(List.of(t)))
                    .orElse(" (the tags: " + String.join(", ", pack.tags()) + ")"));
        }
        return chosen.stream()
                .filter(e -> tag == null || e.tags().contains(tag))
                .filter(e -> difficulty == null || e.difficulty() == difficulty)
                .toList();
    }

    /** " tag \"http\" difficulty hard", for "no exercise matches…". */
    String describe() {
        return (tag != null ? " tag \"" + tag + "\"" : "") + (difficulty != null ? " difficulty " + difficulty.label() : "");
    }
}
