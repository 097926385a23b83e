package dev.drainhunt.exercise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** Reads a pack from a folder, or the pack bundled in the jar, and validates it. */
public final class Catalog {

    /** Where the build copies {@code exercises/} inside the jar. */
    static final String BUNDLED_RESOURCE = "dev/drainhunt/pack/";
    /** How problems in the bundled pack are located for the reader. */
    static final String BUNDLED_LABEL = "<bundled pack>";
    private static final String SCHEMA = "schema.json";

    private final PackValidator validator;
    /** Files left unread because of their size, by the name problems use, with their size. */
    private final Map<String, Long> oversized = new java.util.HashMap<>();

    public Catalog(PackValidator validator) {
        this.validator = validator;
    }

    /** Loads the pack in {@code dir}; problems name files as {@code dir/NN-id.json}. */
    public PackValidator.Result load(Path dir) {
        if (!Files.isDirectory(dir)) {
            String why = Files.exists(dir) ? "is not a folder" : "does not exist";
            return new PackValidator.Result(Optional.empty(),
                    List.of(new Problem(dir.toString(), 1, 1, "", why + ": name a folder holding pack.json and NN-id.json files")));
        }
        return read(dir, dir.toString());
    }

    /** Loads the pack packaged into the jar (or into target/classes when run from the build). */
    public PackValidator.Result loadBundled() {
        URL manifest = Catalog.class.getClassLoader().getResource(BUNDLED_RESOURCE + PackValidator.MANIFEST);
        if (manifest == null) {
            throw new IllegalStateException("the bundled pack is missing from the class path; rebuild drainhunt");
        }
        try {
            if ("jar".equals(manifest.getProtocol())) {
                Set<String> otherFiles = new TreeSet<>();
                return validate(BUNDLED_LABEL, jarTexts(manifest, otherFiles), new ResourceFiles(otherFiles));
            }
            return read(Path.of(manifest.toURI()).getParent(), BUNDLED_LABEL);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the bundled pack: " + e.getMessage(), e);
        }
    }

    /**
     * The bundled pack to study: the image the build wrote after validating it ({@link PackImage}), without
     * positions; when the class path has none, its JSON read and validated as {@link #loadBundled} does.
     */
    public PackValidator.Result loadBundledImage() {
        // No lambda: every run that reads the pack comes here once (on JDK 17 each lambda linked costs ~0.2 ms).
        return BundledImage.PACK.isPresent() ? new PackValidator.Result(BundledImage.PACK, List.of()) : loadBundled();
    }

    /**
     * Reads the bundled pack's image now, if no thread has yet, so that a later {@link #loadBundledImage} finds it
     * read: a run starts this on a second thread while the main one parses its arguments ({@code cli.Warmup}).
     */
    public static void preloadBundledImage() {
        BundledImage.PACK.isPresent();
    }

    /**
     * The image, read once a process. A class-initialisation holder: when two threads ask at once, the JVM has the
     * second wait for the first's result. The pack is immutable, so sharing it is safe.
     */
    private static final class BundledImage {
        static final Optional<Pack> PACK = PackImage.readBundled(new ResourceFilesNamed());
    }

    /**
     * {@code ResourceFiles::new} spelt out: the image is read first thing on the warm-up thread, where a method
     * reference would link the JVM's lambda machinery (some 8 ms) while the main thread is linking it too.
     */
    private static final class ResourceFilesNamed implements Function<Set<String>, PackFiles> {
        @Override
        public PackFiles apply(Set<String> names) {
            return new ResourceFiles(names);
        }
    }

    /**
     * The pack's files inside the jar, by name. A JarFile shares the directory of the jar the class loader has
     * already read; a zip file system would load its provider and read the whole directory again, which a short
     * command would notice.
     */
    private static SortedMap<String, byte[]> jarTexts(URL manifest, Set<String> otherFiles) throws IOException {
        SortedMap<String, byte[]> texts = new TreeMap<>();
        URL jarUrl = ((JarURLConnection) manifest.openConnection()).getJarFileURL();
        try (JarFile jar = new JarFile(Path.of(jarUrl.toURI()).toFile())) {
            for (JarEntry entry : Collections.list(jar.entries())) {
                String name = entry.getName();
                if (!name.startsWith(BUNDLED_RESOURCE) || entry.isDirectory()
                        || name.indexOf('/', BUNDLED_RESOURCE.length()) >= 0) {
                    continue;
                }
                if (!name.endsWith(".json")) {
                    otherFiles.add(name.substring(BUNDLED_RESOURCE.length()));
                } else {
                    try (InputStream in = jar.getInputStream(entry)) {
                        texts.put(name.substring(BUNDLED_RESOURCE.length()), in.readAllBytes());
                    }
                }
            }
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the jar at " + jarUrl, e);
        }
        return texts;
    }

    private PackValidator.Result read(Path dir, String label) {
        SortedMap<String, byte[]> texts = new TreeMap<>();
        Set<String> otherFiles = new TreeSet<>();
        for (Path file : files(dir)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".json")) {
                texts.put(name, readBytes(file));
            } else {
                otherFiles.add(name);
            }
        }
        return validate(label, texts, new FolderFiles(dir, otherFiles));
    }

    private PackValidator.Result validate(String label, SortedMap<String, byte[]> textsByName, PackFiles files) {
        Optional<SourceFile> manifest = Optional.empty();
        List<SourceFile> exercises = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : textsByName.entrySet()) {
            String name = file.getKey();
            SourceFile source = file.getValue().length == 0 && oversized.containsKey(label + "/" + name)
                    ? new SourceFile(label + "/" + name, "", null, oversized.get(label + "/" + name))
                    : SourceFile.fromBytes(label + "/" + name, file.getValue());
            if (name.equals(PackValidator.MANIFEST)) {
                manifest = Optional.of(source);
            } else if (!name.equals(SCHEMA)) {
                exercises.add(source);
            }
        }
        return validator.validate(label, manifest, exercises, files);
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Bytes of a pack file; one too large to be a pack file is not read (the validator says so). */
    private byte[] readBytes(Path file) {
        try {
            long size = Files.size(file);
            if (size > PackValidator.MAX_FILE_BYTES) {
                oversized.put(file.getParent() + "/" + file.getFileName(), size);
                return new byte[0];
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new byte[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A pack folder's other files, read from the folder when asked. */
    private record FolderFiles(Path dir, Set<String> names) implements PackFiles {
        @Override
        public Optional<String> read(String name) {
            if (!names.contains(name)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(dir.resolve(name), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }

    /** The bundled pack's other files, read from the jar when asked: start-up reads only the JSON. */
    private record ResourceFiles(Set<String> names) implements PackFiles {
        @Override
        public Optional<String> read(String name) {
            if (!names.contains(name)) {
                return Optional.empty();
            }
            try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE + name)) {
                return in == null ? Optional.empty()
                        : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Optional.empty();
            }
        }
    }
}
