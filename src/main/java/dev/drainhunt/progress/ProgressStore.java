package dev.drainhunt.progress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The learner's progress in a data directory: read at any time, changed only through {@link #update},
 * which is atomic, survives a crash at any instant and lets concurrent sessions interleave.
 *
 * <p>Files in the data directory: {@code progress.json}; {@code progress.json.bak}, the version before the
 * latest save; {@code progress.lock}; {@code progress.json.corrupt-<UTC time>} for a damaged file moved
 * aside; {@code progress.json.reset-<UTC time>}, the version before a reset.
 */
public final class ProgressStore {

    public static final String FILE_NAME = "progress.json";
    static final String LOCK_NAME = "progress.lock";

    static final String CANNOT_READ = "cannot read progress from %s: %s";
    static final String CANNOT_WRITE = "cannot write progress to %s: %s";
    static final String NEWER_REFUSED = "%s was written by a newer drainhunt (schemaVersion %d; this one knows %d):"
            + " upgrade drainhunt to record progress; the file was left untouched";
    static final String NEWER_SHOWN = "%s was written by a newer drainhunt (schemaVersion %d; this one knows %d):"
            + " showing what this version can read; upgrade drainhunt to record progress";
    static final String NEWER_UNREADABLE = "%s was written by a newer drainhunt (schemaVersion %d; this one knows"
            + " %d) and cannot be shown; upgrade drainhunt";
    static final String RESTORED = "%s was damaged (%s): moved it to %s and restored the previous version from %s";
    static final String STARTED_AFRESH = "%s was damaged (%s): moved it to %s and started afresh (no usable %s)";
    static final String TOO_LARGE = "%s is too large to read in this much memory (%d bytes); it was left untouched:"
            + " give java more memory (-Xmx) or move the file aside";

    /**
     * Readies the progress reader (its JSON parser) on the calling thread, so that the first read does not: a run
     * starts this on a warm-up thread while it parses its arguments ({@code cli.Warmup}).
     */
    public static void preloadReader() {
        ProgressReader.preload();
    }

    /** Built when a damaged file is first moved aside: parsing a pattern costs every start-up a few milliseconds. */
    private static final class Stamp {
        static final DateTimeFormatter FORMAT =
                DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    }

    private final Path dir;
    private final Path file;
    private final Path backup;
    private final Clock clock;
    private final Consumer<String> warnings;

    /**
     * Touches no file until used.
     *
     * @param clock dates the names of files moved aside or saved before a reset
     * @param warnings receives one-line messages about recoveries the user should know of
     */
    public ProgressStore(Path dataDir, Clock clock, Consumer<String> warnings) {
        this.dir = dataDir.toAbsolutePath().normalize();
        this.file = dir.resolve(FILE_NAME);
        this.backup = dir.resolve(FILE_NAME + ".bak");
        this.clock = Objects.requireNonNull(clock);
        this.warnings = Objects.requireNonNull(warnings);
    }

    /** The path of {@code progress.json}, for messages. */
    public Path file() {
        return file;
    }

    /**
     * The progress as saved; empty when there is none yet. Needs no lock (a save replaces the file whole),
     * except to repair a damaged file. A file of a newer schema is shown as far as it can be read, with a
     * warning.
     */
    public ProgressFile read() {
        Reading reading;
        try {
            reading = inspect(file);
        } catch (IOException e) {
            throw new ProgressException(CANNOT_READ.formatted(file, reason(e)), e);
        }
        if (reading instanceof Valid valid) {
            return valid.progress();
        }
        if (reading instanceof Newer newer) {
            if (newer.readable() == null) {
                warnings.accept(NEWER_UNREADABLE.formatted(file, newer.version(), ProgressFile.SCHEMA_VERSION));
                return ProgressFile.empty();
            }
            warnings.accept(NEWER_SHOWN.formatted(file, newer.version(), ProgressFile.SCHEMA_VERSION));
            return newer.readable();
        }
        if (reading instanceof Absent) {
            return ProgressFile.empty();
        }
        return change(UnaryOperator.identity());
    }

    /**
     * Changes one pack's progress: under the lock, re-reads the file, applies {@code change} and saves the
     * result atomically, so changes from other sessions in between are kept.
     *
     * @return the pack's progress as saved
     */
    public PackProgress update(String pack, UnaryOperator<PackProgress> change) {
        return change(p -> p.withPack(pack, Objects.requireNonNull(change.apply(p.pack(pack)), "new progress")))
                .pack(pack);
    }

    /** Saves the learner's name; null forgets it. */
    public ProgressFile setLearner(String name) {
        return change(p -> p.withLearner(name));
    }

    /**
     * Forgets one exercise's progress in a pack, after saving the current file aside.
     *
     * @return where the previous version was saved; empty when there was nothing to reset
     */
    public Optional<Path> reset(String pack, String exerciseId) {
        return resetIf(p -> p.pack(pack).exercises().containsKey(exerciseId),
                p -> p.withPack(pack, p.pack(pack).without(exerciseId)));
    }

    /** Forgets a whole pack's progress, as {@link #reset} does for one exercise. */
    public Optional<Path> resetAll(String pack) {
        return resetIf(p -> p.packs().containsKey(pack), p -> p.withoutPack(pack));
    }

    private Optional<Path> resetIf(Predicate<ProgressFile> present, UnaryOperator<ProgressFile> reset) {
        return underLock(() -> {
            ProgressFile current = currentForWrite();
            if (!present.test(current)) {
                return Optional.empty();
            }
            Path saved = AtomicFiles.preserveUnderUnusedName(file, dir.resolve(FILE_NAME + ".reset-" + stamp()));
            save(current, reset.apply(current));
            return Optional.of(saved);
        });
    }

