package dev.drainhunt.grading;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line numbers an answer points at: either the whole answer is a list of lines ({@code 12}, {@code L12},
 * {@code lines 12,14}, {@code 12-14}) or lines are referenced inside free text ("the bug is on line 12").
 *
 * @param lines     1-based, ascending, distinct
 * @param linesOnly whether the answer is nothing but line numbers
 */
public record LinePick(List<Integer> lines, boolean linesOnly) {

    /** Larger numbers are not line numbers of a snippet; the cap also bounds range expansion. */
    public static final int MAX_LINE = 9999;

    private static final String NUMBER = "(\\d{1,4})(?!\\d)";
    private static final String RANGE_DASH = "\\s*(?:-|\u2013|\u2014|\\.\\.|\\bto\\b)\\s*";

    // Lines-only answers: keywords and separators are dropped, then every word must be a line or a range.
    private static final Pattern LIST_NOISE = Pattern.compile("[,;:&+#]|\\band\\b|\\blines?\\b|\\bln\\b|\\bl\\b");
    private static final Pattern RANGE_JOIN = Pattern.compile("(\\d)" + RANGE_DASH + "(?=l?\\d)");
    private static final Pattern ITEM = Pattern.compile("l?" + NUMBER + "(?:-l?" + NUMBER + ")?");

    // Units after a number mean a quantity ("line 12, 25 seconds", "25*time.Second", "1.5"), not a line; a full
    // stop ending the sentence ("on line 12. Then") does not.
    private static final String NOT_A_QUANTITY =
            "(?!\\s*(?:\\*|%|\\.\\d|ms\\b|s\\b|secs?\\b|seconds?\\b|minutes?\\b|mins?\\b|times\\b|x\\b|workers?\\b"
                    + "|goroutines?\\b|messages?\\b|items?\\b|requests?\\b|jobs?\\b))";
    // In free text a number counts only after "line", "lines", "ln" or "L" ("L12"), or before "line" ("14th line").
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(?:lines?|ln|l)\\s*#?\\s*" + NUMBER + "(?:" + RANGE_DASH + "l?" + NUMBER + ")?" + NOT_A_QUANTITY,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MORE = Pattern.compile(
            "\\s*(?:,|&|\\band\\b|,\\s*and\\b)\\s*(?:lines?\\s*|l\\s*)?" + NUMBER
                    + "(?:" + RANGE_DASH + "l?" + NUMBER + ")?" + NOT_A_QUANTITY,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ORDINAL = Pattern.compile(
            "\\b" + NUMBER + "(?:st|nd|rd|th)\\s+line\\b", Pattern.CASE_INSENSITIVE);

    public LinePick {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public static LinePick parse(String answer) {
        if (answer == null || answer.isBlank()) {
            return new LinePick(List.of(), false);
        }
        List<Integer> only = linesOnly(answer);
        if (only != null) {
            return new LinePick(only, true);
        }
        return new LinePick(references(answer), false);
    }

    /** The lines of an answer made only of line numbers, or null when anything else is in it. */
    private static List<Integer> linesOnly(String answer) {
        String s = answer.strip().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "");
        s = RANGE_JOIN.matcher(s).replaceAll("$1-");
        s = LIST_NOISE.matcher(s).replaceAll(" ").strip();
        if (s.isEmpty()) {
            return null;
        }
        TreeSet<Integer> lines = new TreeSet<>();
        for (String word : s.split("\\s+")) {
            Matcher m = ITEM.matcher(word);
            if (!m.matches() || !addRange(lines, m.group(1), m.group(2))) {
                return null;
            }
        }
        return List.copyOf(lines);
    }

    private static List<Integer> references(String text) {
        TreeSet<Integer> lines = new TreeSet<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            addRange(lines, m.group(1), m.group(2));
            // "lines 12, 14 and 16": each further number must follow the previous one directly.
            Matcher more = MORE.matcher(text).useTransparentBounds(true);
            for (int end = m.end(); more.region(end, text.length()).lookingAt(); end = more.end()) {
                addRange(lines, more.group(1), more.group(2));
            }
        }
        Matcher ordinal = ORDINAL.matcher(text);
        while (ordinal.find()) {
            addRange(lines, ordinal.group(1), null);
        }
        return List.copyOf(lines);
    }

    /** Adds a line or an inclusive range (either way round); false when a number cannot be a line. */
    private static boolean addRange(TreeSet<Integer> lines, String from, String to) {
        int a = Integer.parseInt(from);
        int b = to == null ? a : Integer.parseInt(to);
        if (Math.min(a, b) < 1 || Math.max(a, b) > MAX_LINE) {
            return false;
        }
        for (int i = Math.min(a, b); i <= Math.max(a, b); i++) {
            lines.add(i);
        }
        return true;
    }
}
