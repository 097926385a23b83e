package dev.drainhunt.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A resource is read from its class's own jar when there is one, and through the class loader otherwise. */
class JarResourceTest {

    @TempDir
    Path dir;

    @Test
    void aJarsEntryIsReadAndAMissingOrFolderEntryIsNone() throws IOException {
        File jar = dir.resolve("some.jar").toFile();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar.toPath()))) {
            out.putNextEntry(new JarEntry("dev/drainhunt/"));
            out.closeEntry();
            out.putNextEntry(new JarEntry("dev/drainhunt/some.image"));
            out.write("the bytes".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        assertThat(JarResource.readFromJar(jar, "dev/drainhunt/some.image")).asString().isEqualTo("the bytes");
        assertThat(JarResource.readFromJar(jar, "dev/drainhunt/other.image")).isNull();
        assertThat(JarResource.readFromJar(jar, "dev/drainhunt/")).isNull();
    }

    @Test
    void aClassFromAJarReadsItsResourcesFromThatJar() throws IOException {
        File assertjJar = JarResource.jarOf(Assertions.class);
        assertThat(assertjJar).isNotNull();
        assertThat(assertjJar.getName()).endsWith(".jar");

        byte[] classFile = JarResource.read(Assertions.class, "org/assertj/core/api/Assertions.class");

        assertThat(classFile).startsWith(0xCA, 0xFE, 0xBA, 0xBE);
        assertThat(JarResource.read(Assertions.class, "dev/drainhunt/version.properties"))
                .as("only that jar is read, not the whole class path").isNull();
    }

    @Test
    void aClassFromAFolderReadsThroughItsClassLoader() throws IOException {
        assertThat(JarResource.jarOf(JarResourceTest.class)).isNull();
        assertThat(JarResource.jarOf(String.class)).as("the JDK's own modules").isNull();

        assertThat(JarResource.read(JarResourceTest.class, "dev/drainhunt/version.properties")).asString()
                .contains("version=");
        assertThat(JarResource.read(JarResourceTest.class, "dev/drainhunt/no-such.file")).isNull();
    }
}
