package dev.drainhunt.terminal;

import dev.drainhunt.text.Ascii;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/** Folds everything written through it to ASCII ({@link Ascii#fold}): stderr under a locale that is not UTF-8. */
final class AsciiWriter extends FilterWriter {

    /** The first half of a surrogate pair whose second half has not been written yet. */
    private char high;

    AsciiWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (Character.isHighSurrogate(ch)) {
            flushHigh();
            high = ch;
            return;
        }
        if (high != 0 && Character.isLowSurrogate(ch)) {
            out.write(Ascii.fold(Character.toCodePoint(high, ch)));
            high = 0;
            return;
        }
        flushHigh();
        out.write(ch < 0x80 ? String.valueOf(ch) : Ascii.fold(ch));
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(chars[i]);
        }
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(text.charAt(i));
        }
    }

    private void flushHigh() throws IOException {
        if (high != 0) {
            out.write('?');
            high = 0;
        }
    }
}
