package dev.drainhunt.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a diagnosis into clauses and sets aside those that deny a problem ("Close() is fine here", "no need for a
 * deadline", "there's no deadlock"): a clause that says something is not a bug names no key point, however many of
 * the key point's words it uses.
 */
public final class Denials {

    // Sentence ends (not the dots of srv.Close), line breaks, and the conjunctions that turn an argument around.
    // "instead of" and "rather than" compare two things inside one statement ("Close instead of Shutdown"): cut
    // there, each half would be half a finding.
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[.;!?]+(?=\\s|$)|\\n+"
                    + "|\\s+(?=(?:but|however|although|though|whereas|yet|instead(?! of)|rather(?! than))\\b)"
                    + "|,\\s*(?=(?:but|however|although|though|whereas)\\b)");
    private static final String SUBJECT_VERB = "(?:is|are|was|were|looks|seems|'s|be|stays|remains)";
    private static final String FINE = "(?:perfectly |totally |completely |actually |absolutely |also |still )?"
            + "(?:fine|ok|okay|harmless|safe|correct|intended|deliberate|right|the right (?:call|thing|choice|move)|not (?:a|an|the|really a|really the) "
            + "(?:real )?(?:problem|issue|bug|concern|mistake)|not (?:a )?(?:problem|an issue|a bug))";
    private static final Pattern DENIAL = Pattern.compile(String.join("|",
            "\\b" + SUBJECT_VERB + " " + FINE + "\\b",
            "\\b(?:there'?s|there is|there are|with|has|have|poses?) no (?:[\\w-]+ ){0,2}"
                    + "(?:problem|issue|bug|deadlock|panic|race|leak|risk|danger|need|reason|harm|concern)\\b",
            "\\bno (?:[\\w-]+ ){1,2}(?:is |are )?(?:needed|necessary|required)\\b",
            "\\bno (?:need|reason|risk|danger) (?:to|for|of)\\b",
            "\\b(?:doesn'?t|does not|don'?t|do not|didn'?t) (?:matter|need (?:to|a|an|any))\\b",
            "\\b(?:can'?t|cannot|can not|won'?t|will not|couldn'?t|could not) (?:ever )?"
                    + "(?:block|deadlock|panic|leak|hang|race|be lost|lose)\\b",
            "\\b(?:not needed|unnecessary|not necessary|nothing (?:is )?wrong|nothing to (?:change|fix))\\b",
            "\\b(?:is|are) exactly (?:right|what)\\b",
            "\\bwould be (?:the|a) mistake\\b",
            // Close recommended over Shutdown is the opposite of the finding, whatever words it shares with it.
            "\\binstead of (?:srv\\.|server\\.|the server'?s )?shutdown(?:\\(\\w*\\))?,? (?:just )?(?:use|call|keep)\\b",
            "\\b(?:use|call|keep) (?:srv\\.|server\\.)?close(?:\\(\\))? instead\\b"));

    // A clause that says what to do ("use Shutdown with a timeout") proposes a fix; it asserts nothing about the code.
    private static final Pattern ADVICE = Pattern.compile(
            "^(?:[-*>\\s]*)(?:use|should|swap|replace|switch|call|add|pass|give|wrap|make|build|prefer|derive|"
                    + "change|move|bound|select|guard|consider|try)\\b"
                    + "|\\b(?:should|needs? to|must|instead of|rather than|replace \\w+ with|swap \\w+ for|switch to|"
                    + "would be better|better to|you want|we want|let'?s)\\b");

    private Denials() {
    }

    /** Whether a clause proposes a change rather than describing what the code does. */
    public static boolean advises(String clause) {
        return ADVICE.matcher(clause.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).find();
    }

    /** The clauses of a diagnosis, in order. */
    public static List<String> clauses(String text) {
        List<String> out = new ArrayList<>();
        for (String part : CLAUSE_BREAK.split(maskCode(text))) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    /** Code in backticks is one unit: its semicolons and dots end no clause. */
    private static String maskCode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inCode = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                inCode = !inCode;
            }
            out.append(inCode && (c == ';' || c == '.' || c == '\n') ? ' ' : c);
        }
        return out.toString();
    }

    /** Whether a clause says that something is not a problem. */
    public static boolean denies(String clause) {
        String t = clause.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return DENIAL.matcher(t).find();
    }

    /** The clauses of the diagnosis that deny nothing: what it asserts, in order. */
    public static List<String> assertedClauses(String text) {
        List<String> asserted = new ArrayList<>(); // a loop: run once a check, a lambda would be linked for it
        for (String clause : clauses(text)) {
            if (!denies(clause)) {
                asserted.add(clause);
            }
        }
        return List.copyOf(asserted);
    }
}
