package dev.drainhunt.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.KeyPoint;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The strings a pattern's matches must hold: read right from the expressions rules are written in, and never a
 * string a match can lack, or grading would stop crediting what the pattern finds.
 */
class RequiredLiteralsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
            \\b(cancel\\w*|ctx|context)\\b\tcancel ctx context
            interrupt|\\bcancel\\w*|\\bwake|\\bwoken|\\bstop\\w*\tinterrupt cancel wake woken stop
            \\b(context|ctx)\\b( \\w+){0,4} (is |are )?(never|not) (\\w+ )?cancel\\w*\tcancel
            \\b(cancel|cancelled|cancels)\\b\tcancel
            time ?out\ttime
            (?:un)?buffered\tbuffered
            Signal\\.Notify\tsignal.notify
            (close)d?\\(\\)\tclose
            x{2}y\txxy
            \\bwg\\b.{0,40}\\bwait\\b\twait
            (?=.*close)shut\tshut
            (?<!not )closed\tclosed
            [abc]+def\tdef
            (?<name>drain)ed\tdrained
            a+bc\tbc
            """)
    void findsTheStringsEveryMatchHolds(String expression, String strings) {
        assertThat(RequiredLiterals.of(expression)).containsExactly(strings.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '\t', quoteCharacter = '`', textBlock = """
            (?i)close\tinline flags change how the rest reads
            close|.\ta branch that holds no text
            (close)?\tall of it optional
            \\x63lose\tan escape not read
            \\Qclose\\E\tquoting not read
            (a)\\1\ta back reference
            \\w+\tno text at all
            """)
    void knowsNothingOfWhatItDoesNotRead(String expression, String why) {
        assertThat(RequiredLiterals.of(expression)).as(why).isEmpty();
    }

    @Test
    void foldsAsACaseInsensitiveUnicodePatternCompares() {
        // "ı" (dotless i) and the Kelvin sign match "i" and "k" in such a pattern: the folded text must hold them so.
        assertThat(RequiredLiterals.fold("SIGNAL \u0131s \u212Aill")).isEqualTo("signal is kill");
        assertThat(Pattern.compile("is kill", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher("\u0131s \u212Aill").find()).isTrue();
        String plain = "already lower";
        assertThat(RequiredLiterals.fold(plain)).isSameAs(plain);
    }

    @Test
    void admitsATextHoldingOneStringAndAnyTextWhenNothingIsKnown() {
        assertThat(RequiredLiterals.admits(List.of("cancel", "ctx"), "the ctx is ignored")).isTrue();
        assertThat(RequiredLiterals.admits(List.of("cancel", "ctx"), "the context is ignored")).isFalse();
        assertThat(RequiredLiterals.admits(List.of(), "anything")).isTrue();
    }

    @Test
    void aRegexConceptOnlyCompilesItsPatternForATextThatMayMatch() {
        Concept.Regex regex = Concept.checkedRegex("\\bcancel\\w*", RequiredLiterals.of("\\bcancel\\w*"));

        assertThat(regex.matches(Normalizer.normalize("the context is never used"))).isFalse();
        assertThat(regex.matches(Normalizer.normalize("nobody cancels the context"))).isTrue();
        assertThat(regex.matches(Normalizer.normalize("CANCELLED too late"))).isTrue();
    }

    /**
     * The property that keeps grades as they were: over every diagnosis of both corpora (each clause, as the grader
     * reads them) and every expression of the pack and vocabulary, a pattern that finds a match finds it in a text
     * the strings admit.
     */
    @Test
    void noBundledPatternMatchesADiagnosisTheStringsRuleOut() throws IOException {
        List<String> expressions = bundledExpressions();
        List<NormalizedText> texts = corpusTexts();
        int found = 0;
        int ruledOut = 0;
        int pairs = 0;
        for (String expression : expressions) {
            Pattern pattern = Pattern.compile(expression,
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
            List<String> anyOf = RequiredLiterals.of(expression);
            for (NormalizedText text : texts) {
                pairs++;
                boolean admitted = RequiredLiterals.admits(anyOf, text.folded());
                if (pattern.matcher(text.plain()).find()) {
                    found++;
                    assertThat(admitted).as("/%s/ matches \"%s\" but %s rule it out", expression, text.plain(),
                            anyOf).isTrue();
                } else if (!admitted) {
                    ruledOut++;
                }
            }
        }
        assertThat(expressions).hasSizeGreaterThan(200);
        assertThat(texts).hasSizeGreaterThan(1000);
        assertThat(found).isPositive();
        // What grading gains: most pattern runs on a diagnosis are ruled out before compiling (a measure, not speed).
        assertThat(ruledOut).as("pairs ruled out of %d", pairs).isGreaterThan(pairs / 2);
    }

    @Test
    void nearlyEveryBundledExpressionHasStrings() {
        List<String> expressions = bundledExpressions();
        long without = expressions.stream().filter(e -> RequiredLiterals.of(e).isEmpty()).count();

        assertThat(without).as("expressions without strings").isLessThanOrEqualTo(expressions.size() / 20);
    }

    /** Random expressions of the subset and random texts: the property holds beyond the pack too. */
    @Test
    void theRandomExpressionsAllCompile() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            String expression = RandomRegex.expression(random::nextInt);
            assertThatCode(() -> Pattern.compile(expression)).as(expression).doesNotThrowAnyException();
        }
    }

    @Test
    void randomPatternsNeverMatchATextTheirStringsRuleOut() {
        Random random = new Random(17);
        int matched = 0;
        for (int i = 0; i < 20_000; i++) {
            if (RandomRegex.check(RandomRegex.expression(random::nextInt), RandomRegex.text(random::nextInt))) {
                matched++;
            }
        }
        assertThat(matched).as("random pairs that matched (the property was put to the test)").isGreaterThan(1000);
    }

    static List<String> bundledExpressions() {
        Pack pack = new Catalog(new PackValidator(c -> Optional.empty())).loadBundled().pack().orElseThrow();
        Set<String> expressions = new LinkedHashSet<>();
        pack.exercises().stream().flatMap(e -> Stream.concat(e.keyPoints().stream(), e.alsoTrue().stream()))
                .map(MatchRule::expressions).forEach(expressions::addAll);
        Vocabulary vocabulary = Vocabulary.bundled();
        for (String name : vocabulary.names()) {
            vocabulary.synonyms(name).stream().map(String::strip).filter(s -> s.startsWith(Concept.REGEX_PREFIX))
                    .map(s -> s.substring(Concept.REGEX_PREFIX.length())).forEach(expressions::add);
        }
        return List.copyOf(expressions);
    }

    /** Every diagnosis of both corpora, clause by clause as the grader reads them, and each whole. */
    private static List<NormalizedText> corpusTexts() throws IOException {
        List<String> diagnoses = new ArrayList<>();
        for (DiagnosisCorpusTest.Corpus corpus : DiagnosisCorpusTest.loadCorpora().values()) {
            diagnoses.addAll(corpus.right());
            diagnoses.addAll(corpus.wrong());
            corpus.partial().forEach(p -> diagnoses.add(p.text()));
        }
        for (Path batch : FreshBatchTest.batchDirs()) {
            for (FreshBatchTest.Entry entry : FreshBatchTest.entries(batch)) {
                diagnoses.addAll(entry.right());
                diagnoses.addAll(entry.wrong());
                entry.partial().forEach(p -> diagnoses.add(p.text()));
            }
        }
        List<NormalizedText> texts = new ArrayList<>();
        for (String diagnosis : diagnoses) {
            texts.add(Normalizer.normalize(Denials.assertedClauses(diagnosis)));
            for (String clause : Denials.clauses(diagnosis)) {
                texts.add(Normalizer.normalize(clause));
            }
        }
        assertThat(Files.isDirectory(FreshBatchTest.FRESH)).isTrue();
        return texts;
    }

    /**
     * Builds expressions of the subset from its grammar (so every one compiles) and texts of the letters they name,
     * from any source of ints.
     */
    static final class RandomRegex {
        private static final String[] ATOMS = {"a", "b", "c", " ", "ab", "K", "\u0131", "\\w", "\\s", "\\.", ".",
            "[ab]", "[^a]", "\\b", "^", "$", "(?<=a)", "(?!b)"};
        private static final String[] GROUPS = {"(", "(?:", "(?=", "(?!", "(?>", "(?<g%d>"};
        private static final String[] QUANTIFIERS = {"", "", "", "?", "*", "+", "{2}", "{1,3}", "{0,2}", "+?", "??",
            "*+"};
        private static final String[] GROUP_QUANTIFIERS = {"", "", "?", "{2}", "??"};
        private static final String[] LETTERS = {"a", "b", "c", " ", "\n", "K", "\u0131", "A", ".", "ab", "ba"};

        interface Ints {
            int next(int bound);
        }

        static String expression(Ints ints) {
            StringBuilder s = new StringBuilder();
            alternation(ints, s, 0, new int[] {12});
            return s.toString();
        }

        /**
         * At most {@code budget[0]} atoms in all, and a group repeats at most twice, never without bound: nested
         * unbounded repeats backtrack for minutes on a short text, which tests the regex engine, not the analysis.
         */
        private static void alternation(Ints ints, StringBuilder s, int depth, int[] budget) {
            int branches = 1 + ints.next(3);
            for (int b = 0; b < branches && budget[0] > 0; b++) {
                if (b > 0) {
                    s.append('|');
                }
                int parts = 1 + ints.next(4);
                for (int p = 0; p < parts && budget[0] > 0; p++) {
                    if (depth < 2 && ints.next(4) == 0) {
                        // Group names must differ: the place in the expression makes one.
                        s.append(GROUPS[ints.next(GROUPS.length)].replace("%d", String.valueOf(s.length())));
                        alternation(ints, s, depth + 1, budget);
                        s.append(')').append(GROUP_QUANTIFIERS[ints.next(GROUP_QUANTIFIERS.length)]);
                    } else {
                        budget[0]--;
                        s.append(ATOMS[ints.next(ATOMS.length)]).append(QUANTIFIERS[ints.next(QUANTIFIERS.length)]);
                    }
                }
            }
        }

        static String text(Ints ints) {
            StringBuilder s = new StringBuilder();
            int n = ints.next(16);
            for (int i = 0; i < n; i++) {
                s.append(LETTERS[ints.next(LETTERS.length)]);
            }
            return s.toString();
        }

        /** Asserts the property for one pair; returns whether the pattern matched (false when it does not compile). */
        static boolean check(String expression, String text) {
            Pattern pattern;
            try {
                pattern = Pattern.compile(expression, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
                        | Pattern.MULTILINE);
            } catch (java.util.regex.PatternSyntaxException e) {
                return false;
            }
            if (!pattern.matcher(text).find()) {
                return false;
            }
            List<String> anyOf = RequiredLiterals.of(expression);
            assertThat(RequiredLiterals.admits(anyOf, RequiredLiterals.fold(text)))
                    .as("/%s/ matches \"%s\" but %s rule it out", expression, text, anyOf).isTrue();
            return true;
        }
    }
}
