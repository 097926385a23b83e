package dev.drainhunt.render;

import dev.drainhunt.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * A small Go lexer for colouring snippets: comments, strings, runes, numbers, keywords, predeclared types and
 * builtins. It keeps state across lines, since block comments and raw strings may span several.
 */
public final class GoHighlighter {

    private static final Set<String> KEYWORDS = Set.of("break", "case", "chan", "const", "continue", "default",
            "defer", "else", "fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map",
            "package", "range", "return", "select", "struct", "switch", "type", "var");
    private static final Set<String> TYPES = Set.of("bool", "byte", "complex64", "complex128", "error", "float32",
            "float64", "int", "int8", "int16", "int32", "int64", "rune", "string", "uint", "uint8", "uint16",
            "uint32", "uint64", "uintptr", "any", "comparable");
    private static final Set<String> BUILTINS = Set.of("append", "cap", "clear", "close", "complex", "copy",
            "delete", "imag", "len", "make", "max", "min", "new", "panic", "print", "println", "real", "recover",
            "true", "false", "nil", "iota");

    private enum Mode { CODE, BLOCK_COMMENT, RAW_STRING }

    private GoHighlighter() {
    }

    /** One styled line per source line; the text is made safe first. */
    public static List<AttributedString> highlight(List<String> lines) {
        List<AttributedString> out = new ArrayList<>(lines.size());
        Mode mode = Mode.CODE;
        for (String raw : lines) {
            String line = SafeText.clean(raw);
            AttributedStringBuilder b = new AttributedStringBuilder();
            int i = 0;
            while (i < line.length()) {
                if (mode == Mode.BLOCK_COMMENT) {
                    int end = line.indexOf("*/", i);
                    int stop = end < 0 ? line.length() : end + 2;
                    b.styled(Style.COMMENT, line.substring(i, stop));
                    i = stop;
                    mode = end < 0 ? Mode.BLOCK_COMMENT : Mode.CODE;
                    continue;
                }
                if (mode == Mode.RAW_STRING) {
                    int end = line.indexOf('`', i);
                    int stop = end < 0 ? line.length() : end + 1;
                    b.styled(Style.STRING, line.substring(i, stop));
                    i = stop;
                    mode = end < 0 ? Mode.RAW_STRING : Mode.CODE;
                    continue;
                }
                char c = line.charAt(i);
                if (line.startsWith("//", i)) {
                    b.styled(Style.COMMENT, line.substring(i));
                    i = line.length();
                } else if (line.startsWith("/*", i)) {
                    b.styled(Style.COMMENT, "/*");
                    i += 2;
                    mode = Mode.BLOCK_COMMENT;
                } else if (c == '`') {
                    b.styled(Style.STRING, "`");
                    i++;
                    mode = Mode.RAW_STRING;
                } else if (c == '"' || c == '\'') {
                    int end = quotedEnd(line, i);
                    b.styled(Style.STRING, line.substring(i, end));
                    i = end;
                } else if (Character.isDigit(c)) {
                    int end = i;
                    while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end))
                            || line.charAt(end) == '.' || line.charAt(end) == '_')) {
                        end++;
                    }
                    b.styled(Style.NUMBER, line.substring(i, end));
                    i = end;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int end = i;
                    while (end < line.length() && Character.isJavaIdentifierPart(line.charAt(end))) {
                        end++;
                    }
                    String word = line.substring(i, end);
                    b.styled(styleOf(word, line, i), word);
                    i = end;
                } else {
                    b.append(c);
                    i++;
                }
            }
            out.add(b.toAttributedString());
        }
        return out;
    }

    private static AttributedStyle styleOf(String word, String line, int at) {
        // A name after a dot is a field or method (srv.Close), even when it shares a builtin's name.
        boolean selector = at > 0 && line.charAt(at - 1) == '.';
        if (selector) {
            return Style.PLAIN;
        }
        if (KEYWORDS.contains(word)) {
            return Style.KEYWORD;
        }
        if (TYPES.contains(word)) {
            return Style.TYPE;
        }
        if (BUILTINS.contains(word)) {
            return Style.BUILTIN;
        }
        return Style.PLAIN;
    }

    /** The index after the closing quote, honouring backslash escapes; the line end when unterminated. */
    private static int quotedEnd(String line, int start) {
        char quote = line.charAt(start);
        int i = start + 1;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        return line.length();
    }
}
