package dev.drainhunt.text;

/**
 * Every symbol drainhunt draws, in the form this run can show: Unicode on a UTF-8 terminal, ASCII elsewhere (a C
 * locale shows ✔ as "?" or as three bytes of noise). Chosen once per run by the terminal layer and handed to the
 * views as data, so no view asks about the locale. Some ASCII forms are wider than their symbol ({@code [ok]} for
 * ✔): views lay out with the strings they are given, never with an assumed width of one.
 *
 * @param ok a key point found, a verdict that holds (✔)
 * @param partly a partial verdict (◐)
 * @param bad a miss, a false claim, a failed check (✘)
 * @param bullet a list item (•)
 * @param prompt after the prompt's label (›)
 * @param dot between the parts of a header line (·)
 * @param rule one cell of a horizontal rule (─)
 * @param gutter between line numbers and code, and between the halves of a side-by-side view (│)
 * @param wrapped the start of a wrapped code line's continuation (↪)
 * @param marked a bug line in the gutter (▶)
 * @param filled a filled cell of a bar (█)
 * @param unfilled an empty cell of a bar (░)
 * @param ellipsis text cut short (…)
 * @param elided unchanged lines left out of a diff (⋯)
 * @param dash the dash between two clauses of a message (—)
 */
public record Glyphs(String ok, String partly, String bad, String bullet, String prompt, String dot, String rule,
        String gutter, String wrapped, String marked, String filled, String unfilled, String ellipsis,
        String elided, String dash) {

    public static final Glyphs UNICODE = new Glyphs("\u2714", "\u25d0", "\u2718", "\u2022", "\u203a", "\u00b7",
            "\u2500", "\u2502", "\u21aa", "\u25b6", "\u2588", "\u2591", "\u2026", "\u22ef", "\u2014");
    public static final Glyphs ASCII = new Glyphs("[ok]", "[~]", "[x]", "*", ">", "-", "-", "|", ">", ">", "#",
            ".", "...", "...", "--");

    /** Whether these are the ASCII forms: then text that is not ASCII is folded too ({@link Ascii#fold}). */
    public boolean ascii() {
        // Not equals(ASCII): a record's generated equals links an invokedynamic call site on its first call, which
        // costs a start-up some 10 ms (issue 17). Only two sets exist, and neither is made anywhere else.
        return this == ASCII;
    }
}
