package dev.drainhunt.grading;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import dev.drainhunt.exercise.KeyPoint;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The shared synonym table behind {@code @name} concepts: each name stands for a list of phrases (or {@code re:}
 * expressions), so one rule covers "timeout", "deadline" and "time limit" in every exercise.
 */
public final class Vocabulary {

    /** Where the bundled vocabulary lives on the class path. */
    public static final String RESOURCE = "/dev/drainhunt/grading/vocabulary.json";
    /** Where the build writes {@link #writeBundledImage}, inside the classes. */
    public static final String IMAGE = GradingImage.RESOURCE;

    private final Map<String, List<String>> synonyms;
    private final Map<String, Concept.Named> concepts;
    /** Phrases the build normalised ({@link GradingImage}); any other phrase is normalised when compiled. */
    private final Map<String, List<String>> normalised;
    /** Expressions the build checked, to the strings their matches hold ({@link GradingImage}); others are checked. */
    private final Map<String, List<String>> checked;
    /**
     * Each {@code re:} expression compiled once: a fifth of the bundled pack's 280 are repeats, and compiling them
     * is most of compiling the rules. Patterns are immutable; the map is concurrent, for a warm-up thread.
     */
    private final Map<String, Concept.Regex> regexes = new ConcurrentHashMap<>();

    private Vocabulary(Map<String, List<String>> synonyms, Map<String, List<String>> normalised,
            Map<String, List<String>> checked) {
        this.normalised = normalised;
        this.checked = checked;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        Map<String, Concept.Named> compiled = new LinkedHashMap<>();
        synonyms.forEach((name, phrases) -> {
            copy.put(name, List.copyOf(phrases));
            compiled.put(name, compile(name, phrases));
        });
        this.synonyms = Collections.unmodifiableMap(copy);
        this.concepts = Collections.unmodifiableMap(compiled);
    }

    /** The vocabulary shipped with drainhunt, loaded once. */
    public static Vocabulary bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * A vocabulary from concept names (with or without a leading {@code @}) to phrases.
     *
     * @throws IllegalArgumentException naming the concept and phrase when a name is not kebab-case, a concept has
     *                                  no phrases, a phrase has no words or a {@code re:} does not compile
     */
    public static Vocabulary of(Map<String, List<String>> synonyms) {
        return new Vocabulary(merged(Map.of(), synonyms), Map.of(), Map.of());
    }

    /**
     * This vocabulary extended by a pack's own: phrases of a known name are added to it, new names are new concepts.
     *
     * @throws IllegalArgumentException as {@link #of(Map)}
     */
    public Vocabulary merge(Map<String, List<String>> extra) {
        return new Vocabulary(merged(synonyms, extra), normalised, checked);
    }

    /**
     * A phrase concept: its words as the build normalised them when it did, else normalised now.
     *
     * @throws IllegalArgumentException as {@link Concept#phrase}
     */
    Concept.Phrase phrase(String text) {
        List<String> tokens = normalised.get(text);
        return tokens != null ? new Concept.Phrase(tokens) : Concept.phrase(text);
    }

    /**
     * A regular-expression concept, made the first time this vocabulary meets the expression: checked and compiled
     * then, unless the build checked it, which leaves compiling to the first text that may match.
     *
     * @throws IllegalArgumentException as {@link Concept#regex}, every time (a failure is not kept)
     */
    Concept.Regex regex(String expression) {
        Concept.Regex known = regexes.get(expression);
        if (known != null) {
            return known;
        }
        List<String> anyOf = checked.get(expression);
        Concept.Regex made = anyOf != null ? Concept.checkedRegex(expression, anyOf) : Concept.regex(expression);
        Concept.Regex raced = regexes.putIfAbsent(expression, made);
        return raced != null ? raced : made;
    }

