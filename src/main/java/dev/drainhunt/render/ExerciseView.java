package dev.drainhunt.render;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.text.Glyphs;
import dev.drainhunt.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

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
        AttributedStringBuilder meta = new AttributedStringBuilder();
        meta.styled(difficultyStyle(exercise), exercise.difficulty().label());
        // The go line decides what some code means (loop variables before 1.22, time.Tick before 1.23), so the
        // learner sees the module's go line as the compiler does.
        String dot = "  " + glyphs.dot() + "  ";
        meta.styled(Style.DIM, dot + SafeText.clean(String.join(", ", exercise.tags()))
                + dot + "id " + SafeText.clean(exercise.id()) + dot + "go.mod: go " + SafeText.clean(exercise.goVersion()));
        out.addAll(meta.toAttributedString().columnSplitLength(Math.max(20, width)));
        return out;
    }

    /** {@code label}, then the title, on as many rows as the width needs. */
    public static List<AttributedString> title(String label, Exercise exercise, int width) {
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.styled(Style.ACCENT, label);
        b.append("  ");
        b.styled(Style.HEADING, SafeText.clean(exercise.title()));
        return b.toAttributedString().columnSplitLength(Math.max(20, width));
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
