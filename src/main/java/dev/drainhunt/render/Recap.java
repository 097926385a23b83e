package dev.drainhunt.render;

import dev.drainhunt.text.Glyphs;
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
                                               int hints, int width, Glyphs glyphs) {
        int keyPoints = found.size() + missed.size();
        String points = found.size() + " of " + keyPoints + " key " + (keyPoints == 1 ? "point" : "points");
        String mark;
        String headline;
        AttributedStyle style;
        if (solved) {
            style = Style.GOOD;
            mark = glyphs.ok();
            headline = answers <= 1 && hints == 0 ? "Found at the first try: " + points + "."
                    : "Found after " + Count.of(answers, "answer") + (hints > 0 ? " and " + Count.of(hints, "hint")
                    : "") + ": " + points + ".";
        } else if (answers == 0) {
            style = Style.BAD;
            mark = glyphs.bad();
            headline = "Revealed without an answer" + (hints > 0 ? ", after " + Count.of(hints, "hint") : "")
                    + ".";
        } else {
            style = found.isEmpty() ? Style.BAD : Style.WARN;
            mark = found.isEmpty() ? glyphs.bad() : glyphs.partly();
            headline = "Revealed after " + Count.of(answers, "answer")
                    + (hints > 0 ? " and " + Count.of(hints, "hint") : "") + ": " + points + " named.";
        }
        List<AttributedString> out = new ArrayList<>();
        // Wrapped, not cut: what was found is the point of the recap, and a cut name reads as a wrong one. One
        // column is kept free so a full row never makes the terminal wrap on its own.
        int room = width - 1;
        out.addAll(Wrap.item("  ", mark + " ", headline, room, style.bold()));
        List<String> parts = new ArrayList<>();
        if (!found.isEmpty()) {
            parts.add("found: " + String.join(", ", found));
        }
        if (!missed.isEmpty() && (answers > 0 || hints > 0)) {
            parts.add("missed: " + String.join(", ", missed));
        }
        if (!parts.isEmpty()) {
            out.addAll(Wrap.toWidth(String.join(" " + glyphs.dot() + " ", parts), room, "    ", Style.DIM));
        }
        return out;
    }
}
