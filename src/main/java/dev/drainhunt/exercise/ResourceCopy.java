package dev.drainhunt.exercise;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A resource of drainhunt's jar copied out beside the class-data archive, so that a start-up whose classes all come
 * from the archive reads no jar at all: the first jar a run opens costs it some 5 ms of CPU (java.util.zip's
 * classes initialised, the jar's 2,600-entry directory read, its entry inflated), some 4% of a {@code check}. The
 * launcher's archive build writes the copies ({@code cli.ResourceCopies}) and names their folder to each run.
 *
 * <p>A copy carries the identity of the jar it came from (its size and time, as the JVM checks the archive's jar)
 * and a checksum of its bytes. One that does not match the jar in use, or is damaged, is not a copy of it and is
 * read as missing: the resource then comes from the jar, as it would without any copy.
 */
public final class ResourceCopy {

    private static final int FORMAT = 0x44485201; // "DHR", version 1
    private static final int HEADER = 4 + 8 + 8 + 4 + 4;

    private ResourceCopy() {
    }

    /** Where the copy of the resource {@code name} lies in {@code folder}: a drainhunt-… file, as uninstall wants. */
    public static Path file(Path folder, String name) {
        return folder.resolve("drainhunt-copy-" + name.substring(name.lastIndexOf('/') + 1));
    }

    /** The copy's bytes, or null when there is none of this very jar, or it is damaged. */
    static byte[] read(String folder, File jar, String name) {
        byte[] all;
        try {
            all = Files.readAllBytes(file(Path.of(folder), name));
            if (all.length < HEADER) {
                return null;
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
            if (in.readInt() != FORMAT || in.readLong() != jar.length() || in.readLong() != jar.lastModified()) {
                return null;
            }
            int checksum = in.readInt();
            if (in.readInt() != all.length - HEADER || checksum != checksum(all, HEADER)) {
                return null;
            }
        } catch (IOException | RuntimeException e) {
            return null; // unreadable, or not a path at all: the jar has the resource
        }
        return Arrays.copyOfRange(all, HEADER, all.length);
    }

    /**
     * Writes the copy of {@code name}, read from {@code jar}, into {@code folder}: whole, by a rename, so a run
     * reads the old copy or the new one. Returns false, and writes nothing, when the jar has no such resource or
     * changed while it was read.
     */
    public static boolean write(Path folder, File jar, String name) throws IOException {
        long length = jar.length();
        long modified = jar.lastModified();
        byte[] bytes = JarResource.readFromJar(jar, name);
        if (bytes == null || jar.length() != length || jar.lastModified() != modified) {
            return false;
        }
        write(folder, length, modified, name, bytes);
        return true;
    }

    /** Writes {@code bytes} as the copy of {@code name} from the jar of that size and time. */
    static void write(Path folder, long length, long modified, String name, byte[] bytes) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(HEADER + bytes.length);
        DataOutputStream out = new DataOutputStream(buffer);
        out.writeInt(FORMAT);
        out.writeLong(length);
        out.writeLong(modified);
        out.writeInt(checksum(bytes, 0));
        out.writeInt(bytes.length);
        out.write(bytes);
        Path target = file(folder, name);
        Path temporary = Files.createTempFile(folder, target.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, buffer.toByteArray());
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static int checksum(byte[] bytes, int from) {
        CRC32 crc = new CRC32();
        crc.update(bytes, from, bytes.length - from);
        return (int) crc.getValue();
    }
}
