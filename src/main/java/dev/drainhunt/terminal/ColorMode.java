package dev.drainhunt.terminal;

/** {@code --color=WHEN}: whether output is coloured, as GNU tools spell it. */
public enum ColorMode {
    AUTO, ALWAYS, NEVER;

    /**
     * Whether to colour this run: an explicit {@code --color} (or {@code --no-color}) first, then NO_COLOR
     * (no-color.org: any non-empty value), then the config file's choice, then auto: a terminal that is not dumb.
     *
     * @param flag the command line's choice, null when it made none
     * @param configured the config file's choice, null when it made none
     */
    public static boolean colors(ColorMode flag, Environment env, ColorMode configured) {
        ColorMode mode = flag != null ? flag
                : env.get("NO_COLOR").isPresent() ? NEVER
                : configured != null ? configured : AUTO;
        return switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> env.stdoutIsTerminal() && !env.get("TERM").orElse("").equals("dumb");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
