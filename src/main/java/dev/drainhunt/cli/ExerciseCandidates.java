package dev.drainhunt.cli;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackValidator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The exercise numbers and ids shell completion offers for an EXERCISE parameter:
 * {@code @Parameters(paramLabel = "EXERCISE", completionCandidates = ExerciseCandidates.class)}; {@link Tags} does
 * the same for {@code --tag}. Both come from the bundled pack, or from the pack a completion script is written for
 * (see {@link #forPack}).
 *
 * <p>Only completion: picocli never checks a value against these, so an unknown exercise is still reported
 * by {@link PackLoader#exercise}. picocli creates one of these for every such parameter each time it builds the
 * command model, that is on every run, so creating one costs nothing: the pack is read on first iteration,
 * once per process.
 */
final class ExerciseCandidates implements Iterable<String> {

    /**
     * The pack a script is being generated for. picocli instantiates candidates itself, so there is no constructor
     * to hand it through; only {@code completion} and {@code install} set it, around one generation.
     */
    private static volatile Pack generatingFor;

    @Override
    public Iterator<String> iterator() {
        Pack pack = generatingFor;
        return pack != null ? of(pack).iterator() : Bundled.NAMES.iterator();
    }

    /** Runs {@code generate} with every candidate taken from {@code pack} (the one the user studies). */
    static <T> T forPack(Pack pack, Supplier<T> generate) {
        generatingFor = pack;
        try {
            return generate.get();
        } finally {
            generatingFor = null;
        }
    }

    /** Numbers first (short to type), then ids; empty when the bundled pack cannot be read. */
    static List<String> of(Pack pack) {
        List<String> names = new ArrayList<>();
        pack.exercises().forEach(e -> names.add(String.valueOf(e.number())));
        pack.exercises().stream().map(Exercise::id).forEach(names::add);
        return List.copyOf(names);
    }

    /** The tags {@code --tag} completes. */
    static final class Tags implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            Pack pack = generatingFor;
            return (pack != null ? pack.tags() : Bundled.TAGS).iterator();
        }
    }

    /** Initialised by the JVM on first use only, and once. */
    private static final class Bundled {
        static final Optional<Pack> PACK = read();
        static final List<String> NAMES = PACK.map(ExerciseCandidates::of).orElse(List.of());
        static final List<String> TAGS = PACK.map(Pack::tags).orElse(List.of());

        private static Optional<Pack> read() {
            try {
                return new Catalog(PackLoader.validator()).loadBundledImage().pack();
            } catch (RuntimeException e) {
                // A completion script without exercise names is still useful; commands report a broken pack.
                return Optional.empty();
            }
        }
    }
}
