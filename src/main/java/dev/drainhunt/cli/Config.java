package dev.drainhunt.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * What a config file ({@code $XDG_CONFIG_HOME/drainhunt/config.toml} or {@code config.json}) sets, so that a lead
 * hands a pack out once rather than on every command. Each value is null when the file does not set it; paths are
 * already resolved against the file's folder.
 *
 * @param file the file read, or null when there is none
 * @param color {@code auto}, {@code always} or {@code never}
 */
record Config(Path file, Path exercises, Path dataDir, String color) {

    /** The keys a config file may set, named like the options they stand in for. */
    static final List<String> KEYS = List.of("exercises", "data-dir", "color");

    /** The colour choices, as {@code --color} takes them. */
    static final List<String> COLORS = List.of("auto", "always", "never");

    /** No config file: every setting comes from the options, the environment or the defaults. */
    static final Config NONE = new Config(null, null, null, null);
}
