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

    public static List<AttributedString> header(Pack pack, Exercise exercise, int width, Glyphs glyphs) {
        List<AttributedString> out = new ArrayList<>();
        AttributedStringBuilder b = new AttributedStringBuilder();
        b.styled(Style.ACCENT, "Exercise " + pack.positionOf(exercise) + "/" + pack.size());
        b.append("  ");
        b.styled(Style.HEADING, SafeText.clean(exercise.title()));
        out.addAll(b.toAttributedString().columnSplitLength(Math.max(20, width)));
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
