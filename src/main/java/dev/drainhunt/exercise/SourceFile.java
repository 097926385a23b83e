package dev.drainhunt.exercise;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of one pack file and the name to report problems against.
 *
 * @param badBytes where the file stops being UTF-8 ({@code {line, column}}), or null when it is all UTF-8; the text
 *                 then holds U+FFFD where the bad bytes were
 * @param size     the file's size in bytes
 */
public record SourceFile(String name, String text, int[] badBytes, long size) {

    public SourceFile(String name, String text) {
        this(name, text, null, text.length());
    }

    /** Decodes a file's bytes as UTF-8: a byte-order mark is dropped, a malformed sequence is located. */
    public static SourceFile fromBytes(String name, byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = strict.decode(in, out, true);
        if (!result.isError()) {
            strict.flush(out);
            return new SourceFile(name, out.flip().toString(), null, bytes.length);
        }
        // in.position() is the first byte of the sequence that is not UTF-8; count lines and characters up to it.
        int bad = in.position();
        int lineStart = start;
        int line = 1;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return new SourceFile(name, lenient, new int[] {line, before.codePointCount(0, before.length()) + 1},
                bytes.length);
    }
}
