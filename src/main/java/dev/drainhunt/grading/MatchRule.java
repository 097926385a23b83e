package dev.drainhunt.grading;

import dev.drainhunt.exercise.KeyPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A key point's {@code match} alternatives compiled against a vocabulary: named when every concept of any one
 * alternative appears in the diagnosis.
 *
 * <p>Compiling never fails: a concept that cannot be compiled becomes a {@link RuleProblem} and its alternative
 * never matches, so a broken exercise under-credits instead of crediting everything.
 */
public final class MatchRule {

    private final String keyPointId;
    private final List<List<Concept>> alternatives;
    private final List<RuleProblem> problems;

    private MatchRule(String keyPointId, List<List<Concept>> alternatives, List<RuleProblem> problems) {
        this.keyPointId = keyPointId;
        this.alternatives = alternatives;
        this.problems = problems;
    }

    public static MatchRule compile(KeyPoint keyPoint, Vocabulary vocabulary) {
        String id = keyPoint.id();
        List<RuleProblem> problems = new ArrayList<>();
        List<List<Concept>> alternatives = new ArrayList<>();
        if (keyPoint.match().isEmpty()) {
            problems.add(new RuleProblem(id, "", RuleProblem.Kind.NO_ALTERNATIVES,
                    "has no match alternatives, so no diagnosis can name it"));
        }
        for (List<String> alternative : keyPoint.match()) {
            if (alternative.isEmpty()) {
                // All of nothing is vacuously true: an empty alternative would credit every diagnosis.
                problems.add(new RuleProblem(id, "", RuleProblem.Kind.EMPTY_ALTERNATIVE,
                        "has an empty match alternative"));
                alternatives.add(List.of(new Concept.Never("[]")));
                continue;
            }
            List<Concept> concepts = new ArrayList<>();
            for (String raw : alternative) {
                concepts.add(compileConcept(id, raw == null ? "" : raw.strip(), vocabulary, problems));
            }
            alternatives.add(List.copyOf(concepts));
        }
        return new MatchRule(id, List.copyOf(alternatives), List.copyOf(problems));
    }

    /** The plain phrases of {@code keyPoint}'s alternatives, as written: neither {@code re:} nor {@code @name}. */
    static List<String> phrases(KeyPoint keyPoint) {
        return keyPoint.match().stream().flatMap(List::stream).filter(raw -> raw != null).map(String::strip)
                .filter(raw -> !raw.startsWith(Concept.REGEX_PREFIX) && !raw.startsWith(Concept.NAME_PREFIX))
                .toList();
    }

    /** The {@code re:} expressions of {@code keyPoint}'s alternatives, without the prefix. */
    static List<String> expressions(KeyPoint keyPoint) {
        return keyPoint.match().stream().flatMap(List::stream).filter(raw -> raw != null).map(String::strip)
                .filter(raw -> raw.startsWith(Concept.REGEX_PREFIX))
                .map(raw -> raw.substring(Concept.REGEX_PREFIX.length())).toList();
    }

    private static Concept compileConcept(String id, String raw, Vocabulary vocabulary, List<RuleProblem> problems) {
        if (raw.startsWith(Concept.REGEX_PREFIX)) {
            try {
                return vocabulary.regex(raw.substring(Concept.REGEX_PREFIX.length()));
            } catch (IllegalArgumentException e) {
                problems.add(new RuleProblem(id, raw, RuleProblem.Kind.INVALID_REGEX,
                        "concept \"" + raw + "\": " + e.getMessage()));
                return new Concept.Never(raw);
            }
        }
        if (raw.startsWith(Concept.NAME_PREFIX)) {
            String name = raw.substring(Concept.NAME_PREFIX.length()).toLowerCase(Locale.ROOT);
            Optional<Concept.Named> named = vocabulary.concept(name);
            if (named.isPresent()) {
                return named.get();
            }
            problems.add(new RuleProblem(id, raw, RuleProblem.Kind.UNKNOWN_CONCEPT,
                    "unknown vocabulary concept \"" + raw + "\""));
            return new Concept.Never(raw);
        }
        try {
            return vocabulary.phrase(raw);
        } catch (IllegalArgumentException e) {
            problems.add(new RuleProblem(id, raw, RuleProblem.Kind.EMPTY_PHRASE,
                    "concept \"" + raw + "\" has no words after normalisation"));
            return new Concept.Never(raw);
        }
    }

    public String keyPointId() {
        return keyPointId;
    }

    public boolean matches(NormalizedText text) {
        // Loops, not streams: a grading asks every rule of the pack, most of them while still interpreted.
        for (List<Concept> alternative : alternatives) {
            if (allMatch(alternative, text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allMatch(List<Concept> concepts, NormalizedText text) {
        for (Concept concept : concepts) {
            if (!concept.matches(text)) {
                return false;
            }
        }
        return true;
    }

    public List<RuleProblem> problems() {
        return problems;
    }

    @Override
    public String toString() {
        return keyPointId + " " + alternatives;
    }

    /** The {@code @names} this key point uses that the vocabulary does not define, without the {@code @}. */
    public List<String> unknownConcepts() {
        return problems.stream()
                .filter(p -> p.kind() == RuleProblem.Kind.UNKNOWN_CONCEPT)
                .map(p -> p.concept().substring(Concept.NAME_PREFIX.length()))
                .distinct()
                .toList();
    }

    /** The {@code re:} concepts, as written, that do not compile or would match any text. */
    public List<String> invalidRegexes() {
        return problems.stream()
                .filter(p -> p.kind() == RuleProblem.Kind.INVALID_REGEX)
                .map(RuleProblem::concept)
                .distinct()
                .toList();
    }
}
