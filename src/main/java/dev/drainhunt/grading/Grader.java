package dev.drainhunt.grading;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.KeyPoint;
import dev.drainhunt.grading.Verdict.AnswerKind;
import dev.drainhunt.grading.Verdict.Outcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Grades a learner's answer to an exercise: which key points a diagnosis names, and whether picked lines hit the bug.
 *
 * <p>Text: {@code CORRECT} when every key point is named, {@code PARTIAL} when some are, {@code MISSED} when none.
 * Lines: {@code CORRECT} when a bug line is hit with at most twice as many lines picked as there are bug lines,
 * {@code PARTIAL} when a bug line is hit among too many picks, {@code MISSED} otherwise; lines past the end of the
 * snippet are set aside, not counted. Lines alone locate the bug but never solve it: their overall outcome is at
 * best {@code PARTIAL}. See {@link Verdict} for how the two combine when an answer has both.
 */
public final class Grader {

    /**
     * The words rules are compiled with; null for the bundled vocabulary, read when the first answer is graded: a
     * session builds its grader before its first screen, which then need not wait for the vocabulary.
     */
    private final Vocabulary vocabulary;
    /** The pack's exercises: their points are the mechanisms a diagnosis may wrongly claim. Empty: no such check. */
    private final List<Exercise> catalogue;
    // Compiling rules normalises every phrase; an exercise is graded many times in a session, so do it once. Keyed by
    // identity: a record's equals and hashCode walk every component (the code, the hints, each key point's record),
    // and linking them for Exercise, KeyPoint, Lab and Reference cost `check` about 30 ms. An equal exercise in
    // another instance just compiles its rules again. Each map is guarded by itself (see compiled()), so that a
    // grader can be shared between threads.
    private final Map<Exercise, List<MatchRule>> rules = new IdentityHashMap<>();
    private final Map<Exercise, List<MatchRule>> alsoTrueRules = new IdentityHashMap<>();

    public Grader(Vocabulary vocabulary) {
        this(Objects.requireNonNull(vocabulary), List.of());
    }

    private Grader(Vocabulary vocabulary, List<Exercise> catalogue) {
        this.vocabulary = vocabulary;
        this.catalogue = List.copyOf(catalogue);
    }

    /**
     * A grader that also knows every exercise of a pack, so that a diagnosis asserting another exercise's mechanism
     * (one this code does not have) is told so and is not {@code CORRECT}.
     */
    public Grader withCatalogue(List<Exercise> exercises) {
        return new Grader(vocabulary, exercises);
    }

    /** A grader with the bundled vocabulary, which it reads when it first grades. */
    public static Grader standard() {
        return new Grader(null, List.of());
    }

    /**
     * Reads the bundled vocabulary and compiles the patterns that pick lines, split clauses and normalise words,
     * if no thread has yet: for a second thread while the main one starts up ({@code cli.Warmup}). Each is a
     * class initialisation, so the main thread, coming second, waits for it rather than doing it again.
     */
    public static void preload() {
        Vocabulary.bundled();
        LinePick.parse("");
        Normalizer.normalize(Denials.assertedClauses("warm up")); // words, so that spellings are read too
    }

    public Vocabulary vocabulary() {
        return vocabulary != null ? vocabulary : Vocabulary.bundled();
    }

    /**
     * Grades an answer; empty when there is nothing to grade (blank, or only punctuation), which is not an attempt.
     */
    public Optional<Verdict> grade(Exercise exercise, String answer) {
        if (answer == null || answer.isBlank()) {
            return Optional.empty();
        }
        LinePick pick = LinePick.parse(answer);
        // Loops, not streams, here and in the rules below: a check grades once, so each lambda would be linked
        // (on JDK 17 some 0.2 ms of the main thread each) to run once.
        List<String> allIds = new ArrayList<>();
        for (KeyPoint point : exercise.keyPoints()) {
            allIds.add(point.id());
        }
        List<Integer> pastEnd = new ArrayList<>();
        List<Integer> picked = new ArrayList<>();
        for (int line : pick.lines()) {
            (line > exercise.buggy().size() ? pastEnd : picked).add(line);
        }
        if (pick.linesOnly()) {
            // Lines locate the bug; they cannot say what is wrong there, so on their own they never solve.
            Outcome lines = lineOutcome(exercise, picked);
            Outcome overall = lines == Outcome.MISSED ? Outcome.MISSED : Outcome.PARTIAL;
            return Optional.of(new Verdict(overall, AnswerKind.LINES, null, lines, List.of(), allIds,
                    picked, hits(exercise, picked), List.of(), pastEnd, List.of()));
        }
        if (Normalizer.normalize(answer).isEmpty()) {
            return Optional.empty();
        }
        // Only what the diagnosis asserts is graded: "Close() is fine here" names no key point about Close.
        // Clause by clause, not joined into one run of words: a rule must find a point wherever its clause stands.
        NormalizedText text = Normalizer.normalize(Denials.assertedClauses(answer));
        List<String> matched = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (MatchRule rule : rulesFor(exercise)) {
            (rule.matches(text) ? matched : missed).add(rule.keyPointId());
        }
        List<String> alsoTrue = new ArrayList<>();
        for (MatchRule rule : alsoTrueRulesFor(exercise)) {
            if (rule.matches(text)) {
                alsoTrue.add(rule.keyPointId());
            }
        }
        List<KeyPoint> falseClaims = falseClaims(exercise, answer);
        Outcome textOutcome = textOutcome(matched.size(), allIds.size());
        if (textOutcome == Outcome.CORRECT && !falseClaims.isEmpty()) {
            // Every key point named, but also something that is not true of this code: not yet correct.
            textOutcome = Outcome.PARTIAL;
        }
        if (pick.isEmpty()) {
            return Optional.of(new Verdict(textOutcome, AnswerKind.TEXT, textOutcome, null, matched, missed,
                    List.of(), List.of(), alsoTrue, List.of(), falseClaims));
        }
        // Text with lines is graded on the text; lines that hit lift a text that named nothing to "right place".
        Outcome lineOutcome = lineOutcome(exercise, picked);
        Outcome overall = textOutcome == Outcome.MISSED && lineOutcome != Outcome.MISSED ? Outcome.PARTIAL : textOutcome;
        return Optional.of(new Verdict(overall, AnswerKind.BOTH, textOutcome, lineOutcome, matched, missed,
                picked, hits(exercise, picked), alsoTrue, pastEnd, falseClaims));
    }

