package dev.drainhunt.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The one JSON writer configuration of every command that prints JSON (and of the files drainhunt writes): JSON
 * escapes C0 controls already; DEL, C1 controls, bidi and other format characters and U+2028/2029 are legal raw
 * in a JSON string but act on a terminal or hide text, so they are written as {@code \}{@code uXXXX} too. The
 * value a script reads is the same.
 */
public final class TerminalSafeJson extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    private TerminalSafeJson() {
        ascii = standardAsciiEscapesForJSON();
        ascii[0x7f] = ESCAPE_STANDARD;
    }

    /** A factory whose generators escape as described; build each mapper on it. */
    public static JsonFactory factory() {
        return new JsonFactoryBuilder().characterEscapes(new TerminalSafeJson()).build();
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
        // Jackson asks per char, so a supplementary format character (a tag character, U+E0001) comes as two
        // surrogates: every surrogate is escaped (emoji too), and a reader joins the pair back into one code point.
        return SafeText.isUnsafe(c) ? new SerializedString(String.format("\\u%04x", c)) : null;
    }
}
