package dev.drainhunt.lab;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.PackFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A learner's copy of an exercise's buggy code, laid out as a Go module they can edit, build and test:
 * {@code go.mod}, the snippet, and the stub. Never overwritten: a reset first keeps the learner's version aside.
 */
public final class WorkingCopy {

    private static final Pattern EXPORTED_FUNC = Pattern.compile("^func (?:\\([^)]*\\) )?([A-Z]\\w*)\\(");
    private static final Pattern EXPORTED_TYPE = Pattern.compile("^type ([A-Z]\\w*) ");
    private static final Pattern LITERAL = Pattern.compile("\"(:\\d+|/[\\w/.-]*)\"");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Exercise exercise;

    public WorkingCopy(Path dir, Exercise exercise) {
        this.dir = dir;
        this.exercise = exercise;
    }

    /** {@code DATA/work/NN-id}: where a copy goes when the learner names no folder. */
    public static Path defaultDir(Path dataDir, Exercise exercise) {
        return dataDir.resolve("work").resolve(String.format("%02d-%s", exercise.number(), exercise.id()));
    }

    public Path dir() {
        return dir;
    }

    /** The file the learner edits. */
    public Path snippet() {
        return dir.resolve(HarnessModule.snippetFile(exercise));
    }

    public Path stub() {
        return dir.resolve(HarnessModule.STUB_FILE);
    }

    public boolean exists() {
        return Files.exists(snippet());
    }

    /** Lays out the copy unless one is there already; returns whether it wrote one. */
    public boolean create(PackFiles files) {
        if (exists()) {
            return false;
        }
        write(files);
        return true;
    }

    /**
     * Puts the buggy code back, after moving the learner's version aside as {@code NAME.go.TIMESTAMP.bak}.
     *
     * @return the kept copy of the learner's version, if there was one
     */
    public java.util.Optional<Path> reset(PackFiles files, Instant now) {
        java.util.Optional<Path> kept = java.util.Optional.empty();
        try {
            if (exists()) {
                Path aside = snippet().resolveSibling(snippet().getFileName() + "." + STAMP.format(now) + ".bak");
                Files.move(snippet(), aside, StandardCopyOption.ATOMIC_MOVE);
                kept = java.util.Optional.of(aside);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep your version of " + snippet() + ": " + e.getMessage(), e);
        }
        write(files);
        return kept;
    }

    private void write(PackFiles files) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("go.mod"), HarnessModule.goMod(exercise));
            List<String> code = new ArrayList<>(header());
            code.addAll(exercise.buggy());
            Files.writeString(snippet(), String.join("\n", code) + "\n");
            String stub = HarnessModule.packStub(exercise, files);
            if (stub != null && !Files.exists(stub())) {
                Files.writeString(stub(), stub);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the working copy in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The comment at the top of the learner's copy: what to do, how it is checked, which names to keep. */
    List<String> header() {
        List<String> lines = new ArrayList<>();
        lines.add("// drainhunt fix " + exercise.number() + " (" + exercise.id() + "): make this code drain correctly.");
        lines.add("// Check it with `drainhunt fix " + exercise.number() + " --check`: a behaviour harness runs it,");
        lines.add("// so any correct fix passes, not only the pack's.");
        Set<String> names = namesToKeep();
        if (!names.isEmpty()) {
            lines.add("// Keep these names, the harness uses them: " + String.join(", ", names) + ".");
        }
        lines.add("");
        return lines;
    }

    /** What a harness may use: the snippet's exported types and functions, its address and routes. */
    Set<String> namesToKeep() {
        Set<String> names = new LinkedHashSet<>();
        for (String line : exercise.buggy()) {
            Matcher f = EXPORTED_FUNC.matcher(line);
            if (f.find()) {
                names.add(f.group(1));
            }
            Matcher t = EXPORTED_TYPE.matcher(line);
            if (t.find()) {
                names.add(t.group(1));
            }
            Matcher lit = LITERAL.matcher(line);
            while (lit.find()) {
                names.add("\"" + lit.group(1) + "\"");
            }
        }
        return names;
    }
}