    private ProgressFile change(UnaryOperator<ProgressFile> change) {
        return underLock(() -> {
            ProgressFile current = currentForWrite();
            ProgressFile next = Objects.requireNonNull(change.apply(current), "new progress");
            save(current, next);
            return next;
        });
    }

    private void save(ProgressFile current, ProgressFile next) throws IOException {
        if (!next.equals(current)) {
            AtomicFiles.replace(file, ProgressWriter.bytes(next.atCurrentSchema()), backup);
        }
    }

    private <T> T underLock(StoreLock.Work<T> work) {
        try {
            Files.createDirectories(dir);
            return StoreLock.holding(dir.resolve(LOCK_NAME), work);
        } catch (IOException e) {
            throw new ProgressException(CANNOT_WRITE.formatted(file, reason(e)), e);
        }
    }

    /** The progress to change, repaired if damaged; refuses a newer schema. Only call under the lock. */
    private ProgressFile currentForWrite() throws IOException {
        // Holding the lock, no other writer is mid-save: any temporary file is a killed writer's leftover.
        AtomicFiles.removeLeftovers(file);
        Reading reading = inspect(file);
        if (reading instanceof Valid valid) {
            return valid.progress();
        }
        if (reading instanceof Newer newer) {
            throw new ProgressException(NEWER_REFUSED.formatted(file, newer.version(), ProgressFile.SCHEMA_VERSION));
        }
        if (reading instanceof Invalid invalid) {
            return recover(invalid.problem());
        }
        return ProgressFile.empty();
    }

    /** Moves a damaged file aside (never deleting it) and falls back on the backup if that one is sound. */
    private ProgressFile recover(String problem) throws IOException {
        Path aside = AtomicFiles.moveToUnusedName(file, dir.resolve(FILE_NAME + ".corrupt-" + stamp()));
        if (backupReading() instanceof Valid previous) {
            // progress.json is gone now, so this save leaves the backup as it is.
            AtomicFiles.replace(file, ProgressWriter.bytes(previous.progress()), backup);
            warnings.accept(RESTORED.formatted(file, problem, aside, backup));
            return previous.progress();
        }
        AtomicFiles.syncDirectory(dir);
        warnings.accept(STARTED_AFRESH.formatted(file, problem, aside, backup.getFileName()));
        return ProgressFile.empty();
    }

    private Reading backupReading() {
        try {
            return inspect(backup);
        } catch (IOException e) {
            return new Invalid(reason(e)); // an unreadable backup is no backup: start afresh rather than fail
        }
    }

    private String stamp() {
        return Stamp.FORMAT.format(clock.instant());
    }

    /** What a progress file holds, decided without changing anything. */
    private static Reading inspect(Path path) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return new Absent();
        } catch (OutOfMemoryError e) {
            throw new ProgressException(TOO_LARGE.formatted(path, Files.size(path)));
        }
        try {
            return parse(bytes);
        } catch (OutOfMemoryError e) {
            // Decided before anything is written: the file stays as it is, and the run ends with one line.
            throw new ProgressException(TOO_LARGE.formatted(path, bytes.length));
        }
    }

    private static Reading parse(byte[] bytes) {
        // A sound file of this schema in the shape written, with no ObjectMapper at all (about 50 ms of every run).
        ProgressFile streamed = ProgressReader.read(bytes);
        if (streamed != null) {
            return new Valid(streamed);
        }
        try {
            // A sound file of this schema, read straight into the model: through the tree, 100,000 attempts took
            // 40% longer and 60% more heap. Anything else is told apart on the tree, below.
            ProgressFile progress = ProgressJson.progress(bytes);
            if (progress != null && progress.schemaVersion() == ProgressFile.SCHEMA_VERSION) {
                return new Valid(progress);
            }
        } catch (JsonProcessingException e) {
            // not valid for this schema: say why below
        }
        try {
            JsonNode tree = ProgressJson.tree(bytes);
            // `null`, a number or an array are damage like any other; a file of `null` once read as a null model.
            JsonNode version = tree == null ? null : tree.path("schemaVersion");
            if (tree == null || !tree.isObject() || !version.isIntegralNumber()) {
                return new Invalid("no schemaVersion number in a JSON object");
            }
            // Any whole number above ours is a newer writer's, even one past int (99999999999).
            if (version.bigIntegerValue().compareTo(BigInteger.valueOf(ProgressFile.SCHEMA_VERSION)) > 0) {
                return new Newer(version.bigIntegerValue(), readableOrNull(tree));
            }
            ProgressFile progress = ProgressJson.progress(ProgressMigration.toCurrent((ObjectNode) tree));
            return progress == null ? new Invalid("not a JSON object") : new Valid(progress);
        } catch (JsonProcessingException e) {
            return new Invalid(ProgressJson.describe(e));
        }
    }

    private static ProgressFile readableOrNull(JsonNode tree) {
        try {
            return ProgressJson.progressLeniently(tree);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** The OS's reason for a failure, short and lower-case, for a one-line message. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return ((FileSystemException) e).getFile() + " is not a directory";
        }
        if (e instanceof NoSuchFileException missing) {
            return missing.getFile() + " does not exist";
        }
        String text = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        if (text == null || text.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private sealed interface Reading permits Absent, Valid, Invalid, Newer {
    }

    private record Absent() implements Reading {
    }

    private record Valid(ProgressFile progress) implements Reading {
    }

    private record Invalid(String problem) implements Reading {
    }

    /** @param readable what this build can read of it, or null */
    private record Newer(BigInteger version, ProgressFile readable) implements Reading {
    }
}
