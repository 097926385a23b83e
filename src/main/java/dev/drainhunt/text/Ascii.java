package dev.drainhunt.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Text for an output that only shows ASCII (a C locale): our own symbols become their {@link Glyphs#ASCII} forms,
 * typographic punctuation its plain spelling, accented letters lose their accents, and anything else becomes "?".
 * This is the last resort for text no view drew with {@link Glyphs}, such as a pack's titles and explanations.
 */
public final class Ascii {

    private static final Map<Integer, String> FOLDED = folded();

    private Ascii() {
    }

    private static Map<Integer, String> folded() {
        Map<Integer, String> map = new HashMap<>();
        String[] unicode = parts(Glyphs.UNICODE);
        String[] ascii = parts(Glyphs.ASCII);
        for (int i = 0; i < unicode.length; i++) {
            map.put(unicode[i].codePointAt(0), ascii[i]);
        }
        String[][] punctuation = {
            {"\u2018", "'"}, {"\u2019", "'"}, {"\u201a", "'"}, {"\u2032", "'"}, {"\u02bc", "'"}, {"\u00b4", "'"},
            {"\u201c", "\""}, {"\u201d", "\""}, {"\u201e", "\""}, {"\u2033", "\""}, {"\u00ab", "<<"},
            {"\u00bb", ">>"}, {"\u2039", "<"}, {"\u2013", "-"}, {"\u2010", "-"}, {"\u2011", "-"}, {"\u2012", "-"},
            {"\u2212", "-"}, {"\u2015", "--"}, {"\u00a0", " "}, {"\u202f", " "}, {"\u2009", " "}, {"\u2192", "->"},
            {"\u2190", "<-"}, {"\u21d2", "=>"}, {"\u2264", "<="}, {"\u2265", ">="}, {"\u2260", "!="},
            {"\u00d7", "x"}, {"\u2248", "~"}, {"\u00a9", "(c)"}, {"\u00ae", "(r)"}, {"\u2122", "(tm)"},
            {"\u00df", "ss"}, {"\u00e6", "ae"}, {"\u00c6", "AE"}, {"\u0153", "oe"}, {"\u0152", "OE"},
            {"\u00f8", "o"}, {"\u00d8", "O"}, {"\u0142", "l"}, {"\u0141", "L"}, {"\u00b5", "u"}, {"\u2713", "v"},
            {"\u2714", "[ok]"}, {"\u2717", "x"}, {"\u21e5", "<Tab>"}, {"\u25cf", "*"}, {"\u2502", "|"},
            {"\u2500", "-"}, {"\u2588", "#"}, {"\u2591", "."}, {"\ufeff", ""}};
        for (String[] p : punctuation) {
            map.putIfAbsent(p[0].codePointAt(0), p[1]);
        }
        return Map.copyOf(map);
    }

    private static String[] parts(Glyphs g) {
        return new String[] {g.ok(), g.partly(), g.bad(), g.bullet(), g.prompt(), g.dot(), g.rule(), g.gutter(),
            g.wrapped(), g.marked(), g.filled(), g.unfilled(), g.ellipsis(), g.elided(), g.dash()};
    }

    /** {@code text} in ASCII only; ASCII text comes back as it is. */
    public static String fold(String text) {
        if (isAscii(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> out.append(fold(c)));
        return out.toString();
    }

    /** One code point in ASCII: itself, its plain spelling, its letter without accents, or "?". */
    public static String fold(int c) {
        if (c < 0x80) {
            return Character.toString(c);
        }
        String known = FOLDED.get(c);
        if (known != null) {
            return known;
        }
        String base = Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return !base.isEmpty() && isAscii(base) ? base : "?";
    }

    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
