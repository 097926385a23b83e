package dev.drainhunt.exercise;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The strings of the build's images (the pack's, the grading vocabulary's): a length, then UTF-8. Not writeUTF,
 * which stops at 64 KiB, bends NUL, and is read back a character at a time in Java code: a start-up still
 * interpreted reads UTF-8 through the JDK's own decoder instead.
 */
public final class ImageStrings {

    private ImageStrings() {
    }

    /** {@code value}, or -1 for null. */
    public static void write(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static String read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
