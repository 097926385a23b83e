package dev.drainhunt.session;

import dev.drainhunt.progress.ListedExercise;
import dev.drainhunt.render.ExerciseListView;
import dev.drainhunt.terminal.Key;
import java.util.List;
import java.util.Locale;

/**
 * The navigable exercise list as a pure state machine: keys in, an {@link Action} and a
 * {@link ExerciseListView.Model} out. It owns the filter, the selection, the scroll offset and the reset being
 * confirmed; it never reads a key, draws or saves, so every transition is a unit test.
 *
 * <p>Keys that move (j, k) cannot also be filter text, so typing a filter starts with {@code /} (or a digit, to
 * find an exercise by number), as in rustlings, less and vim; Esc steps back one level: out of typing, then out
 * of the filter, then out of the list.
 */
final class ExerciseList {

    /** What the list asks of the session after a key. */
    sealed interface Action {
        /** Nothing to do but draw again. */
        record Stay() implements Action {
        }

        /** Leave the list and practise this exercise. */
        record Jump(String id) implements Action {
        }

        /** Forget the progress on this exercise (confirmed already), then tell the list with {@link #replace}. */
        record Reset(String id) implements Action {
        }

        /** Leave the list for the exercise the learner was on. */
        record Back() implements Action {
        }
    }

    private enum Mode { BROWSING, TYPING, CONFIRMING }

    private static final Action STAY = new Action.Stay();

    private List<ListedExercise> items;
    private final String currentId;
    private List<ListedExercise> matched;
    private String filter = "";
    private Mode mode = Mode.BROWSING;
    private int cursor;
    private int offset;
    private int page = 1;
    private String note;

    /** @param currentId the exercise the learner is on, selected at first; null for none */
    ExerciseList(List<ListedExercise> items, String currentId) {
        this.items = List.copyOf(items);
        this.currentId = currentId;
        this.matched = this.items;
        cursor = Math.max(0, indexOf(currentId));
        if (matched.isEmpty()) {
            cursor = -1;
        }
    }

    /** How many rows the screen has room for; the selection is kept on screen. */
    void page(int rows) {
        page = Math.max(1, rows);
        scroll();
    }

    Action handle(Key key) {
        note = null;
        return switch (mode) {
            case BROWSING -> browse(key);
            case TYPING -> type(key);
            case CONFIRMING -> confirm(key);
        };
    }

    /** The exercises again, after a change to the progress (a reset): the filter and the selection stay. */
    void replace(List<ListedExercise> fresh) {
        String selected = selectedId();
        items = List.copyOf(fresh);
        refilter();
        int at = indexOf(selected);
        cursor = at >= 0 ? at : matched.isEmpty() ? -1 : Math.min(Math.max(cursor, 0), matched.size() - 1);
        scroll();
    }

    /** A line saying what the last action did, shown until the next key. */
    void note(String text) {
        note = text;
    }

    ExerciseListView.Model view() {
        String question = mode == Mode.CONFIRMING ? "Forget your progress on exercise " + selected().number()
                + " (" + selected().id() + ")?" : null;
        return new ExerciseListView.Model(matched, cursor, offset, items.size(), filter, mode == Mode.TYPING,
                currentId, question, note);
    }

    private Action browse(Key key) {
        if (move(key)) {
            return STAY;
        }
        switch (key.kind()) {
            case ENTER:
                return cursor >= 0 ? new Action.Jump(selectedId()) : STAY;
            case ESCAPE:
                if (!filter.isEmpty()) {
                    setFilter("");
                    return STAY;
                }
                return new Action.Back();
            case BACKSPACE:
                if (!filter.isEmpty()) {
                    mode = Mode.TYPING;
                    setFilter(filter.substring(0, filter.length() - 1));
                }
                return STAY;
            case INTERRUPT:
            case END_OF_INPUT:
                return new Action.Back();
            case TYPED:
                return browseTyped(key);
            default:
                return STAY;
        }
    }

