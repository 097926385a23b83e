package dev.drainhunt.exercise;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.CodeSource;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * A resource of drainhunt's own jar: its copy beside the archive when the launcher names one ({@link ResourceCopy}),
 * else read from the jar itself. The class loader's lookup asks the JDK's own modules first and goes through a URL
 * connection: some 2 ms of a start-up, still interpreted, for a file whose jar is known. From a folder of classes
 * (the tests), the class loader reads it.
 */
public final class JarResource {

    /**
     * The system property that names the folder of the jar's {@link ResourceCopy copies}: the launcher sets it for
     * a run that has a class-data archive.
     */
    public static final String COPIES_PROPERTY = "drainhunt.resourceCopies";

    private JarResource() {
    }

    /**
     * The resource's bytes, or null when there is none; {@code name} is a path inside the jar, no leading slash.
     * Its copy beside the archive when there is a good one, so that the run need not open the jar.
     */
    public static byte[] read(Class<?> owner, String name) throws IOException {
        File jar = jarOf(owner);
        if (jar != null) {
            String copies = System.getProperty(COPIES_PROPERTY);
            byte[] copy = copies == null || copies.isEmpty() ? null : ResourceCopy.read(copies, jar, name);
            return copy != null ? copy : readFromJar(jar, name);
        }
        try (InputStream in = owner.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    static byte[] readFromJar(File jar, String name) throws IOException {
        try (JarFile file = new JarFile(jar)) {
            ZipEntry entry = file.getEntry(name);
            if (entry == null || entry.isDirectory()) {
                return null;
            }
            try (InputStream in = file.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }

    /** The jar {@code owner} was loaded from, or null when it came from a folder (or anywhere else). */
    public static File jarOf(Class<?> owner) {
        CodeSource source = owner.getProtectionDomain().getCodeSource();
        URL location = source == null ? null : source.getLocation();
        if (location == null || !"file".equals(location.getProtocol()) || !location.getPath().endsWith(".jar")) {
            return null;
        }
        try {
            File file = new File(location.toURI());
            return file.isFile() ? file : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
