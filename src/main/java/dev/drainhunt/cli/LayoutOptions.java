package dev.drainhunt.cli;

import dev.drainhunt.render.DiffView;
import picocli.CommandLine.Option;

/** {@code --side-by-side}, shared by the commands that show a fix. */
final class LayoutOptions {

    @Option(names = "--side-by-side", description = "Show the fix side by side (automatic from 150 columns).")
    boolean sideBySide;

    /** Side by side when asked, or when the screen is wide enough for two columns of code. */
    boolean sideBySide(int width) {
        return sideBySide || width >= DiffView.SIDE_BY_SIDE_WIDTH;
    }
}