    /** The compiled rules of each key point, in the exercise's order; compiled on first use. */
    public List<MatchRule> rulesFor(Exercise exercise) {
        return compiled(rules, exercise, exercise.keyPoints());
    }

    /**
     * The points of other exercises that a clause of the answer asserts and whose mechanism this exercise has
     * neither as a key point nor as an also-true point. Read clause by clause: a claim is one statement, not words
     * scattered over a diagnosis.
     */
    private List<KeyPoint> falseClaims(Exercise exercise, String answer) {
        if (catalogue.isEmpty()) {
            return List.of();
        }
        // Loops, not streams: this reads every rule of the pack, on every check, mostly still interpreted.
        Set<String> own = new HashSet<>();
        for (KeyPoint point : points(exercise)) {
            own.add(point.mechanismName());
        }
        // A clause that names one of this exercise's own points is about this bug, whatever else its words match.
        List<MatchRule> ownRules = rules(exercise);
        List<NormalizedText> clauses = new ArrayList<>();
        for (String clause : Denials.clauses(answer)) {
            if (Denials.denies(clause) || Denials.advises(clause)) {
                continue;
            }
            NormalizedText text = Normalizer.normalize(clause);
            if (!text.isEmpty() && !anyMatches(ownRules, text)) {
                clauses.add(text);
            }
        }
        Map<String, KeyPoint> claims = new LinkedHashMap<>();
        for (Exercise other : catalogue) {
            if (other.id().equals(exercise.id())) {
                continue;
            }
            List<KeyPoint> points = points(other);
            List<MatchRule> rules = rules(other);
            for (int i = 0; i < points.size(); i++) {
                KeyPoint point = points.get(i);
                if (!own.contains(point.mechanismName()) && !claims.containsKey(point.mechanismName())
                        && matchesAny(rules.get(i), clauses)) {
                    claims.put(point.mechanismName(), point);
                }
            }
        }
        return List.copyOf(claims.values());
    }

    /** An exercise's key points, then its also-true points. */
    private static List<KeyPoint> points(Exercise exercise) {
        List<KeyPoint> points = new ArrayList<>(exercise.keyPoints());
        points.addAll(exercise.alsoTrue());
        return points;
    }

    /** The rules of {@link #points}, in the same order. */
    private List<MatchRule> rules(Exercise exercise) {
        List<MatchRule> rules = new ArrayList<>(rulesFor(exercise));
        rules.addAll(alsoTrueRulesFor(exercise));
        return rules;
    }

    private static boolean anyMatches(List<MatchRule> rules, NormalizedText text) {
        for (MatchRule rule : rules) {
            if (rule.matches(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesAny(MatchRule rule, List<NormalizedText> texts) {
        for (NormalizedText text : texts) {
            if (rule.matches(text)) {
                return true;
            }
        }
        return false;
    }

    /** The compiled rules of the also-true points, compiled on first use. */
    public List<MatchRule> alsoTrueRulesFor(Exercise exercise) {
        return compiled(alsoTrueRules, exercise, exercise.alsoTrue());
    }

    /** {@code cache}'s rules for {@code points} of {@code exercise}, compiled and kept there the first time. */
    private List<MatchRule> compiled(Map<Exercise, List<MatchRule>> cache, Exercise exercise, List<KeyPoint> points) {
        synchronized (cache) {
            List<MatchRule> compiled = cache.get(exercise);
            if (compiled == null) {
                List<MatchRule> fresh = new ArrayList<>(points.size());
                for (KeyPoint point : points) {
                    fresh.add(MatchRule.compile(point, vocabulary()));
                }
                compiled = List.copyOf(fresh);
                cache.put(exercise, compiled);
            }
            return compiled;
        }
    }

    /** Everything wrong with an exercise's match rules, for the pack validator. */
    public List<RuleProblem> problems(Exercise exercise) {
        return Stream.concat(rulesFor(exercise).stream(), alsoTrueRulesFor(exercise).stream())
                .flatMap(r -> r.problems().stream()).toList();
    }

    private static Outcome textOutcome(int named, int total) {
        // An exercise without key points cannot be named; the validator reports it, grading must not reward it.
        if (named == 0 || total == 0) {
            return Outcome.MISSED;
        }
        return named == total ? Outcome.CORRECT : Outcome.PARTIAL;
    }

    private static Outcome lineOutcome(Exercise exercise, List<Integer> picked) {
        if (hits(exercise, picked).isEmpty()) {
            return Outcome.MISSED;
        }
        // Picking every line would always hit; more than twice the bug lines is a guess, not a find.
        return picked.size() <= 2 * exercise.bugLines().size() ? Outcome.CORRECT : Outcome.PARTIAL;
    }

    private static List<Integer> hits(Exercise exercise, List<Integer> picked) {
        List<Integer> hits = new ArrayList<>();
        for (int line : picked) {
            if (exercise.bugLines().contains(line)) {
                hits.add(line);
            }
        }
        return hits;
    }
}
