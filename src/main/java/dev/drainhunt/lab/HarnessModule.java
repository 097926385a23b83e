package dev.drainhunt.lab;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Lab;
import dev.drainhunt.exercise.PackFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Lays out the Go module a harness runs in: {@code go.mod} with the exercise's go line, the snippet (as
 * {@code main.go}, or {@code PKG.go} for a library), the stub, the harness as {@code harness_test.go} and the lab kit.
 */
public final class HarnessModule {

    public static final String HARNESS_FILE = "harness_test.go";
    public static final String KIT_FILE = "labkit_test.go";
    public static final String STUB_FILE = "stub.go";
    private static final String KIT_RESOURCE = "dev/drainhunt/lab/labkit_test.go";
    private static final String KIT_PACKAGE = "package labkit";

    private HarnessModule() {
    }

    /** The snippet's file name in a module: {@code main.go} for a program, else named after its package. */
    public static String snippetFile(Exercise exercise) {
        return exercise.goPackage() + ".go";
    }

    /** The go.mod of an exercise's module. */
    public static String goMod(Exercise exercise) {
        return "module drainhunt.lab/" + exercise.id() + "\n\ngo " + exercise.goVersion() + "\n";
    }

    /**
     * Writes the module for running {@code code} (buggy, fix, or a learner's version) against the harness.
     *
     * @param stubText the stub to compile with it (the pack's, or the learner's copy); null when there is none
     */
    public static void write(Path dir, Exercise exercise, List<String> code, String stubText, PackFiles files) {
        Lab lab = exercise.lab();
        if (lab == null) {
            throw new IllegalArgumentException("exercise " + exercise.label() + " has no lab harness");
        }
        String harness = files.read(lab.harness()).orElseThrow(() -> new UncheckedIOException(
                new IOException("cannot read the harness " + lab.harness() + " of the pack")));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("go.mod"), goMod(exercise));
            Files.writeString(dir.resolve(snippetFile(exercise)), String.join("\n", code) + "\n");
            if (stubText != null) {
                Files.writeString(dir.resolve(STUB_FILE), stubText);
            }
            Files.writeString(dir.resolve(HARNESS_FILE), harness);
            Files.writeString(dir.resolve(KIT_FILE), kit(exercise.goPackage()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lay out the harness module in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The pack's stub for an exercise, or null when it has none. */
    public static String packStub(Exercise exercise, PackFiles files) {
        Lab lab = exercise.lab();
        if (lab == null || !lab.hasStub()) {
            return null;
        }
        return files.read(lab.stub()).orElseThrow(() -> new UncheckedIOException(
                new IOException("cannot read the stub " + lab.stub() + " of the pack")));
    }

    /** The lab kit, in the snippet's package. */
    static String kit(String goPackage) {
        try (InputStream in = HarnessModule.class.getClassLoader().getResourceAsStream(KIT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the lab kit is missing from the class path; rebuild drainhunt");
            }
            String kit = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return kit.replaceFirst(KIT_PACKAGE, "package " + goPackage);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lab kit: " + e.getMessage(), e);
        }
    }
}
