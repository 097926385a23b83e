package dev.drainhunt.grading;

import dev.drainhunt.exercise.ImageStrings;
import dev.drainhunt.exercise.JarResource;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What grading with the bundled vocabulary and pack starts from, worked out by the build: the vocabulary's phrases,
 * the normalised words of every phrase it and the pack's match rules hold, and their regular expressions, checked. Compiling the rules normalised some
 * 550 phrases (stems, spellings, transpositions) on every {@code check}, about 40 ms; looking them up costs about
 * one. Written by the build ({@code cli.BundledPackImage}) beside the pack's image; without it (a class path
 * without the build's step) the vocabulary's JSON is read and every phrase normalised, as custom packs' are.
 *
 * @param synonyms the bundled vocabulary as {@link Vocabulary#of} merges it (names without their @, each phrase
 *                 once), its phrases as written
 * @param tokens   each phrase as written (stripped) to its {@link Normalizer#tokens}; phrases with no words are left
 *                 out, so compiling them still fails as it should
 * @param regexes  each {@code re:} expression (without the prefix) that compiles as {@link Concept#regex} requires,
 *                 to the strings one of which every match contains ({@link RequiredLiterals}); grading compiles these
 *                 only for a diagnosis that holds one. Expressions that fail are left out, so they fail as they should.
 */
record GradingImage(Map<String, List<String>> synonyms, Map<String, List<String>> tokens,
        Map<String, List<String>> regexes) {

    /** Inside the jar. */
    static final String RESOURCE = "dev/drainhunt/grading/bundled-grading.image";
    private static final int FORMAT = 0x44470003; // "DG", version 3; private to one build

    GradingImage {
        synonyms = Collections.unmodifiableMap(new LinkedHashMap<>(synonyms));
        tokens = Collections.unmodifiableMap(new HashMap<>(tokens));
        regexes = Collections.unmodifiableMap(new HashMap<>(regexes));
    }

    /**
     * The image for {@code vocabulary} and the concepts of some match rules: plain phrases ({@link MatchRule#phrases})
     * and expressions ({@link MatchRule#expressions}).
     */
    static GradingImage of(Map<String, List<String>> vocabulary, Collection<String> rulePhrases,
            Collection<String> ruleExpressions) {
        Set<String> phrases = new LinkedHashSet<>();
        Set<String> expressions = new LinkedHashSet<>(ruleExpressions);
        for (List<String> synonyms : vocabulary.values()) {
            for (String synonym : synonyms) {
                String stripped = synonym.strip();
                if (stripped.startsWith(Concept.REGEX_PREFIX)) {
                    expressions.add(stripped.substring(Concept.REGEX_PREFIX.length()));
                } else {
                    phrases.add(stripped);
                }
            }
        }
        rulePhrases.stream().map(String::strip).forEach(phrases::add);
        Map<String, List<String>> tokens = new HashMap<>();
        for (String phrase : phrases) {
            List<String> words = Normalizer.tokens(phrase);
            if (!words.isEmpty()) {
                tokens.put(phrase, List.copyOf(words));
            }
        }
        Map<String, List<String>> regexes = new HashMap<>();
        for (String expression : expressions) {
            try {
                regexes.put(expression, Concept.regex(expression).anyOf());
            } catch (IllegalArgumentException e) {
                // left out: compiled when graded, it fails there as it should
            }
        }
        return new GradingImage(vocabulary, tokens, regexes);
    }

    /** The bundled image, or empty when this build has none or it cannot be read (the JSON is still there). */
    static Optional<GradingImage> readBundled() {
        try {
            byte[] bytes = JarResource.read(GradingImage.class, RESOURCE);
            return bytes == null ? Optional.empty() : Optional.of(read(bytes));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static GradingImage read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != FORMAT) {
            throw new IOException("not a grading image of this build");
        }
        return new GradingImage(lists(in), lists(in), lists(in));
    }

    void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(FORMAT);
        lists(out, synonyms);
        lists(out, tokens);
        lists(out, regexes);
        out.flush();
    }

    private static void lists(DataOutputStream out, Map<String, List<String>> lists) throws IOException {
        out.writeInt(lists.size());
        for (Map.Entry<String, List<String>> entry : lists.entrySet()) {
            ImageStrings.write(out, entry.getKey());
            out.writeInt(entry.getValue().size());
            for (String item : entry.getValue()) {
                ImageStrings.write(out, item);
            }
        }
    }

    private static Map<String, List<String>> lists(DataInputStream in) throws IOException {
        int count = in.readInt();
        Map<String, List<String>> lists = new LinkedHashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            String key = ImageStrings.read(in);
            int size = in.readInt();
            List<String> items = new ArrayList<>(size);
            for (int j = 0; j < size; j++) {
                items.add(ImageStrings.read(in));
            }
            lists.put(key, List.copyOf(items));
        }
        return lists;
    }
}
