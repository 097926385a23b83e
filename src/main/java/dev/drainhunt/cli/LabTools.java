package dev.drainhunt.cli;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.lab.GoToolchain;
import dev.drainhunt.exercise.PackFiles;
import dev.drainhunt.lab.HarnessRunner;
import dev.drainhunt.lab.LabRun;
import dev.drainhunt.render.Style;
import dev.drainhunt.render.TimelineView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jline.utils.AttributedString;

/** What {@code run} and {@code fix} need from this machine: Go (or one line saying how to get it), caches, scratch. */
final class LabTools {

    static final String GO_NEEDED = "the lab runs Go code, and no Go was found: " + GoToolchain.HOW_TO_GET;
    static final String GO_TOO_OLD = "the lab needs Go %s or newer, and %s is %s: " + GoToolchain.HOW_TO_GET;
    static final String NO_LAB = "exercise %d has no lab harness in this pack, so there is nothing to run";

    private final Settings settings;
    private GoToolchain go;

    LabTools(Settings settings) {
        this.settings = settings;
    }

    /** The toolchain, or a {@link UserError} with exit code {@link ExitCode#TOOL_MISSING}. */
    GoToolchain go() {
        if (go == null) {
            GoToolchain found = GoToolchain.find(settings.env()::get)
                    .orElseThrow(() -> new UserError(ExitCode.TOOL_MISSING, GO_NEEDED));
            if (!found.atLeast(GoToolchain.MINIMUM)) {
                throw new UserError(ExitCode.TOOL_MISSING,
                        GO_TOO_OLD.formatted(GoToolchain.MINIMUM, found.go(), found.version()));
            }
            go = found;
        }
        return go;
    }

    /** Go's build cache goes under the data dir, never into a working copy. */
    HarnessRunner runner() {
        return new HarnessRunner(go(), settings.dataDir().resolve("cache").resolve("go"));
    }

    /** Runs the harness on the buggy code and on the fix. */
    LabRun.Report run(Exercise exercise, PackFiles files) {
        HarnessRunner runner = runner();
        return inScratch(dir -> new LabRun(runner, dir).run(exercise, files));
    }

    /** The two timelines at {@code width}; without Go, the one line saying how to get it. */
    List<AttributedString> timeline(Exercise exercise, PackFiles files, int width) {
        try {
            return TimelineView.render(exercise, run(exercise, files), width, settings.glyphs());
        } catch (UserError e) {
            return List.of(new AttributedString(e.getMessage(), Style.WARN));
        }
    }

    static void requireLab(Exercise exercise) {
        if (exercise.lab() == null) {
            throw UserError.usage(NO_LAB.formatted(exercise.number()));
        }
    }

    /** Runs {@code work} with a fresh temporary folder for scratch modules, removed afterwards. */
    static <T> T inScratch(Function<Path, T> work) {
        Path dir;
        try {
            dir = Files.createTempDirectory("drainhunt-lab-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for the lab: " + e.getMessage(), e);
        }
        try {
            return work.apply(dir);
        } finally {
            LabRun.delete(dir);
        }
    }


}
