package dev.drainhunt.render;

import dev.drainhunt.progress.ListedExercise;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import dev.drainhunt.text.Ascii;
import dev.drainhunt.text.Glyphs;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/**
 * The navigable exercise list as lines for a screen of a given size: a title with the filter and the position,
 * the column header, one page of exercises, a detail line for the selected one, and a line of keys (or the
 * question being asked, or what the last action did). Where there is no screen, {@link ExerciseTable} instead.
 */
public final class ExerciseListView {

    /** Lines that are not exercises: title, header, detail, keys. */
    static final int CHROME = 4;

    static final String KEYS = "j/k move  Enter practise  / filter  r reset  q back";
    static final String FILTER_KEYS = "type to filter  Enter practise  Esc done  Backspace erase";

    /**
     * What the list shows; plain data, produced by the list's state machine.
     *
     * @param matched the exercises the filter lets through, in pack order
     * @param cursor the selected one's index in {@code matched}; -1 when nothing matches
     * @param offset the index in {@code matched} of the first row on screen
     * @param total how many exercises there are, filter or not
     * @param typing whether keys go into the filter
     * @param currentId the exercise the learner was on when the list opened; null for none
     * @param question a yes/no question being asked; null for none
     * @param note what the last action did; null for none
     */
    public record Model(List<ListedExercise> matched, int cursor, int offset, int total, String filter, boolean typing,
                        String currentId, String question, String note) {
    }

    private ExerciseListView() {
    }

    /** How many exercises fit on a screen {@code height} lines high. */
    public static int pageRows(int height) {
        return Math.max(1, height - CHROME);
    }

    /** The whole screen: at most {@code height} lines, none wider than {@code width}. */
    public static List<AttributedString> render(Model model, LocalDate today, int width, int height) {
        return render(model, today, width, height, Glyphs.UNICODE);
    }

    /**
     * As {@link #render(Model, LocalDate, int, int)} in {@code glyphs}: with ASCII ones, the pack's text is folded to
     * ASCII before it is laid out, so that no cell grows past its column when the screen could not show it.
     */
    public static List<AttributedString> render(Model given, LocalDate today, int width, int height, Glyphs glyphs) {
        Model model = glyphs.ascii() ? ascii(given) : given;
        String more = glyphs.ellipsis();
        String dot = glyphs.dot();
        List<AttributedString> out = new ArrayList<>();
        out.add(title(model, width, more));
        int rowWidth = width - 2;
        ListColumns columns = ListColumns.fit(model.matched(), today, rowWidth, more);
        AttributedStringBuilder header = new AttributedStringBuilder().append("  ");
        columns.header(header, Style.HEADING);
        out.add(fitted(header.toAttributedString(), width));
        int rows = pageRows(height);
        if (model.matched().isEmpty()) {
            out.add(new AttributedString(ListColumns.cut("  no exercise matches \"" + ListColumns.clean(model.filter())
                    + "\"", width, more), Style.DIM));
        }
        for (int i = model.offset(); i < Math.min(model.matched().size(), model.offset() + rows); i++) {
            ListedExercise e = model.matched().get(i);
            boolean selected = i == model.cursor();
            AttributedStringBuilder row = new AttributedStringBuilder();
            row.styled(Style.ACCENT, selected ? ">" : " ");
            row.styled(Style.ACCENT, e.id().equals(model.currentId()) ? "*" : " ");
            columns.row(row, e, today, selected);
            out.add(fitted(row.toAttributedString(), width));
        }
        while (out.size() < 2 + rows) {
            out.add(AttributedString.EMPTY);
        }
        out.add(detail(model, width, more, dot));
        out.add(footer(model, width, more));
        return out.subList(0, Math.min(out.size(), Math.max(1, height)));
    }

    private static Model ascii(Model m) {
        List<ListedExercise> matched = m.matched().stream().map(ExerciseListView::ascii).toList();
        return new Model(matched, m.cursor(), m.offset(), m.total(), Ascii.fold(m.filter()), m.typing(), m.currentId(),
                m.question() == null ? null : Ascii.fold(m.question()), m.note() == null ? null : Ascii.fold(m.note()));
    }

    private static ListedExercise ascii(ListedExercise e) {
        return new ListedExercise(e.number(), Ascii.fold(e.id()), Ascii.fold(e.title()), e.difficulty(),
                e.tags().stream().map(Ascii::fold).toList(), e.status(), e.due());
    }

    private static AttributedString title(Model model, int width, String more) {
        String position = model.matched().isEmpty() ? "0/" + model.total()
                : (model.cursor() + 1) + "/" + model.matched().size()
                + (model.matched().size() < model.total() ? " of " + model.total() : "");
        String filter = model.typing() || !model.filter().isEmpty()
                ? "  filter: " + ListColumns.clean(model.filter()) + (model.typing() ? "_" : "") : "";
        String left = ListColumns.cut("Exercises" + filter, Math.max(1, width - position.length() - 1), more);
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.styled(Style.HEADING, left.substring(0, Math.min(left.length(), "Exercises".length())));
        b.styled(Style.ACCENT, left.substring(Math.min(left.length(), "Exercises".length())));
        int space = width - left.length() - position.length();
        if (space >= 1) {
            b.append(" ".repeat(space)).styled(Style.DIM, position);
        }
        return b.toAttributedString();
    }

    /** The selected exercise in full: what the columns had no room for. */
    private static AttributedString detail(Model model, int width, String more, String dot) {
        if (model.cursor() < 0) {
            return AttributedString.EMPTY;
        }
        ListedExercise e = model.matched().get(model.cursor());
        String text = "#" + e.number() + " " + ListColumns.clean(e.title()) + " " + dot + " " + e.difficulty()
                + (e.tags().isEmpty() ? "" : " " + dot + " " + ListColumns.tags(e));
        return new AttributedString(ListColumns.cut(text, width, more), Style.DIM);
    }

    private static AttributedString footer(Model model, int width, String more) {
        if (model.question() != null) {
            return new AttributedString(ListColumns.cut(ListColumns.clean(model.question()) + " [y/N]", width, more),
                    Style.WARN);
        }
        if (model.note() != null) {
            return new AttributedString(ListColumns.cut(ListColumns.clean(model.note()), width, more), Style.ACCENT);
        }
        return new AttributedString(ListColumns.cut(model.typing() ? FILTER_KEYS : KEYS, width, more), Style.DIM);
    }

    private static AttributedString fitted(AttributedString line, int width) {
        return line.columnLength() <= width ? line : line.columnSubSequence(0, width);
    }
}
