package dev.drainhunt.grading;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Corrects the commonest typing slip, two neighbouring letters swapped ({@code drian}, {@code chekcs},
 * {@code tikcer}), but only towards the words diagnoses of shutdown bugs are graded on, so that a slip in a word
 * that carries the point does not cost the point.
 *
 * <p>A word is changed only when it is not itself a form of a term, one swap of neighbouring letters turns it into
 * a form of exactly one term (same stem), and it is not an English word that merely looks like a term with two
 * letters swapped ({@code lots} / {@code lost}, {@code exist} / {@code exits}): those are listed in
 * {@link #REAL_WORDS}, found by running every word of an English word list through this rule.
 */
final class Transpositions {

    /** Shorter words are left alone: with three letters a swap too often makes another word. */
    static final int MIN_LENGTH = 4;

    /**
     * The terms, in any inflection: what a corrected word's stem must be the stem of. Words of the vocabulary and
     * the match rules that learners write in prose.
     */
    private static final List<String> TERMS = List.of(
            // what blocks, waits, ends
            "wait", "block", "hang", "stuck", "forever", "indefinitely", "return", "exit", "stop", "finish",
            "complete", "never", "always", "nothing", "nobody", "without", "before", "after", "instead", "already",
            "until", "while", "still", "ignore", "check", "respect", "honour", "honor", "watch", "listen", "unused",
            "interrupt", "unbounded", "bounded", "deadline", "timeout", "limit", "grace", "period", "budget",
            // signals, channels, contexts
            "signal", "sigterm", "sigint", "sigkill", "notify", "channel", "buffer", "buffered", "unbuffered",
            "capacity", "receive", "receiver", "context", "cancel", "cancellation", "background", "derived",
            "parent", "select", "default", "close", "closed", "send", "submit", "queue", "panic", "crash",
            // servers, drains, processes
            "drain", "shutdown", "graceful", "server", "handler", "request", "connection", "listener", "process",
            "program", "goroutine", "worker", "deadlock", "itself", "fatal", "defer", "deferred", "cleanup", "flush",
            "database", "reader", "kafka", "commit", "offset", "message", "duplicate", "redeliver", "lost", "dropped",
            "skipped", "order", "first", "last", "early", "ticker", "tick", "interval", "reload", "leak", "loop",
            "range", "iteration", "variable", "capture", "closure", "record", "item", "once", "global", "package",
            "instance", "shared", "race", "mutex", "lock", "counter", "broadcast", "condition", "inflight", "spin",
            "busy", "empty", "waitgroup", "error", "success", "handle", "handled", "processed", "processing");

    private static final Set<String> TERM_STEMS = new HashSet<>();

    static {
        TERMS.forEach(t -> TERM_STEMS.add(Stemmer.stem(t)));
    }

    /**
     * English words one swap away from a term; they are never corrected. Generated from an American English word
     * list: with this set empty, every lower-case word of {@code /usr/share/dict/words} (Debian's wamerican) that
     * {@link #correct} changes. Regenerate it the same way whenever {@link #TERMS} changes.
     */
    static final Set<String> REAL_WORDS = Set.of(
            "arced", "arcing", "buys", "darin", "exist", "handel", "lats", "lots", "waist");

    private Transpositions() {
    }

    /** The word with two neighbouring letters swapped back when that makes it a term, else the word itself. */
    static String correct(String word) {
        if (word.length() < MIN_LENGTH || REAL_WORDS.contains(word)
                || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')
                || TERM_STEMS.contains(Stemmer.stem(word))) {
            return word;
        }
        String found = null;
        String foundStem = null;
        char[] letters = word.toCharArray();
        for (int i = 0; i + 1 < letters.length; i++) {
            if (letters[i] == letters[i + 1]) {
                continue;
            }
            swap(letters, i);
            String candidate = new String(letters);
            swap(letters, i);
            String stem = Stemmer.stem(candidate);
            if (TERM_STEMS.contains(stem)) {
                if (foundStem != null && !foundStem.equals(stem)) {
                    return word; // two terms are one swap away: no way to tell which was meant
                }
                found = candidate;
                foundStem = stem;
            }
        }
        return found == null ? word : found;
    }

    private static void swap(char[] letters, int i) {
        char c = letters[i];
        letters[i] = letters[i + 1];
        letters[i + 1] = c;
    }
}
