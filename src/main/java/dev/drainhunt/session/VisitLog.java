package dev.drainhunt.session;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.KeyPoint;
import dev.drainhunt.practice.Output;
import dev.drainhunt.render.Recap;
import dev.drainhunt.text.Glyphs;
import java.util.List;
import org.jline.utils.AttributedString;

/** What the learner did on the exercise on screen, for the recap right above the rating prompt. */
final class VisitLog {

    private List<KeyPoint> all = List.of();
    private List<KeyPoint> named = List.of();
    private int answers;
    private int hints;
    private boolean solved;

    /** A new exercise is on screen: nothing done on it yet. */
    void shown(Exercise exercise) {
        all = exercise.keyPoints();
        named = List.of();
        answers = 0;
        hints = 0;
        solved = false;
    }

    void hintShown() {
        hints++;
    }

    void graded(Output.Graded graded) {
        answers++;
        solved = graded.solved();
        named = all.stream().filter(k -> graded.named().contains(k) || graded.earlier().contains(k)).toList();
    }

    List<AttributedString> recap(int width, Glyphs glyphs) {
        List<String> found = named.stream().map(VisitLog::name).toList();
        List<String> missed = all.stream().filter(k -> !named.contains(k)).map(VisitLog::name).toList();
        return Recap.of(solved, found, missed, answers, hints, width, glyphs);
    }

    /** A key point by name: its id read as words ("close-instead-of-shutdown" → "close instead of shutdown"). */
    private static String name(KeyPoint point) {
        return point.id().replace('-', ' ');
    }
}
