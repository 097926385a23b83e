package dev.drainhunt.cli;

import dev.drainhunt.terminal.ColorMode;
import dev.drainhunt.terminal.Encoding;
import dev.drainhunt.terminal.Environment;
import dev.drainhunt.terminal.Screen;
import dev.drainhunt.text.Glyphs;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * What one run is configured with: each setting from the root command's option, else the environment, else the
 * config file, else the default. Building it reads the config file (a few lines, when there is one) and nothing
 * else from disk or the terminal: the clock resolves its zone on first use, and {@link #width()} asks.
 *
 * @param exercisesDir the pack to study, or null for the bundled pack
 * @param color whether output may be coloured
 * @param glyphs the symbols output is drawn with: Unicode, or ASCII under a locale that is not UTF-8
 */
record Settings(Path exercisesDir, Path dataDir, boolean color, Glyphs glyphs, Environment env, Clock clock) {

    /** Names a pack folder for every command, as {@code --exercises} does for one. */
    static final String EXERCISES_VARIABLE = "DRAINHUNT_EXERCISES";

    static Settings of(DrainhuntCommand root, Environment env) {
        Config config = ConfigFile.load(env);
        // --color=WHEN wins over --no-color when both are given: it is the more specific of the two.
        ColorMode flag = root.color.value() != null ? root.color.value() : root.noColor.value() ? ColorMode.NEVER : null;
        boolean color = ColorMode.colors(flag, env, configuredColor(config));
        return new Settings(exercisesDir(root.exercisesDir.value(), env, config),
                dataDir(root.dataDir.value(), env, config.dataDir()),
                color, Encoding.glyphs(env), env, new RunClock(env));
    }

    /** {@code --exercises}, else $DRAINHUNT_EXERCISES, else the config file's {@code exercises}; null: bundled. */
    static Path exercisesDir(Path explicit, Environment env, Config config) {
        if (explicit != null) {
            return explicit;
        }
        Optional<String> variable = env.get(EXERCISES_VARIABLE);
        return variable.isPresent() ? Path.of(variable.get()) : config.exercises();
    }

    /** The config file's {@code color} as a mode, null when it names none. */
    private static ColorMode configuredColor(Config config) {
        return config.color() == null ? null : ColorMode.valueOf(config.color().toUpperCase(Locale.ROOT));
    }

    /** The width to lay text out in; may ask the terminal, so the console asks once. */
    int width() {
        return Screen.width(env);
    }

    /** {@code --data-dir}, else $DRAINHUNT_HOME, else $XDG_DATA_HOME/drainhunt, else ~/.local/share/drainhunt. */
    static Path dataDir(Path explicit, Environment env) {
        return dataDir(explicit, env, null);
    }

    /**
     * {@code --data-dir}, else $DRAINHUNT_HOME, else the config file's {@code data-dir} ({@code configured}, may be
     * null), else the default: $XDG_DATA_HOME/drainhunt, else ~/.local/share/drainhunt.
     */
    static Path dataDir(Path explicit, Environment env, Path configured) {
        if (explicit != null) {
            return explicit;
        }
        Optional<String> home = env.get("DRAINHUNT_HOME");
        if (home.isPresent()) {
            return Path.of(home.get());
        }
        if (configured != null) {
            return configured;
        }
        Optional<Path> xdg = xdgDataHome(env);
        if (xdg.isPresent()) {
            return xdg.get().resolve("drainhunt");
        }
        return Path.of(env.get("HOME").orElse(System.getProperty("user.home")), ".local", "share", "drainhunt");
    }

    /** $XDG_DATA_HOME when it is an absolute path: the XDG spec says a relative one is invalid and ignored. */
    static Optional<Path> xdgDataHome(Environment env) {
        Optional<String> xdg = env.get("XDG_DATA_HOME");
        return xdg.isPresent() && Path.of(xdg.get()).isAbsolute() ? Optional.of(Path.of(xdg.get())) : Optional.empty();
    }
}
