package dev.drainhunt.render;

import dev.drainhunt.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Word-wraps prose to the screen width, keeping an indent on every line. */
public final class Wrap {

    /** Prose wider than this is hard to read, however wide the terminal. */
    static final int MAX_PROSE = 100;

    private Wrap() {
    }

    /** A list item: {@code bullet} on the first line, later lines indented to align under its text. */
    public static List<AttributedString> item(String indent, String bullet, String text, int width,
                                              AttributedStyle style) {
        List<AttributedString> lines = paragraph(text, width, indent + " ".repeat(bullet.length()),
                style);
        if (!lines.isEmpty()) {
            AttributedString first = lines.get(0);
            String shown = first.toString().substring(indent.length() + bullet.length());
            lines.set(0, styled(indent + bullet + shown, style));
        }
        return lines;
    }

    public static List<AttributedString> paragraph(String text, int width, String indent, AttributedStyle style) {
        return toWidth(text, Math.min(width, MAX_PROSE), indent, style);
    }

    /** Like {@link #paragraph}, but using the whole width: a line or two of status, not prose to read at length. */
    public static List<AttributedString> toWidth(String text, int width, String indent, AttributedStyle style) {
        List<AttributedString> out = new ArrayList<>();
        int room = Math.max(20, width - indent.length());
        StringBuilder line = new StringBuilder();
        for (String word : SafeText.clean(text).trim().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > room) {
                out.add(styled(indent + line, style));
                line.setLength(0);
            }
            // A word longer than the line (a URL) is hard-split rather than overflowing.
            while (word.length() > room) {
                if (line.length() > 0) {
                    out.add(styled(indent + line, style));
                    line.setLength(0);
                }
                out.add(styled(indent + word.substring(0, room), style));
                word = word.substring(room);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            out.add(styled(indent + line, style));
        }
        return out;
    }

    private static AttributedString styled(String text, AttributedStyle style) {
        return new AttributedStringBuilder().styled(style, text).toAttributedString();
    }
}
