package dev.drainhunt.grading;

import java.util.Collections;
import java.util.List;

/**
 * A diagnosis after normalisation, in the two forms the match rules read.
 *
 * @param plain  lower case, code split into words, every punctuation mark (apostrophes too) a space, single spaces,
 *               misspellings fixed, not stemmed: for {@code re:}
 * @param tokens the words of {@code plain} with contractions expanded, articles dropped and each word stemmed:
 *               for phrases and vocabulary concepts
 */
public record NormalizedText(String plain, List<String> tokens) {

    public NormalizedText {
        tokens = List.copyOf(tokens);
    }

    public boolean isEmpty() {
        return tokens.isEmpty() && plain.isEmpty();
    }

    /** Whether {@code phrase} occurs as a run of whole tokens. */
    public boolean containsPhrase(List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        return Collections.indexOfSubList(tokens, phrase) >= 0;
    }
}
