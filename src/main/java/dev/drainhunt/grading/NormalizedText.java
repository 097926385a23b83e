package dev.drainhunt.grading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A diagnosis after normalisation, clause by clause, in the two forms the match rules read. Clauses stay apart so
 * that what a rule finds cannot depend on the order they were written in: no phrase or pattern reads the end of one
 * clause and the start of the next as one run of words.
 *
 * @param plain   the clauses one a line, each lower case, code split into words, every punctuation mark (apostrophes
 *                too) a space, single spaces, misspellings fixed, not stemmed: for {@code re:}
 * @param clauses the words of each clause with contractions expanded, articles dropped and each word stemmed: for
 *                phrases and vocabulary concepts
 * @param folded  the plain text case-folded as a case-insensitive pattern compares it, for the strings a pattern's
 *                matches must contain ({@link RequiredLiterals})
 */
public record NormalizedText(String plain, List<List<String>> clauses, String folded) {

    public NormalizedText {
        // Loops, not streams, in this record: a check makes a few and grades once, so a lambda would be linked
        // (on JDK 17 some 0.2 ms of the main thread each) to run a handful of times.
        List<List<String>> copies = new ArrayList<>(clauses.size());
        for (List<String> clause : clauses) {
            copies.add(List.copyOf(clause));
        }
        clauses = List.copyOf(copies);
    }

    public NormalizedText(String plain, List<List<String>> clauses) {
        this(plain, clauses, RequiredLiterals.fold(plain));
    }

    public boolean isEmpty() {
        for (List<String> clause : clauses) {
            if (!clause.isEmpty()) {
                return false;
            }
        }
        return plain.isEmpty();
    }

    /** Whether {@code phrase} occurs as a run of whole tokens inside one clause. */
    public boolean containsPhrase(List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (List<String> tokens : clauses) {
            if (Collections.indexOfSubList(tokens, phrase) >= 0) {
                return true;
            }
        }
        return false;
    }
}
