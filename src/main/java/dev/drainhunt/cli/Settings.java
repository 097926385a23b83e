package dev.drainhunt.cli;

import dev.drainhunt.terminal.ColorMode;
import dev.drainhunt.terminal.Encoding;
import dev.drainhunt.terminal.Environment;
import dev.drainhunt.terminal.Screen;
import dev.drainhunt.text.Glyphs;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What one run is configured with, from the root command's options and the environment. Building it reads
 * nothing from disk or the terminal: the clock resolves its zone on first use, and {@link #width()} asks.
 *
 * @param exercisesDir {@code --exercises}, or null for the bundled pack
 * @param color whether output may be coloured
 * @param glyphs the symbols output is drawn with: Unicode, or ASCII under a locale that is not UTF-8
 */
record Settings(Path exercisesDir, Path dataDir, boolean color, Glyphs glyphs, Environment env, Clock clock) {

    static Settings of(DrainhuntCommand root, Environment env) {
        // --color=WHEN wins over --no-color when both are given: it is the more specific of the two.
        ColorMode flag = root.color != null ? root.color : root.noColor ? ColorMode.NEVER : null;
        boolean color = ColorMode.colors(flag, env);
        return new Settings(root.exercisesDir, dataDir(root.dataDir, env), color, Encoding.glyphs(env), env,
                new RunClock(env));
    }

    /** The width to lay text out in; may ask the terminal, so the console asks once. */
    int width() {
        return Screen.width(env);
    }

    /** {@code --data-dir}, else $DRAINHUNT_HOME, else $XDG_DATA_HOME/drainhunt, else ~/.local/share/drainhunt. */
    static Path dataDir(Path explicit, Environment env) {
        if (explicit != null) {
            return explicit;
        }
        return env.get("DRAINHUNT_HOME").map(Path::of)
                .or(() -> xdgDataHome(env).map(x -> x.resolve("drainhunt")))
                .orElseGet(() -> Path.of(env.get("HOME").orElse(System.getProperty("user.home")),
                        ".local", "share", "drainhunt"));
    }

    /** $XDG_DATA_HOME when it is an absolute path: the XDG spec says a relative one is invalid and ignored. */
    static Optional<Path> xdgDataHome(Environment env) {
        return env.get("XDG_DATA_HOME").map(Path::of).filter(Path::isAbsolute);
    }
}
