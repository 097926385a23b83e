package dev.drainhunt.terminal;

import java.util.List;
import org.jline.utils.AttributedString;

/**
 * A whole-screen view that reads single keys: the terminal in raw mode on its alternate screen, restored by
 * {@link #close()}. The navigable exercise list draws on it.
 */
public interface KeyScreen extends AutoCloseable {

    int width();

    int height();

    /** Replaces what is on the screen with {@code lines}, at most {@link #height()} of them. */
    void draw(List<AttributedString> lines);

    /** The next key; blocks until one is pressed. */
    Key read();

    /** Called (on another thread) when the terminal is resized, to draw again at the new size. */
    void onResize(Runnable redraw);

    /** Leaves the alternate screen and puts the terminal back as it was; safe to call twice. */
    @Override
    void close();
}
