package dev.drainhunt.cli;

import dev.drainhunt.exercise.Difficulty;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Names;
import dev.drainhunt.exercise.Pack;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --tag} and {@code --difficulty}, shared by the commands that choose exercises. */
final class FilterOptions {

    final HandBuilt.Bound<String> tag = new HandBuilt.Bound<>(null);
    final HandBuilt.Bound<Difficulty> difficulty = new HandBuilt.Bound<>(null);

    /** Adds the two options to {@code spec}, a command that chooses exercises (see {@link HandBuilt}). */
    void addTo(CommandSpec spec) {
        spec.addOption(HandBuilt.option(new String[] {"--tag"}, String.class, "TAG", "Only exercises with this tag.",
                tag).completionCandidates(new ExerciseCandidates.Tags()).build());
        spec.addOption(HandBuilt.option(new String[] {"--difficulty"}, Difficulty.class, "LEVEL",
                "Only this difficulty: ${COMPLETION-CANDIDATES}.", difficulty)
                .completionCandidates(new Levels()).build());
    }

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
        String tag = this.tag.value();
        Difficulty difficulty = this.difficulty.value();
        if (tag != null && !pack.tags().contains(tag)) {
            throw UserError.usage("no exercise has the tag \"" + tag + "\"" + Names.closest(tag, pack.tags())
                    .map(t -> UsageErrors.didYouMean(List.of(t)))
                    .orElse(" (the tags: " + String.join(", ", pack.tags()) + ")"));
        }
        List<Exercise> passed = new ArrayList<>();
        for (Exercise e : chosen) {
            if ((tag == null || e.tags().contains(tag)) && (difficulty == null || e.difficulty() == difficulty)) {
                passed.add(e);
            }
        }
        return List.copyOf(passed);
    }

    /** " tag \"http\" difficulty hard", for "no exercise matches…". */
    String describe() {
        String tag = this.tag.value();
        Difficulty difficulty = this.difficulty.value();
        return (tag != null ? " tag \"" + tag + "\"" : "") + (difficulty != null ? " difficulty " + difficulty.label() : "");
    }
}
