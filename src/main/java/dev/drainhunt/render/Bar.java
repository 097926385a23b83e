package dev.drainhunt.render;

import dev.drainhunt.text.Glyphs;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;

/** A progress bar: {@code ███████░░░░░ 7/20}. */
public final class Bar {

    private Bar() {
    }

    public static AttributedString of(int done, int total, int cells, Glyphs glyphs) {
        int filled = total == 0 ? 0 : (int) Math.round((double) done * cells / total);
        filled = Math.min(cells, Math.max(done > 0 ? 1 : 0, filled));
        return new AttributedStringBuilder()
                .styled(Style.GOOD, glyphs.filled().repeat(filled))
                .styled(Style.DIM, glyphs.unfilled().repeat(cells - filled))
                .append(" " + done + "/" + total)
                .toAttributedString();
    }
}
