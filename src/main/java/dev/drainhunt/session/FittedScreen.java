package dev.drainhunt.session;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.render.PracticeView;
import dev.drainhunt.terminal.Pager;
import dev.drainhunt.terminal.Prompt;
import dev.drainhunt.terminal.Screen;
import java.util.List;
import org.jline.utils.AttributedString;

/**
 * The practice screen fitted to the terminal's height: how much code the first screen of an exercise may show,
 * and text taller than the terminal handed to the pager. A pipe has no height: everything is printed.
 */
final class FittedScreen {

    /** The fewest code rows a screen shows, however short the terminal: below this the code says nothing. */
    static final int MIN_CODE_ROWS = 5;

    private final Prompt prompt;
    private final Screen screen;
    private Pager pager;

    FittedScreen(Prompt prompt, Screen screen) {
        this.prompt = prompt;
        this.screen = screen;
    }

    void pager(Pager pager) {
        this.pager = pager;
    }

    /**
     * The rows the code may take so that the first prompt still shows the exercise's title: the terminal's height
     * less the rest of the screen, the blank line before it and the prompt's own line.
     */
    int codeRows(Pack pack, Exercise exercise, PracticeView.Frame frame, int width) {
        int height = prompt.height();
        if (height <= 0) {
            return PracticeView.ALL_CODE;
        }
        int room = height - 2 - PracticeView.chromeRows(pack, exercise, frame, width, screen.glyphs());
        return room >= PracticeView.codeRows(exercise, width, screen.glyphs()) ? PracticeView.ALL_CODE
                : Math.max(MIN_CODE_ROWS, room);
    }

    /**
     * Text taller than the terminal goes through the pager, which leaves its last page on the screen; text that
     * fits, a pipe, no pager, or a pager that fails: printed here.
     */
    void showLong(List<AttributedString> lines) {
        int height = prompt.height();
        if (pager != null && height > 0 && lines.size() >= height) {
            screen.flush();
            String text = screen.text(lines);
            if (prompt.handOver(() -> pager.show(text))) {
                return;
            }
        }
        screen.println(lines);
    }
}
