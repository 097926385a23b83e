package dev.drainhunt.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a diagnosis, or a phrase of a match rule, into comparable words: code split into words, lower case,
 * shorthand spelled out ({@code w/o}), punctuation gone, common misspellings and swapped letters in the terms that
 * matter fixed (see {@link Transpositions}), inflections stemmed.
 */
public final class Normalizer {

    // Phones and word processors type curly quotes, some keyboards an acute accent; all mean the ASCII apostrophe.
    // Backticks are left out: they quote code ("`srv.Close()`") and must stay a word break.
    private static final Pattern CURLY_APOSTROPHE = Pattern.compile("[\u2018\u2019\u02bc\u00b4]");
    // For tokens, an apostrophe inside a word goes without a trace (doesn't -> doesnt, server's -> servers), so
    // contractions can be expanded and possessives stemmed; the plain text keeps it as a space like any punctuation.
    private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");
    // Code identifiers: NotifyContext -> Notify Context, HTTPServer -> HTTP Server; SIGTERM stays whole.
    private static final Pattern CAMEL_LOWER_UPPER = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");
    private static final Pattern CAMEL_ACRONYM_WORD = Pattern.compile("(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    // Note-taking shorthand: "w/o buffer" is "without buffer", "w/ cap 0" is "with cap 0", "b/c" is "because".
    private static final Pattern WITHOUT = Pattern.compile("(?<![\\p{L}\\p{N}/])w/o(?:ut)?(?![\\p{L}\\p{N}/])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH = Pattern.compile("(?<![\\p{L}\\p{N}/])w/(?=\\s)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BECAUSE = Pattern.compile("(?<![\\p{L}\\p{N}/])b/c(?![\\p{L}\\p{N}/])",
            Pattern.CASE_INSENSITIVE);

    /**
     * Misspellings seen in learners' writing and British spellings, mapped to one form. Whole words only, so
     * this never changes a correctly spelled word; applied to the plain text too, so {@code re:} rules see it.
     */
    private static final Map<String, String> SPELLING = Map.ofEntries(
            Map.entry("deadlin", "deadline"),
            Map.entry("dedline", "deadline"),
            Map.entry("deadine", "deadline"),
            Map.entry("deadlne", "deadline"),
            Map.entry("timout", "timeout"),
            Map.entry("timeot", "timeout"),
            Map.entry("tiemout", "timeout"),
            Map.entry("timeuot", "timeout"),
            Map.entry("recieve", "receive"),
            Map.entry("recieves", "receives"),
            Map.entry("recieved", "received"),
            Map.entry("recive", "receive"),
            Map.entry("gorutine", "goroutine"),
            Map.entry("gorutines", "goroutines"),
            Map.entry("gorotine", "goroutine"),
            Map.entry("goroutin", "goroutine"),
            Map.entry("gouroutine", "goroutine"),
            Map.entry("goruotine", "goroutine"),
            Map.entry("goroutnie", "goroutine"),
            Map.entry("cancle", "cancel"),
            Map.entry("cancled", "cancelled"),
            Map.entry("canel", "cancel"),
            Map.entry("cancelation", "cancellation"),
            Map.entry("contex", "context"),
            Map.entry("contxt", "context"),
            Map.entry("conext", "context"),
            Map.entry("shutdwon", "shutdown"),
            Map.entry("shudown", "shutdown"),
            Map.entry("shtudown", "shutdown"),
            Map.entry("shutdonw", "shutdown"),
            Map.entry("singal", "signal"),
            Map.entry("sginal", "signal"),
            Map.entry("signl", "signal"),
            Map.entry("chanel", "channel"),
            Map.entry("channle", "channel"),
            Map.entry("buffred", "buffered"),
            Map.entry("bufferd", "buffered"),
            Map.entry("bufered", "buffered"),
            Map.entry("unbufferd", "unbuffered"),
            Map.entry("unbuffred", "unbuffered"),
            Map.entry("unbufered", "unbuffered"),
            Map.entry("dealock", "deadlock"),
            Map.entry("dedlock", "deadlock"),
            Map.entry("deadlok", "deadlock"),
            Map.entry("deadlcok", "deadlock"),
            Map.entry("panick", "panic"),
            Map.entry("forver", "forever"),
            Map.entry("forevr", "forever"),
            Map.entry("indefinetly", "indefinitely"),
            Map.entry("indefinately", "indefinitely"),
            Map.entry("indefinitly", "indefinitely"),
            Map.entry("infinte", "infinite"),
            Map.entry("inifinite", "infinite"),
            Map.entry("concurently", "concurrently"),
            Map.entry("comit", "commit"),
            Map.entry("commited", "committed"),
            Map.entry("comitted", "committed"),
            Map.entry("commiting", "committing"),
            Map.entry("comitting", "committing"),
            Map.entry("databse", "database"),
            Map.entry("datbase", "database"),
            Map.entry("instad", "instead"),
            Map.entry("insted", "instead"),
            Map.entry("stoped", "stopped"),
            Map.entry("stoping", "stopping"),
            Map.entry("skiped", "skipped"),
            Map.entry("droped", "dropped"),
            Map.entry("offest", "offset"),
            Map.entry("acknowlege", "acknowledge"),
            Map.entry("acknowledgement", "acknowledge"),
            Map.entry("acknowledgment", "acknowledge"),
            Map.entry("immediatly", "immediately"),
            Map.entry("befor", "before"),
            Map.entry("witout", "without"),
            Map.entry("whitout", "without"),
            Map.entry("wihtout", "without"),
            Map.entry("withot", "without"),
            Map.entry("waitgorup", "waitgroup"),
            Map.entry("gracefull", "graceful"),
            Map.entry("synchronise", "synchronize"),
            Map.entry("synchronised", "synchronized"),
            Map.entry("synchronisation", "synchronization"),
            Map.entry("unsynchronised", "unsynchronized"),
            Map.entry("behaviour", "behavior"));

    /** Contractions read as their parts, so "doesn't have a timeout" and "does not have a timeout" meet. */
    private static final Map<String, List<String>> CONTRACTIONS = Map.ofEntries(
            Map.entry("dont", List.of("do", "not")),
            Map.entry("doesnt", List.of("does", "not")),
            Map.entry("didnt", List.of("did", "not")),
            Map.entry("isnt", List.of("is", "not")),
            Map.entry("arent", List.of("are", "not")),
            Map.entry("wasnt", List.of("was", "not")),
            Map.entry("werent", List.of("were", "not")),
            Map.entry("cant", List.of("can", "not")),
            Map.entry("cannot", List.of("can", "not")),
            Map.entry("couldnt", List.of("could", "not")),
            Map.entry("wont", List.of("will", "not")),
            Map.entry("wouldnt", List.of("would", "not")),
            Map.entry("shouldnt", List.of("should", "not")),
            Map.entry("hasnt", List.of("has", "not")),
            Map.entry("havent", List.of("have", "not")),
            Map.entry("hadnt", List.of("had", "not")),
            Map.entry("aint", List.of("is", "not")));

    /** Words dropped from tokens so that phrases need not list "without a timeout" and "without any timeout". */
    private static final Set<String> FILLERS = Set.of("a", "an", "the", "any");

    private Normalizer() {
    }

    /** A text read as one clause: a phrase or a pattern may run across all of it. */
    public static NormalizedText normalize(String text) {
        return normalize(List.of(text == null ? "" : text));
    }

    /**
     * A diagnosis split into clauses ({@link Denials#clauses}): each clause is a line of the plain text and a token
     * list of its own, so a rule reads every clause alike whichever comes first. Clauses with no words are dropped.
     */
    public static NormalizedText normalize(List<String> clauses) {
        List<String> plains = new ArrayList<>();
        List<List<String>> tokens = new ArrayList<>();
        for (String clause : clauses) {
            String plain = plain(clause);
            if (!plain.isEmpty()) {
                plains.add(plain);
                tokens.add(tokens(clause));
            }
        }
        return new NormalizedText(String.join("\n", plains), tokens);
    }

    /**
     * The plain form {@code re:} rules are applied to: not stemmed, every punctuation mark (the apostrophe too:
     * {@code doesn't} -> {@code doesn t}) a space.
     */
    public static String plain(String text) {
        return words(text, false);
    }

    /** The stemmed words phrases and vocabulary concepts are matched against. */
    public static List<String> tokens(String text) {
        String words = words(text, true);
        List<String> tokens = new ArrayList<>();
        if (words.isEmpty()) {
            return tokens;
        }
        for (String word : words.split(" ")) {
            for (String part : CONTRACTIONS.getOrDefault(word, List.of(word))) {
                if (!FILLERS.contains(part)) {
                    tokens.add(Stemmer.stem(part));
                }
            }
        }
        return tokens;
    }

    private static String words(String text, boolean joinApostrophes) {
        if (text == null) {
            return "";
        }
        String s = CURLY_APOSTROPHE.matcher(text).replaceAll("'");
        s = WITHOUT.matcher(s).replaceAll(" without ");
        s = WITH.matcher(s).replaceAll(" with ");
        s = BECAUSE.matcher(s).replaceAll(" because ");
        if (joinApostrophes) {
            s = INNER_APOSTROPHE.matcher(s).replaceAll("");
        }
        s = CAMEL_LOWER_UPPER.matcher(s).replaceAll(" ");
        s = CAMEL_ACRONYM_WORD.matcher(s).replaceAll(" ");
        s = NOT_A_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (String word : s.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            String fixed = SPELLING.get(word);
            out.append(fixed != null ? fixed : Transpositions.correct(word));
        }
        return out.toString();
    }
}
