package dev.drainhunt.cli;

import dev.drainhunt.render.DiffView;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --side-by-side}, shared by the commands that show a fix. */
final class LayoutOptions {

    private static final String DESCRIPTION = "Show the fix side by side (automatic from 150 columns).";

    @Option(names = "--side-by-side", description = DESCRIPTION)
    boolean sideBySide;

    /** Adds the option to {@code spec}, a hand-built command (see {@link HandBuilt}); the others mix this class in. */
    void addTo(CommandSpec spec) {
        spec.addOption(HandBuilt.flag("--side-by-side", DESCRIPTION, new Flag()).build());
    }

    /** {@link #sideBySide} as picocli sees an annotated field: a class, not two lambdas ({@link HandBuilt.Field}). */
    private final class Flag extends HandBuilt.Field<Boolean> {
        @Override
        Boolean read() {
            return sideBySide;
        }

        @Override
        void write(Boolean value) {
            sideBySide = value;
        }
    }

    /** Side by side when asked, or when the screen is wide enough for two columns of code. */
    boolean sideBySide(int width) {
        return sideBySide || width >= DiffView.SIDE_BY_SIDE_WIDTH;
    }
}
