package dev.drainhunt.grading;

import static dev.drainhunt.grading.TestExercises.keyPoint;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchRuleTest {

    private static final Vocabulary VOCABULARY = Vocabulary.bundled();

    @Test
    void plainPhraseMatchesWholeWordsInOrder() {
        MatchRule rule = compile(List.of(List.of("shutdown context")));

        assertThat(matches(rule, "the Shutdown context is already done")).isTrue();
        assertThat(matches(rule, "the shutdown's context")).isTrue();
        assertThat(matches(rule, "the context of the shutdown")).isFalse();
        assertThat(matches(rule, "shutdowncontext")).isFalse();
    }

    @Test
    void plainPhraseIsStemmedLikeTheDiagnosis() {
        MatchRule rule = compile(List.of(List.of("closed", "buffer")));

        assertThat(matches(rule, "closing the buffered channel")).isTrue();
        assertThat(matches(rule, "closing the unbuffered channel")).isFalse();
    }

    @Test
    void everyConceptOfAnAlternativeMustAppear() {
        MatchRule rule = compile(List.of(List.of("@unbuffered", "@signal")));

        assertThat(matches(rule, "the signal channel is unbuffered")).isTrue();
        assertThat(matches(rule, "the channel is unbuffered")).isFalse();
    }

    @Test
    void anyAlternativeIsEnough() {
        MatchRule rule = compile(List.of(List.of("@unbuffered", "@signal"), List.of("notify", "buffer")));

        assertThat(matches(rule, "signal.Notify needs a buffer")).isTrue();
        assertThat(matches(rule, "SIGTERM on an unbuffered chan")).isTrue();
        assertThat(matches(rule, "Close is a hard stop")).isFalse();
    }

    @Test
    void regexRunsOnThePlainUnstemmedText() {
        MatchRule rule = compile(List.of(List.of("re:\\b(miss|drop|lost)")));

        assertThat(matches(rule, "the signal can be DROPPED")).isTrue();
        assertThat(matches(rule, "Notify may miss it")).isTrue();
        // "lose" only meets "lost" through stemming, which re: does not see.
        assertThat(matches(rule, "we lose it")).isFalse();
    }

    @Test
    void vocabularyConceptMatchesAnySynonym() {
        MatchRule rule = compile(List.of(List.of("@hang")));

        assertThat(matches(rule, "it blocks forever")).isTrue();
        assertThat(matches(rule, "Drain never returns")).isTrue();
        assertThat(matches(rule, "Drain returns nil")).isFalse();
    }

    @Test
    void reportsUnknownConceptNames() {
        MatchRule rule = compile(List.of(List.of("@timeout", "@no-such-thing"), List.of("@Other")));

        assertThat(rule.unknownConcepts()).containsExactly("no-such-thing", "Other");
        assertThat(rule.problems()).extracting(RuleProblem::kind)
                .containsOnly(RuleProblem.Kind.UNKNOWN_CONCEPT);
        assertThat(matches(rule, "no-such-thing timeout other")).isFalse();
    }

    @Test
    void reportsInvalidRegexes() {
        MatchRule rule = compile(List.of(List.of("re:(unclosed"), List.of("re:x*"), List.of("re:\\bok\\b")));

        assertThat(rule.invalidRegexes()).containsExactly("re:(unclosed", "re:x*");
        assertThat(matches(rule, "ok")).isTrue();
    }

    @Test
    void emptyRulesNeverGiveCredit() {
        MatchRule emptyAlternative = compile(List.of(List.of()));
        MatchRule emptyPhrase = compile(List.of(List.of("?!")));
        MatchRule noAlternatives = compile(List.of());

        assertThat(matches(emptyAlternative, "anything")).isFalse();
        assertThat(matches(emptyPhrase, "anything ?!")).isFalse();
        assertThat(matches(noAlternatives, "anything")).isFalse();
        assertThat(emptyAlternative.problems()).extracting(RuleProblem::kind)
                .containsExactly(RuleProblem.Kind.EMPTY_ALTERNATIVE);
        assertThat(emptyPhrase.problems()).extracting(RuleProblem::kind)
                .containsExactly(RuleProblem.Kind.EMPTY_PHRASE);
        assertThat(noAlternatives.problems()).extracting(RuleProblem::kind)
                .containsExactly(RuleProblem.Kind.NO_ALTERNATIVES);
    }

    @Test
    void validRulesHaveNoProblems() {
        MatchRule rule = compile(List.of(List.of("@timeout", "shutdown", "re:\\bctx\\b")));

        assertThat(rule.problems()).isEmpty();
        assertThat(rule.unknownConcepts()).isEmpty();
        assertThat(rule.invalidRegexes()).isEmpty();
    }

    private static MatchRule compile(List<List<String>> match) {
        return MatchRule.compile(keyPoint("kp", match), VOCABULARY);
    }

    private static boolean matches(MatchRule rule, String text) {
        return rule.matches(Normalizer.normalize(text));
    }
}