    private Action browseTyped(Key key) {
        if (key.is('q')) {
            return new Action.Back();
        }
        if (key.is('j')) {
            return moveTo(cursor + 1);
        }
        if (key.is('k')) {
            return moveTo(cursor - 1);
        }
        if (key.is('g')) {
            return moveTo(0);
        }
        if (key.is('G')) {
            return moveTo(matched.size() - 1);
        }
        if (key.is('r')) {
            if (cursor >= 0) {
                mode = Mode.CONFIRMING;
            }
            return STAY;
        }
        if (key.is('/')) {
            mode = Mode.TYPING;
            return STAY;
        }
        if (key.text().length() == 1 && Character.isDigit(key.text().charAt(0))) {
            mode = Mode.TYPING;
            setFilter(key.text());
        }
        return STAY;
    }

    private Action type(Key key) {
        if (move(key)) {
            return STAY;
        }
        switch (key.kind()) {
            case TYPED:
                setFilter(filter + key.text());
                return STAY;
            case BACKSPACE:
                if (filter.isEmpty()) {
                    mode = Mode.BROWSING;
                } else {
                    setFilter(filter.substring(0, filter.length() - 1));
                }
                return STAY;
            case CLEAR_LINE:
                setFilter("");
                return STAY;
            case ESCAPE:
                mode = Mode.BROWSING;
                return STAY;
            case ENTER:
                return cursor >= 0 ? new Action.Jump(selectedId()) : STAY;
            case INTERRUPT:
            case END_OF_INPUT:
                return new Action.Back();
            default:
                return STAY;
        }
    }

    private Action confirm(Key key) {
        mode = Mode.BROWSING;
        if (key.is('y') || key.is('Y')) {
            return new Action.Reset(selectedId());
        }
        note = "Nothing reset.";
        return STAY;
    }

    /** Arrow keys and pages, the same whether or not a filter is being typed. */
    private boolean move(Key key) {
        switch (key.kind()) {
            case UP -> moveTo(cursor - 1);
            case DOWN -> moveTo(cursor + 1);
            case PAGE_UP -> moveTo(cursor - page);
            case PAGE_DOWN -> moveTo(cursor + page);
            case HOME -> moveTo(0);
            case END -> moveTo(matched.size() - 1);
            default -> {
                return false;
            }
        }
        return true;
    }

    private Action moveTo(int index) {
        if (!matched.isEmpty()) {
            cursor = Math.max(0, Math.min(matched.size() - 1, index));
            scroll();
        }
        return STAY;
    }

    /** A new filter selects its first match, so that typing and Enter picks the best one. */
    private void setFilter(String text) {
        String selected = selectedId();
        boolean cleared = text.isEmpty();
        filter = text;
        refilter();
        int at = cleared ? indexOf(selected) : -1;
        cursor = matched.isEmpty() ? -1 : Math.max(0, at);
        offset = 0;
        scroll();
    }

    private void refilter() {
        List<String> words = List.of(filter.toLowerCase(Locale.ROOT).trim().split("\\s+"));
        matched = filter.isBlank() ? items : items.stream().filter(e -> words.stream().allMatch(w -> matches(e, w)))
                .toList();
    }

    /** A number is the exercise's number; any other word is found in its id, title, tags, level or status. */
    static boolean matches(ListedExercise e, String word) {
        if (String.valueOf(e.number()).equals(word)) {
            return true;
        }
        String text = String.join(" ", e.id(), e.title(), String.join(" ", e.tags()), e.difficulty(), e.status());
        return text.toLowerCase(Locale.ROOT).contains(word);
    }

    /** Keeps the selected row between the first and the last row on screen, moving as little as possible. */
    private void scroll() {
        if (cursor < 0) {
            offset = 0;
            return;
        }
        if (cursor < offset) {
            offset = cursor;
        } else if (cursor >= offset + page) {
            offset = cursor - page + 1;
        }
        offset = Math.max(0, Math.min(offset, matched.size() - page));
    }

    private ListedExercise selected() {
        return matched.get(cursor);
    }

    private String selectedId() {
        return cursor >= 0 && cursor < matched.size() ? selected().id() : null;
    }

    private int indexOf(String id) {
        for (int i = 0; id != null && i < matched.size(); i++) {
            if (matched.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
