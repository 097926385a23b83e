package dev.drainhunt.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.KeyPoint;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackValidator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The grading image the build writes holds what reading the vocabulary and normalising every phrase gives. */
class GradingImageTest {

    @Test
    void theBuildsImageHoldsTheVocabularyAndEveryPhraseNormalisedAsNow() throws IOException {
        GradingImage image = GradingImage.readBundled().orElseThrow();

        // Merged as Vocabulary.of merges it: the bundled vocabulary only compiles what it reads.
        Vocabulary merged = Vocabulary.of(vocabularyJson());
        assertThat(image.synonyms().keySet()).containsExactlyElementsOf(merged.names());
        image.synonyms().forEach((name, phrases) -> assertThat(phrases).as(name).isEqualTo(merged.synonyms(name)));
        // A phrase normalised by an older Normalizer would grade by old rules: every entry must be today's.
        image.tokens().forEach((phrase, tokens) ->
                assertThat(tokens).as("the words of \"%s\"", phrase).isEqualTo(Normalizer.tokens(phrase)));
        List<String> rulePhrases = bundledPoints().stream().flatMap(k -> MatchRule.phrases(k).stream()).toList();
        assertThat(rulePhrases).isNotEmpty();
        assertThat(image.tokens()).containsKeys(rulePhrases.toArray(String[]::new));
        // Each expression, checked by the build, with the strings today's analysis gives it.
        List<String> expressions = RequiredLiteralsTest.bundledExpressions();
        assertThat(image.regexes()).containsOnlyKeys(expressions.toArray(String[]::new));
        image.regexes().forEach((expression, anyOf) ->
                assertThat(anyOf).as("the strings of /%s/", expression).isEqualTo(RequiredLiterals.of(expression)));
    }

    @Test
    void theBundledVocabularyCompilesAsTheOneReadFromJson() throws IOException {
        Vocabulary fromJson = Vocabulary.of(vocabularyJson());
        Vocabulary bundled = Vocabulary.bundled();

        assertThat(bundled.names()).containsExactlyElementsOf(fromJson.names());
        for (String name : fromJson.names()) {
            assertThat(describe(bundled.concept(name).orElseThrow()))
                    .isEqualTo(describe(fromJson.concept(name).orElseThrow()));
        }
        for (KeyPoint point : bundledPoints()) {
            assertThat(describe(MatchRule.compile(point, bundled)))
                    .as(point.id()).isEqualTo(describe(MatchRule.compile(point, fromJson)));
        }
    }

    @Test
    void aPhraseOutsideTheImageIsNormalisedAndOneWithoutWordsStillFails() {
        GradingImage image = GradingImage.of(Map.of("wait", List.of("waits forever")), List.of("drain the pool"),
                List.of("\\bclose[sd]?\\b", "(unclosed", "x?"));
        Vocabulary vocabulary = Vocabulary.bundled();

        assertThat(image.tokens()).containsOnlyKeys("waits forever", "drain the pool");
        // An expression that does not compile, or matches nothing, is left to fail when a rule is compiled.
        assertThat(image.regexes()).containsOnlyKeys("\\bclose[sd]?\\b");
        assertThat(vocabulary.phrase("blocks until every worker returns").tokens())
                .isEqualTo(Normalizer.tokens("blocks until every worker returns"));
        KeyPoint empty = new KeyPoint("p", "s", List.of(List.of("?!")));
        assertThat(MatchRule.compile(empty, vocabulary).problems())
                .extracting(RuleProblem::kind).containsExactly(RuleProblem.Kind.EMPTY_PHRASE);
    }

    @Test
    void roundTripsAndRefusesAFileOfAnotherFormat() throws IOException {
        Map<String, List<String>> synonyms = new LinkedHashMap<>();
        synonyms.put("no-deadline", List.of("no deadline", "re:\\bwithout (a )?timeout\\b"));
        synonyms.put("drain", List.of("drains \u00e9l\u00e8ve", "a NUL \u0000 and a \uD83D\uDE80"));
        synonyms.put("long", List.of("word ".repeat(20_000))); // over writeUTF's 64 KiB
        GradingImage image = GradingImage.of(synonyms, List.of("Shutdown returns early"), List.of("\\bclose\\b"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        image.write(out);

        GradingImage read = GradingImage.read(out.toByteArray());
        assertThat(read.synonyms()).containsExactlyEntriesOf(synonyms);
        assertThat(read.tokens()).isEqualTo(image.tokens()).doesNotContainKey("re:\\bwithout (a )?timeout\\b");
        assertThat(read.regexes()).isEqualTo(image.regexes()).containsEntry("\\bclose\\b", List.of("close"))
                .containsEntry("\\bwithout (a )?timeout\\b", List.of("without "));
        assertThatThrownBy(() -> GradingImage.read(new byte[] {1, 2, 3, 4})).isInstanceOf(IOException.class);
    }

    private static Map<String, List<String>> vocabularyJson() throws IOException {
        try (InputStream in = Vocabulary.class.getResourceAsStream(Vocabulary.RESOURCE)) {
            return new ObjectMapper().readValue(in, new TypeReference<LinkedHashMap<String, List<String>>>() { });
        }
    }

    private static List<KeyPoint> bundledPoints() {
        Pack pack = new Catalog(new PackValidator(c -> Optional.empty())).loadBundled().pack().orElseThrow();
        return pack.exercises().stream().flatMap(GradingImageTest::points).toList();
    }

    private static Stream<KeyPoint> points(Exercise e) {
        return Stream.concat(e.keyPoints().stream(), e.alsoTrue().stream());
    }

    /** A concept or rule as text: a Regex holds a Pattern, which has no equals of its own but prints its source. */
    private static String describe(Object compiled) {
        return String.valueOf(compiled);
    }
}
