package dev.drainhunt.render;

import dev.drainhunt.progress.ListedExercise;
import dev.drainhunt.text.SafeText;
import java.time.LocalDate;
import java.util.List;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The columns of the exercise list fitted to a width. The id is what a learner types, so it is never cut; the
 * title gives way first, then the tags, then level, review and status are dropped in that order (the list's
 * detail line still names them for the selected exercise).
 */
record ListColumns(int gap, int number, int id, int status, int review, int level, int title, int tags, String more) {

    /** A title cut shorter than this says too little to be worth the room. */
    private static final int MIN_TITLE = 12;

    /** @param more what marks a cut: the ellipsis of the run's glyphs, so a cut cell keeps its width in ASCII too */
    static ListColumns fit(List<ListedExercise> items, LocalDate today, int width, String more) {
        int gap = width >= 100 ? 2 : 1;
        int number = "#".length();
        int id = "id".length();
        int status = "status".length();
        int review = "review".length();
        int level = "level".length();
        int title = "title".length();
        int tags = "tags".length();
        for (ListedExercise e : items) {
            number = Math.max(number, String.valueOf(e.number()).length());
            id = Math.max(id, clean(e.id()).length());
            status = Math.max(status, e.status().length());
            review = Math.max(review, review(e, today).length());
            level = Math.max(level, e.difficulty().length());
            title = Math.max(title, clean(e.title()).length());
            tags = Math.max(tags, tags(e).length());
        }
        int[] optional = {status, review, level};
        int used = number + gap + id;
        int kept = 0;
        while (kept < optional.length && used + gap + optional[kept] <= width) {
            used += gap + optional[kept];
            kept++;
        }
        int room = width - used - gap;
        int shownTitle = room >= MIN_TITLE && kept == optional.length ? Math.min(title, room) : 0;
        int shownTags = shownTitle == title && room - title - gap >= tags ? tags : 0;
        return new ListColumns(gap, number, id, kept > 0 ? status : 0, kept > 1 ? review : 0, kept > 2 ? level : 0,
                shownTitle, shownTags, more);
    }

    /** The header line's text. */
    void header(AttributedStringBuilder out, AttributedStyle style) {
        out.styled(style, pad("#", number, true));
        out.styled(style, " ".repeat(gap) + pad("id", id, false));
        optional(out, "status", status, style);
        optional(out, "review", review, style);
        optional(out, "level", level, style);
        optional(out, "title", title, style);
        optional(out, "tags", tags, style);
    }

    /** One exercise's cells; the selected one is shown in reverse video. */
    void row(AttributedStringBuilder out, ListedExercise e, LocalDate today, boolean highlight) {
        out.styled(over(Style.DIM, highlight), pad(String.valueOf(e.number()), number, true));
        out.styled(over(Style.PLAIN, highlight), " ".repeat(gap) + pad(clean(e.id()), id, false));
        optional(out, e.status(), status, over(statusStyle(e.status()), highlight));
        String due = review(e, today);
        optional(out, due, review, over(due.equals(DUE_NOW) ? Style.WARN : Style.PLAIN, highlight));
        optional(out, e.difficulty(), level, over(Style.PLAIN, highlight));
        optional(out, clean(e.title()), title, over(Style.PLAIN, highlight));
        optional(out, tags(e), tags, over(Style.DIM, highlight));
    }

    private void optional(AttributedStringBuilder out, String text, int width, AttributedStyle style) {
        if (width > 0) {
            out.styled(style, " ".repeat(gap) + pad(cut(text, width, more), width, false));
        }
    }

    static final String DUE_NOW = "due now";

    /** When the exercise comes back: "due now", its date, or nothing when it is not scheduled. */
    static String review(ListedExercise e, LocalDate today) {
        if (e.due() == null) {
            return "";
        }
        return e.due().isAfter(today) ? e.due().toString() : DUE_NOW;
    }

    static String tags(ListedExercise e) {
        return clean(String.join(", ", e.tags()));
    }

    static AttributedStyle statusStyle(String status) {
        return switch (status) {
            case "new" -> Style.DIM;
            case "attempted" -> Style.WARN;
            default -> Style.GOOD;
        };
    }

    static String clean(String text) {
        return SafeText.clean(text);
    }

    /** Cuts {@code text} to {@code width} columns, marking the cut with {@code more} (an ellipsis). */
    static String cut(String text, int width, String more) {
        if (text.length() <= width) {
            return text;
        }
        return width <= more.length() ? text.substring(0, Math.max(0, width))
                : text.substring(0, width - more.length()) + more;
    }

    private static String pad(String text, int width, boolean right) {
        String space = " ".repeat(Math.max(0, width - text.length()));
        return right ? space + text : text + space;
    }

    private static AttributedStyle over(AttributedStyle style, boolean highlight) {
        // Faint text in reverse video is hard to read on some terminals: the selected row is plain reversed.
        return !highlight ? style : style == Style.DIM ? Style.PLAIN.inverse() : style.inverse();
    }
}
