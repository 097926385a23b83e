package dev.drainhunt.grading;

import java.util.List;
import java.util.regex.Pattern;

/** One compiled concept of a match rule: something that does or does not appear in a normalised diagnosis. */
public sealed interface Concept permits Concept.Phrase, Concept.Regex, Concept.Named, Concept.Never {

    /** The prefix that marks a concept as a regular expression over the plain normalised text. */
    String REGEX_PREFIX = "re:";
    /** The prefix that marks a concept as a name from the shared vocabulary. */
    String NAME_PREFIX = "@";

    boolean matches(NormalizedText text);

    /**
     * A word or phrase, normalised like a diagnosis and matched as a run of whole tokens.
     *
     * @throws IllegalArgumentException when nothing is left after normalisation, since an empty phrase would match
     *                                  every diagnosis
     */
    static Phrase phrase(String text) {
        List<String> tokens = Normalizer.tokens(text);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("phrase \"" + text + "\" has no words");
        }
        return new Phrase(tokens);
    }

    /**
     * A regular expression for the plain text, searched anywhere in it. The plain text holds one clause a line, so
     * {@code ^} and {@code $} are the start and end of any clause, and neither {@code .} nor a space runs on into the
     * next clause: a pattern reads each clause alike, whatever its place in the diagnosis.
     *
     * @throws IllegalArgumentException when it does not compile, or can match an empty string (it would give
     *                                  credit to any diagnosis)
     */
    static Regex regex(String expression) {
        Pattern pattern;
        try {
            // The plain text is lower case; ignoring case forgives a rule written with capitals.
            pattern = Pattern.compile(expression, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression: " + e.getDescription(), e);
        }
        for (String probe : new String[] {"", "zq zq"}) {
            java.util.regex.Matcher m = pattern.matcher(probe);
            if (m.find() && m.group().isEmpty()) {
                throw new IllegalArgumentException("regular expression \"" + expression + "\" matches an empty string");
            }
        }
        return new Regex(pattern);
    }

    /** Stemmed tokens that must appear next to each other. */
    record Phrase(List<String> tokens) implements Concept {
        public Phrase {
            tokens = List.copyOf(tokens);
        }

        @Override
        public boolean matches(NormalizedText text) {
            return text.containsPhrase(tokens);
        }
    }

    /** A pattern searched in the plain (unstemmed) text. */
    record Regex(Pattern pattern) implements Concept {
        @Override
        public boolean matches(NormalizedText text) {
            return pattern.matcher(text.plain()).find();
        }
    }

    /** A vocabulary concept: matches when any of its synonyms does. */
    record Named(String name, List<Concept> synonyms) implements Concept {
        public Named {
            synonyms = List.copyOf(synonyms);
        }

        @Override
        public boolean matches(NormalizedText text) {
            return synonyms.stream().anyMatch(s -> s.matches(text));
        }
    }

    /** Stands in for a concept that could not be compiled, so that its alternative can never give credit. */
    record Never(String source) implements Concept {
        @Override
        public boolean matches(NormalizedText text) {
            return false;
        }
    }
}
