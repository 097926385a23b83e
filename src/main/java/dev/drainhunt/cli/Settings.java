package dev.drainhunt.cli;

import dev.drainhunt.terminal.Environment;
import dev.drainhunt.terminal.Screen;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * What one run is configured with: each setting from the root command's option, else the environment, else the
 * config file, else the default. Building it reads the config file (a few lines, when there is one) and nothing
 * else from disk or the terminal: the clock resolves its zone on first use, and {@link #width()} asks.
 *
 * @param exercisesDir the pack to study, or null for the bundled pack
 * @param color whether output may be coloured
 * @param config the config file's settings, {@link Config#NONE} without one
 */
record Settings(Path exercisesDir, Path dataDir, boolean color, Environment env, Clock clock, Config config) {

    /** Names a pack folder for every command, as {@code --exercises} does for one. */
    static final String EXERCISES_VARIABLE = "DRAINHUNT_EXERCISES";

    static Settings of(DrainhuntCommand root, Environment env) {
        Config config = ConfigFile.load(env);
        return new Settings(exercisesDir(root.exercisesDir, env, config), dataDir(root.dataDir, env, config.dataDir()),
                color(root.noColor, env, config.color()), env, new RunClock(env), config);
    }

    /** {@code --exercises}, else $DRAINHUNT_EXERCISES, else the config file's {@code exercises}; null: bundled. */
    static Path exercisesDir(Path explicit, Environment env, Config config) {
        if (explicit != null) {
            return explicit;
        }
        return env.get(EXERCISES_VARIABLE).map(Path::of).orElse(config.exercises());
    }

    /**
     * {@code --no-color} and NO_COLOR switch colours off; else the config file's {@code color} ({@code always},
     * {@code never}); else ({@code auto}) colours only on a terminal that is not dumb.
     */
    static boolean color(boolean noColor, Environment env, String configured) {
        if (noColor || env.get("NO_COLOR").isPresent()) {
            return false;
        }
        if ("always".equals(configured) || "never".equals(configured)) {
            return configured.equals("always");
        }
        return env.stdoutIsTerminal() && !env.get("TERM").orElse("").equals("dumb");
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
        return env.get("DRAINHUNT_HOME").map(Path::of)
                .or(() -> Optional.ofNullable(configured))
                .or(() -> xdgDataHome(env).map(x -> x.resolve("drainhunt")))
                .orElseGet(() -> Path.of(env.get("HOME").orElse(System.getProperty("user.home")),
                        ".local", "share", "drainhunt"));
    }

    /** $XDG_DATA_HOME when it is an absolute path: the XDG spec says a relative one is invalid and ignored. */
    static Optional<Path> xdgDataHome(Environment env) {
        return env.get("XDG_DATA_HOME").map(Path::of).filter(Path::isAbsolute);
    }
}
