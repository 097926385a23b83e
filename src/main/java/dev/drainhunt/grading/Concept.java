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
            pattern = Regex.compile(expression);
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("invalid regular expression: " + e.getDescription(), e);
        }
        for (String probe : new String[] {"", "zq zq"}) {
            java.util.regex.Matcher m = pattern.matcher(probe);
            if (m.find() && m.group().isEmpty()) {
                throw new IllegalArgumentException("regular expression \"" + expression + "\" matches an empty string");
            }
        }
        return new Regex(expression, RequiredLiterals.of(expression), pattern);
    }

    /**
     * A regular expression someone already checked as {@link #regex} does (the build, for the bundled pack's),
     * compiled only when a text holds one of {@code anyOf}, the strings every match of it contains.
     */
    static Regex checkedRegex(String expression, List<String> anyOf) {
        return new Regex(expression, anyOf, null);
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

    /**
     * A pattern searched in the plain (unstemmed) text. A text without any of the strings every match contains
     * ({@link RequiredLiterals}) is not searched, and the pattern is compiled the first time one is: a grading reads
     * every rule of the pack and most never get that far.
     */
    final class Regex implements Concept {
        private final String expression;
        private final List<String> anyOf;
        private volatile Pattern pattern; // compiling twice on a race is harmless: a Pattern is immutable

        private Regex(String expression, List<String> anyOf, Pattern pattern) {
            this.expression = expression;
            this.anyOf = List.copyOf(anyOf);
            this.pattern = pattern;
        }

        private static Pattern compile(String expression) {
            // The plain text is lower case; ignoring case forgives a rule written with capitals.
            return Pattern.compile(expression, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE);
        }

        @Override
        public boolean matches(NormalizedText text) {
            if (!RequiredLiterals.admits(anyOf, text.folded())) {
                return false;
            }
            Pattern compiled = pattern;
            if (compiled == null) {
                compiled = compile(expression);
                pattern = compiled;
            }
            return compiled.matcher(text.plain()).find();
        }

        /** The strings, folded, one of which every match contains; empty when nothing is known. */
        public List<String> anyOf() {
            return anyOf;
        }

        @Override
        public String toString() {
            return "Regex[" + expression + "]";
        }
    }

    /** A vocabulary concept: matches when any of its synonyms does. */
    record Named(String name, List<Concept> synonyms) implements Concept {
        public Named {
            synonyms = List.copyOf(synonyms);
        }

        @Override
        public boolean matches(NormalizedText text) {
            for (Concept synonym : synonyms) {
                if (synonym.matches(text)) {
                    return true;
                }
            }
            return false;
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
