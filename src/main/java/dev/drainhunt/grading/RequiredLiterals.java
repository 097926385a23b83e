package dev.drainhunt.grading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What every match of a {@code re:} concept must contain: strings one of which is in any text the expression finds
 * something in. A diagnosis without "cancel", "ctx" or "context" cannot match {@code \b(cancel\w*|ctx|context)\b},
 * so grading need not compile or run that pattern for it: the false-claim check reads every rule of the pack, and
 * most of its 230 patterns are thus never compiled (RE2's prefilter idea, for the subset rules are written in).
 *
 * <p>Sound, not complete: a construct the analysis does not read as text (a class, {@code .}, {@code \w}, an
 * optional part) adds no string, and an expression outside the subset it parses (inline flags, back references,
 * escapes such as {@code \x41} or {@code \Q}) has no condition at all. Only ASCII pattern characters count as text.
 * The strings are {@link #fold folded} as {@link java.util.regex.Pattern#CASE_INSENSITIVE} with
 * {@link java.util.regex.Pattern#UNICODE_CASE} compares characters, and are looked for in a text folded alike.
 */
final class RequiredLiterals {

    private final String expression;
    private int at;

    private RequiredLiterals(String expression) {
        this.expression = expression;
    }

    /**
     * The strings, folded, one of which every match of {@code expression} contains; empty when the analysis finds
     * none (any text may match). For an expression that compiles: of one that does not, the result means nothing.
     */
    static List<String> of(String expression) {
        RequiredLiterals parser = new RequiredLiterals(expression);
        try {
            Need need = parser.alternation();
            if (parser.at != expression.length()) {
                return List.of(); // a ')' without its '(': not an expression of the subset
            }
            return need.anyOf() == null ? List.of() : need.anyOf();
        } catch (Unsupported e) {
            return List.of();
        }
    }

    /** Whether {@code folded} (a {@link #fold}ed text) contains one of {@code anyOf}; true when that is empty. */
    static boolean admits(List<String> anyOf, String folded) {
        if (anyOf.isEmpty()) {
            return true;
        }
        for (String literal : anyOf) {
            if (folded.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code text} with each character as a case-insensitive, Unicode-case pattern compares it: lower case of its
     * upper case ("ı" and "I" are "i", the Kelvin sign "k").
     */
    static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int folded = Character.toLowerCase(Character.toUpperCase(cp));
            if (folded != cp && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(folded);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    /**
     * What the matches of a part of the expression hold.
     *
     * @param anyOf strings one of which every match contains; null when there is no such condition
     * @param exact the one string every match is, when it is fixed ("" for an assertion such as {@code \b}); else null
     */
    private record Need(List<String> anyOf, String exact) {
        static final Need UNKNOWN = new Need(null, null);
        static final Need ZERO_WIDTH = new Need(null, "");

        static Need text(String s) {
            return new Need(List.of(s), s);
        }
    }

    /** Thrown when the expression leaves the subset this reads: then it has no condition at all. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private Need alternation() {
        List<Need> branches = new ArrayList<>();
        branches.add(sequence());
        while (peek('|')) {
            at++;
            branches.add(sequence());
        }
        if (branches.size() == 1) {
            return branches.get(0);
        }
        // A match is a match of one branch: it holds one of the strings of that branch, so of their union.
        Set<String> union = new LinkedHashSet<>();
        for (Need branch : branches) {
            if (branch.anyOf() == null) {
                return Need.UNKNOWN;
            }
            union.addAll(branch.anyOf());
        }
        return new Need(withoutLongerForms(union), null);
    }

    private Need sequence() {
        List<List<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        StringBuilder whole = new StringBuilder();
        boolean fixed = true;
        while (at < expression.length() && !peek('|') && !peek(')')) {
            Need part = quantified();
            if (part.exact() != null) {
                // Fixed parts next to each other are one string in every match: "time" "out" is "timeout".
                run.append(part.exact());
                whole.append(part.exact());
                continue;
            }
            fixed = false;
            addRun(candidates, run);
            if (part.anyOf() != null) {
                candidates.add(part.anyOf());
            }
        }
        addRun(candidates, run);
        // Every candidate holds for every match; the one whose shortest string is longest rules out the most text.
        List<String> best = null;
        for (List<String> candidate : candidates) {
            if (best == null || shortest(candidate) > shortest(best)
                    || shortest(candidate) == shortest(best) && candidate.size() < best.size()) {
                best = candidate;
            }
        }
        return new Need(best, fixed ? whole.toString() : null);
    }

    private static void addRun(List<List<String>> candidates, StringBuilder run) {
        if (run.length() > 0) {
            candidates.add(List.of(run.toString()));
            run.setLength(0);
        }
    }

    private Need quantified() {
        Need atom = atom();
        if (at >= expression.length()) {
            return atom;
        }
        int min;
        int max;
        char c = expression.charAt(at);
        if (c == '*' || c == '?') {
            min = 0;
            max = -1;
            at++;
        } else if (c == '+') {
            min = 1;
            max = -1;
            at++;
        } else if (c == '{') {
            at++;
            min = number();
            max = min;
            if (peek(',')) {
                at++;
                max = peek('}') ? -1 : number();
            }
            expect('}');
        } else {
            return atom;
        }
        if (peek('?') || peek('+')) {
            at++; // lazy or possessive: the same matches, found in another order
        }
        if (at < expression.length() && "*+?{".indexOf(expression.charAt(at)) >= 0) {
            throw new Unsupported();
        }
        if (min == 0) {
            return Need.UNKNOWN; // it may match nothing at all
        }
        String exact = atom.exact() != null && max == min ? atom.exact().repeat(min) : null;
        return new Need(atom.anyOf(), exact);
    }

    private Need atom() {
        char c = expression.charAt(at++);
        switch (c) {
            case '(':
                return group();
            case '[':
                skipClass();
                return Need.UNKNOWN;
            case '.':
                return Need.UNKNOWN;
            case '^':
            case '$':
                return Need.ZERO_WIDTH;
            case '\\':
                return escape();
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Unsupported();
            default:
                if (Character.isSurrogate(c) || c >= 0x80) {
                    return Need.UNKNOWN; // one character, but not one this compares as text
                }
                return Need.text(String.valueOf(Character.toLowerCase(c)));
        }
    }

    private Need group() {
        boolean zeroWidth = false;
        if (peek('?')) {
            at++;
            char kind = next();
            if (kind == '=' || kind == '!') {
                zeroWidth = true;
            } else if (kind == '<' && (peek('=') || peek('!'))) {
                at++;
                zeroWidth = true;
            } else if (kind == '<') {
                while (at < expression.length() && Character.isLetterOrDigit(expression.charAt(at))) {
                    at++;
                }
                expect('>');
            } else if (kind != ':' && kind != '>') {
                throw new Unsupported(); // inline flags change how the rest reads
            }
        }
        Need inner = alternation();
        expect(')');
        return zeroWidth ? Need.ZERO_WIDTH : inner;
    }

    private Need escape() {
        char c = next();
        if ("bBAzZG".indexOf(c) >= 0) {
            return Need.ZERO_WIDTH;
        }
        if ("wWdDsShHvVRX".indexOf(c) >= 0) {
            return Need.UNKNOWN;
        }
        if (c == 'p' || c == 'P') {
            if (peek('{')) {
                while (next() != '}') {
                    // the property's name
                }
            } else {
                next();
            }
            return Need.UNKNOWN;
        }
        if (c < 0x80 && !Character.isLetterOrDigit(c)) {
            return Need.text(String.valueOf(c)); // an escaped mark stands for itself
        }
        throw new Unsupported(); // \t, \x41, \u0041, \Q…\E, \1, \k<name>: not worth reading
    }

    private void skipClass() {
        int depth = 1;
        if (peek('^')) {
            at++;
        }
        if (peek(']')) {
            throw new Unsupported(); // "[]…" reads differently across engines; none of ours starts so
        }
        while (depth > 0) {
            char c = next();
            if (c == '\\') {
                char escaped = next();
                if ((escaped == 'p' || escaped == 'P') && peek('{')) {
                    while (next() != '}') {
                        // the property's name
                    }
                }
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }

    private int number() {
        int start = at;
        while (at < expression.length() && Character.isDigit(expression.charAt(at))) {
            at++;
        }
        if (at == start || at - start > 6) {
            throw new Unsupported();
        }
        return Integer.parseInt(expression, start, at, 10);
    }

    private boolean peek(char c) {
        return at < expression.length() && expression.charAt(at) == c;
    }

    private char next() {
        if (at >= expression.length()) {
            throw new Unsupported();
        }
        return expression.charAt(at++);
    }

    private void expect(char c) {
        if (next() != c) {
            throw new Unsupported();
        }
    }

    private static int shortest(List<String> strings) {
        int min = Integer.MAX_VALUE;
        for (String s : strings) {
            min = Math.min(min, s.length());
        }
        return min;
    }

    /** A text holding "cancelled" holds "cancel": of two strings where one contains the other, the shorter does. */
    private static List<String> withoutLongerForms(Set<String> strings) {
        List<String> kept = new ArrayList<>();
        for (String s : strings) {
            boolean implied = false;
            for (String other : strings) {
                if (!other.equals(s) && s.contains(other)) {
                    implied = true;
                    break;
                }
            }
            if (!implied) {
                kept.add(s);
            }
        }
        return List.copyOf(kept);
    }
}
