package dev.drainhunt.render;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.text.Glyphs;
import dev.drainhunt.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jline.utils.AttributedString;

/** The parts of an exercise screen that show before the reveal: header and buggy code. */
public final class ExerciseView {

    private ExerciseView() {
    }

    /** "Exercise 4/20  Title" and the exercise's details. */
    public static List<AttributedString> header(Pack pack, Exercise exercise, int width, Glyphs glyphs) {
        return header("Exercise " + pack.positionOf(exercise) + "/" + pack.size(), exercise, width, glyphs);
    }

    /**
     * The title after {@code label}, then the details. A practice session labels it with the exercise's number
     * alone: its own counter is the session's, and two counters side by side read as one confusing one.
     */
    public static List<AttributedString> header(String label, Exercise exercise, int width, Glyphs glyphs) {
        List<AttributedString> out = new ArrayList<>(title(label, exercise, width));
        // The go line decides what some code means (loop variables before 1.22, time.Tick before 1.23), so the
        // learner sees the module's go line as the compiler does.
        String dot = "  " + glyphs.dot() + "  ";
        int room = Math.max(20, width);
        List<Flow.Piece> details = new ArrayList<>();
        details.add(Flow.Piece.of("", exercise.difficulty().label(), difficultyStyle(exercise)));
        for (String part : List.of(SafeText.clean(String.join(", ", exercise.tags())),
                "id " + SafeText.clean(exercise.id()), "go.mod: go " + SafeText.clean(exercise.goVersion()))) {
            // Rows break at the dots, so an id or a version is read whole; a part wider than a row (many tags)
            // breaks at its spaces instead.
            if (part.length() > room) {
                details.addAll(Flow.words(dot, part, Style.DIM));
            } else {
                details.add(Flow.Piece.of(dot, part, Style.DIM));
            }
        }
        out.addAll(Flow.lay(details, room));
        return out;
    }

    /** {@code label}, then the title, on as many rows as the width needs. */
    public static List<AttributedString> title(String label, Exercise exercise, int width) {
        List<Flow.Piece> pieces = new ArrayList<>();
        pieces.add(Flow.Piece.of("", label, Style.ACCENT));
        pieces.addAll(Flow.words("  ", SafeText.clean(exercise.title()), Style.HEADING));
        return Flow.lay(pieces, Math.max(20, width));
    }

    public static List<AttributedString> code(Exercise exercise, int width, Glyphs glyphs) {
        return CodeView.render(exercise.buggy(), Set.of(), width, glyphs);
    }

    private static org.jline.utils.AttributedStyle difficultyStyle(Exercise exercise) {
        return switch (exercise.difficulty()) {
            case EASY -> Style.GOOD;
            case MEDIUM -> Style.WARN;
            case HARD -> Style.BAD;
        };
    }
}
