package dev.drainhunt.render;

import dev.drainhunt.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** What the learner found on an exercise, in a line or two right above the rating prompt. */
public final class Recap {

    private Recap() {
    }

    /**
     * One or two lines right above the rating prompt, recapping what the learner found: after a long reveal the
     * verdict has scrolled away, and the rating should be made looking at it.
     *
     * @param found the key points named during this visit, by name (their ids read as words)
     * @param missed the key points not named
     * @param answers answers graded during this visit
     * @param hints hints taken during this visit
     */
    public static List<AttributedString> of(boolean solved, List<String> found, List<String> missed, int answers,
                                               int hints, int width) {
        int keyPoints = found.size() + missed.size();
        String points = found.size() + " of " + keyPoints + " key " + (keyPoints == 1 ? "point" : "points");
        String headline;
        AttributedStyle style;
        if (solved) {
            style = Style.GOOD;
            headline = answers <= 1 && hints == 0 ? "✔ Found at the first try: " + points + "."
                    : "✔ Found after " + Count.of(answers, "answer") + (hints > 0 ? " and " + Count.of(hints, "hint")
                    : "") + ": " + points + ".";
        } else if (answers == 0) {
            style = Style.BAD;
            headline = "✘ Revealed without an answer" + (hints > 0 ? ", after " + Count.of(hints, "hint") : "")
                    + ".";
        } else {
            style = found.isEmpty() ? Style.BAD : Style.WARN;
            headline = (found.isEmpty() ? "✘" : "◐") + " Revealed after " + Count.of(answers, "answer")
                    + (hints > 0 ? " and " + Count.of(hints, "hint") : "") + ": " + points + " named.";
        }
        List<AttributedString> out = new ArrayList<>();
        out.add(fit("  " + headline, width, style.bold()));
        List<String> parts = new ArrayList<>();
        if (!found.isEmpty()) {
            parts.add("found: " + String.join(", ", found));
        }
        if (!missed.isEmpty() && (answers > 0 || hints > 0)) {
            parts.add("missed: " + String.join(", ", missed));
        }
        if (!parts.isEmpty()) {
            out.add(fit("    " + String.join(" · ", parts), width, Style.DIM));
        }
        return out;
    }

    /** One row: cut with an ellipsis when wider than the screen. */
    private static AttributedString fit(String text, int width, AttributedStyle style) {
        String clean = SafeText.clean(text);
        int room = Math.max(20, width - 1);
        if (clean.length() <= room) {
            return new AttributedString(clean, style);
        }
        int cut = room - 1;
        if (Character.isHighSurrogate(clean.charAt(cut - 1))) {
            cut--;
        }
        return new AttributedString(clean.substring(0, cut) + "…", style);
    }
}