    /**
     * For the build: writes the {@link GradingImage} of the bundled vocabulary (read from its JSON, never from an
     * image, and merged as {@link #of} merges it, so a bad name fails the build) and of the phrases in
     * {@code keyPoints}' match rules.
     */
    public static void writeBundledImage(Collection<KeyPoint> keyPoints, OutputStream out) throws IOException {
        GradingImage.of(merged(Map.of(), readJson()),
                keyPoints.stream().flatMap(k -> MatchRule.phrases(k).stream()).toList(),
                keyPoints.stream().flatMap(k -> MatchRule.expressions(k).stream()).toList()).write(out);
    }

    private static Map<String, List<String>> merged(Map<String, List<String>> base, Map<String, List<String>> extra) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        base.forEach((name, phrases) -> result.put(name, new ArrayList<>(phrases)));
        extra.forEach((rawName, phrases) -> {
            String name = nameOf(rawName);
            if (phrases == null || phrases.isEmpty()) {
                throw new IllegalArgumentException("vocabulary concept @" + name + " has no phrases");
            }
            List<String> list = result.computeIfAbsent(name, n -> new ArrayList<>());
            phrases.stream().filter(p -> !list.contains(p)).forEach(list::add);
        });
        return result;
    }

    private static String nameOf(String rawName) {
        String name = rawName == null ? "" : rawName.strip();
        name = name.startsWith(Concept.NAME_PREFIX) ? name.substring(1) : name;
        if (!KebabCase.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "vocabulary concept name \"" + rawName + "\" is not kebab-case (like no-timeout)");
        }
        return name;
    }

    private Concept.Named compile(String name, List<String> phrases) {
        List<Concept> compiled = new ArrayList<>();
        for (String phrase : phrases) {
            String p = phrase == null ? "" : phrase.strip();
            try {
                // Synonyms are phrases or re: expressions; @names inside a vocabulary would need cycle checks.
                compiled.add(p.startsWith(Concept.REGEX_PREFIX)
                        ? regex(p.substring(Concept.REGEX_PREFIX.length()))
                        : phrase(p));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("vocabulary concept @" + name + ": " + e.getMessage(), e);
            }
        }
        return new Concept.Named(name, compiled);
    }

    /** The compiled concept for a name, given without the {@code @}. */
    public Optional<Concept.Named> concept(String name) {
        return Optional.ofNullable(concepts.get(name.toLowerCase(Locale.ROOT)));
    }

    public boolean contains(String name) {
        return concepts.containsKey(name.toLowerCase(Locale.ROOT));
    }

    public Set<String> names() {
        return concepts.keySet();
    }

    /** The phrases of a concept as written in the vocabulary (before normalisation). */
    public List<String> synonyms(String name) {
        return synonyms.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * The form of a concept's name, compiled when a name is first checked: the bundled image's names were checked
     * by the build, so a {@code check} of the bundled pack never compiles it.
     */
    private static final class KebabCase {
        static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    }

    /** Loads lazily so that commands that never grade never read it; from the build's image when there is one. */
    private static final class Bundled {
        // The image's synonyms were merged (names checked, phrases once) by the build: only compiled here.
        static final Vocabulary INSTANCE = GradingImage.readBundled()
                .map(image -> new Vocabulary(image.synonyms(), image.tokens(), image.regexes()))
                .orElseGet(() -> of(readJson()));
    }

    private static Map<String, List<String>> readJson() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return readSynonyms(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** {@code {"name": ["phrase", …], …}}, read with the streaming parser: no ObjectMapper to start for one map. */
    private static Map<String, List<String>> readSynonyms(InputStream in) throws IOException {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        try (JsonParser p = new JsonFactory().createParser(in)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT);
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String name = p.currentName();
                expect(p, p.nextToken(), JsonToken.START_ARRAY);
                List<String> phrases = new ArrayList<>();
                for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
                    expect(p, item, JsonToken.VALUE_STRING);
                    phrases.add(p.getText());
                }
                raw.put(name, phrases);
            }
        }
        return raw;
    }

    private static void expect(JsonParser p, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new JsonParseException(p, "expected " + expected + " but found " + actual);
        }
    }
}
