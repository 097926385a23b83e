package dev.drainhunt.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resource's copy beside the archive stands in for the jar's entry only while it is a sound copy of that jar. */
class ResourceCopyTest {

    private static final String NAME = "dev/drainhunt/some.image";

    @TempDir
    Path dir;

    private File jar(String content) throws IOException {
        File jar = dir.resolve("some.jar").toFile();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar.toPath()))) {
            out.putNextEntry(new JarEntry(NAME));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    private Path copies() throws IOException {
        return Files.createDirectories(dir.resolve("cache"));
    }

    @Test
    void aCopyReadsBackAsTheJarsEntry() throws IOException {
        File jar = jar("the bytes");
        Path copies = copies();

        assertThat(ResourceCopy.write(copies, jar, NAME)).isTrue();

        assertThat(ResourceCopy.file(copies, NAME)).hasFileName("drainhunt-copy-some.image");
        assertThat(ResourceCopy.read(copies.toString(), jar, NAME)).asString().isEqualTo("the bytes");
        try (var files = Files.list(copies)) {
            assertThat(files).as("no temporary file left").hasSize(1);
        }
    }

    @Test
    void anEntryTheJarLacksGetsNoCopy() throws IOException {
        File jar = jar("the bytes");
        Path copies = copies();

        assertThat(ResourceCopy.write(copies, jar, "dev/drainhunt/other.image")).isFalse();

        assertThat(ResourceCopy.file(copies, "dev/drainhunt/other.image")).doesNotExist();
        assertThat(ResourceCopy.read(copies.toString(), jar, "dev/drainhunt/other.image")).isNull();
    }

    @Test
    void aCopyOfAnotherJarIsNone() throws IOException {
        File jar = jar("the bytes");
        Path copies = copies();
        ResourceCopy.write(copies, jar, NAME);

        assertThat(jar.setLastModified(jar.lastModified() - 10_000)).isTrue(); // the jar rebuilt, or replaced
        assertThat(ResourceCopy.read(copies.toString(), jar, NAME)).isNull();

        ResourceCopy.write(copies, jar, NAME);
        jar("the bytes, longer"); // same time, maybe: another size
        assertThat(ResourceCopy.read(copies.toString(), jar, NAME)).isNull();
    }

    @Test
    void aDamagedCopyIsNone() throws IOException {
        File jar = jar("the bytes");
        Path copies = copies();
        ResourceCopy.write(copies, jar, NAME);
        Path copy = ResourceCopy.file(copies, NAME);
        byte[] whole = Files.readAllBytes(copy);

        byte[] flipped = whole.clone();
        flipped[flipped.length - 1] ^= 1;
        for (byte[] damaged : new byte[][] {flipped, Arrays.copyOf(whole, whole.length - 1),
            Arrays.copyOf(whole, 10), "garbage".getBytes(StandardCharsets.UTF_8), new byte[0]}) {
            Files.write(copy, damaged);
            assertThat(ResourceCopy.read(copies.toString(), jar, NAME)).isNull();
        }
        Files.delete(copy);
        assertThat(ResourceCopy.read(copies.toString(), jar, NAME)).isNull();
        assertThat(ResourceCopy.read("\0 not a path", jar, NAME)).isNull();
        assertThat(ResourceCopy.read(copy.toString(), jar, NAME)).as("a file, not a folder").isNull();
    }

    /** Through JarResource, as the images and the version are read: the copy when sound, else the jar. */
    @Test
    void aResourceIsReadFromItsCopyWhenTheLauncherNamesOne() throws IOException {
        File assertjJar = JarResource.jarOf(Assertions.class);
        String name = "org/assertj/core/api/Assertions.class";
        byte[] fromJar = JarResource.readFromJar(assertjJar, name);
        Path copies = copies();
        // A copy whose bytes differ from the jar's, under the jar's own identity: only it can be what is read.
        ResourceCopy.write(copies, assertjJar.length(), assertjJar.lastModified(), name,
                "the copy".getBytes(StandardCharsets.UTF_8));
        String saved = System.getProperty(JarResource.COPIES_PROPERTY);
        try {
            System.setProperty(JarResource.COPIES_PROPERTY, copies.toString());
            assertThat(JarResource.read(Assertions.class, name)).asString().isEqualTo("the copy");

            ResourceCopy.write(copies, assertjJar.length(), assertjJar.lastModified() + 1, name,
                    "a copy of another build".getBytes(StandardCharsets.UTF_8));
            assertThat(JarResource.read(Assertions.class, name)).isEqualTo(fromJar);

            System.setProperty(JarResource.COPIES_PROPERTY, dir.resolve("nowhere").toString());
            assertThat(JarResource.read(Assertions.class, name)).isEqualTo(fromJar);
        } finally {
            if (saved == null) {
                System.clearProperty(JarResource.COPIES_PROPERTY);
            } else {
                System.setProperty(JarResource.COPIES_PROPERTY, saved);
            }
        }
    }
}
