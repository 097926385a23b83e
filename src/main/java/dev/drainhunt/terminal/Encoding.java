package dev.drainhunt.terminal;

import dev.drainhunt.text.Glyphs;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether this run may print Unicode, decided once from the locale. drainhunt writes UTF-8; a terminal whose
 * locale names another codeset (C, POSIX, ISO-8859-1, …) would show our symbols as "?" or as noise, so it gets
 * ASCII, the one encoding all of those agree on.
 */
public final class Encoding {

    /** {@code DRAINHUNT_ASCII=1} asks for ASCII whatever the locale says. */
    public static final String ASCII_VARIABLE = "DRAINHUNT_ASCII";
    /** Where POSIX looks for the locale of character handling, first to last. */
    private static final String[] LOCALE_VARIABLES = {"LC_ALL", "LC_CTYPE", "LANG"};

    private Encoding() {
    }

    /** The symbols of this run: {@link Glyphs#UNICODE} when the locale is UTF-8, else {@link Glyphs#ASCII}. */
    public static Glyphs glyphs(Environment env) {
        boolean forced = !env.get(ASCII_VARIABLE).orElse("0").equals("0");
        return !forced && unicode(locale(env)) ? Glyphs.UNICODE : Glyphs.ASCII;
    }

    /** Where messages for people go (stderr): folded to ASCII when this run's glyphs are ASCII. */
    public static java.io.Writer forPeople(java.io.Writer out, Environment env) {
        return glyphs(env).ascii() ? new AsciiWriter(out) : out;
    }

    /**
     * The locale of character handling as POSIX resolves it: LC_ALL, else LC_CTYPE, else LANG (an empty one
     * counts as unset). Empty when none is set: then the default is the implementation's to choose.
     */
    static Optional<String> locale(Environment env) {
        for (String variable : LOCALE_VARIABLES) {
            Optional<String> locale = env.get(variable);
            if (locale.isPresent()) {
                return locale;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a locale's codeset is UTF-8: {@code en_US.UTF-8}, {@code C.utf8}, {@code de_DE.UTF-8@euro}, or a
     * bare {@code UTF-8} (macOS sets LC_CTYPE so). No locale at all is taken as UTF-8, as Java 18+ and today's
     * systems do, rather than as 1990s ASCII: a terminal set up with no locale is rarely a C terminal.
     */
    static boolean unicode(Optional<String> locale) {
        if (locale.isEmpty()) {
            return true;
        }
        String name = locale.get();
        int dot = name.indexOf('.');
        String codeset = dot < 0 ? name : name.substring(dot + 1);
        int at = codeset.indexOf('@');
        if (at >= 0) {
            codeset = codeset.substring(0, at);
        }
        return codeset.toLowerCase(Locale.ROOT).replace("-", "").equals("utf8");
    }
}
