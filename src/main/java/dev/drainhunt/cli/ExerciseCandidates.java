package dev.drainhunt.cli;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackValidator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The bundled pack's exercise numbers and ids, offered by shell completion for an EXERCISE parameter:
 * {@code @Parameters(paramLabel = "EXERCISE", completionCandidates = ExerciseCandidates.class)}.
 *
 * <p>Only completion: picocli never checks a value against these, so an unknown exercise is still reported
 * by {@link PackLoader#exercise}. picocli creates one of these for every such parameter each time it builds the
 * command model, that is on every run, so creating one costs nothing: the pack is read on first iteration,
 * once per process.
 */
final class ExerciseCandidates implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Bundled.NAMES.iterator();
    }

    /** Numbers first (short to type), then ids; empty when the bundled pack cannot be read. */
    static List<String> of(Pack pack) {
        List<String> names = new ArrayList<>();
        pack.exercises().forEach(e -> names.add(String.valueOf(e.number())));
        pack.exercises().stream().map(Exercise::id).forEach(names::add);
        return List.copyOf(names);
    }

    /** Initialised by the JVM on first use only, and once. */
    private static final class Bundled {
        static final List<String> NAMES = read();

        private static List<String> read() {
            try {
                return new Catalog(new PackValidator(concept -> Optional.empty())).loadBundledImage().pack().map(ExerciseCandidates::of)
                        .orElse(List.of());
            } catch (RuntimeException e) {
                // A completion script without exercise names is still useful; commands report a broken pack.
                return List.of();
            }
        }
    }
}
