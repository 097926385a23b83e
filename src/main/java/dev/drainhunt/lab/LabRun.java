package dev.drainhunt.lab;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.PackFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Runs an exercise's harness on its buggy code and on its fix, each in a scratch module removed afterwards. */
public final class LabRun {

    /** What the two runs showed. */
    public record Report(HarnessResult buggy, HarnessResult fix) {
    }

    private final HarnessRunner runner;
    private final Path scratch;

    public LabRun(HarnessRunner runner, Path scratch) {
        this.runner = runner;
        this.scratch = scratch;
    }

    public Report run(Exercise exercise, PackFiles files) {
        return new Report(side(exercise, files, false), side(exercise, files, true));
    }

    private HarnessResult side(Exercise exercise, PackFiles files, boolean fix) {
        Path module = scratch.resolve("run-" + exercise.id() + (fix ? "-fix-" : "-buggy-") + ProcessHandle.current().pid());
        try {
            HarnessModule.write(module, exercise, fix ? exercise.fix() : exercise.buggy(),
                    HarnessModule.packStub(exercise, files), files);
            return runner.run(module, exercise.lab().race());
        } finally {
            delete(module);
        }
    }

    public static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A scratch folder left behind is harmless.
        }
    }
}
