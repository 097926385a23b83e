package dev.drainhunt.install;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes files under a prefix and removes them again. A manifest lists every file an install wrote and every
 * folder it created, so uninstalling removes exactly those: never a file it did not write, such as progress
 * data, which by default lives in the very folder the jar is installed in.
 */
public final class Installation {

    /** Where the manifest lives, relative to the prefix. */
    public static final Path MANIFEST = Path.of("share", "drainhunt", "installed-files.txt");

    /** The suffix of the name under which {@code --force} keeps a user's own file that install replaced. */
    public static final String BACKUP_SUFFIX = ".drainhunt-backup";

    static final String NOT_OURS = "%s is not a file drainhunt install wrote, so it was left as it is and nothing was"
            + " installed: move it away, or install with --force to keep it as %s (put back by --uninstall)";
    static final String BACKUP_TAKEN = "%s is not a file drainhunt install wrote, and %s is taken too: move one away";

    /** How one file's content is written to a (temporary) path. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    /** One file to install: its path relative to the prefix, its content, and whether it is a program. */
    public record Item(Path path, Content content, Optional<Path> source, boolean executable) {

        public static Item copy(Path path, Path source) {
            return new Item(path, file -> Files.copy(source, file, REPLACE_EXISTING), Optional.of(source), false);
        }

        public static Item text(Path path, String text, boolean executable) {
            return new Item(path, file -> Files.writeString(file, text, StandardCharsets.UTF_8), Optional.empty(),
                    executable);
        }
    }

    /** The absolute paths an uninstall removed, and the innermost folders it created but left, holding more. */
    public record Removal(List<Path> removed, List<Path> kept) {
    }

    private final Path prefix;

    /** @throws IllegalArgumentException for an empty prefix or one with a control character in it */
    public Installation(Path prefix) {
        if (prefix.toString().isEmpty()) {
            throw new IllegalArgumentException("the prefix is empty: name a folder (\"--prefix .\" for this one)");
        }
        this.prefix = prefix.toAbsolutePath().normalize();
        unsafeCharacter(this.prefix.toString()).ifPresent(c -> {
            throw new IllegalArgumentException("the prefix holds a control character (" + c + "): refused, as"
                    + " the manifest and the launcher are lines of text");
        });
    }

    /**
     * The first character of {@code path} that must never be part of a path we write or list, as a visible mark:
     * a line end would add lines to the manifest (which a later install or uninstall acts on), and other control
     * characters would reach the terminal in our messages.
     */
    public static Optional<String> unsafeCharacter(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
                return Optional.of(String.format("U+%04X", (int) c));
            }
        }
        return Optional.empty();
    }

    public Path prefix() {
        return prefix;
    }

    public Path manifest() {
        return prefix.resolve(MANIFEST);
    }

    /** As {@link #install(List, boolean)}, refusing to replace any file install did not write. */
    public List<Path> install(List<Item> items) throws IOException {
        return install(items, false);
    }

    /**
     * Writes every item, each replaced whole; returns their absolute paths, the manifest last. A file already at
     * an item's place that the manifest does not list is the user's: it stops the install before anything is
     * written, or with {@code force} is kept under {@link #BACKUP_SUFFIX}, which uninstall puts back.
     */
    public List<Path> install(List<Item> items, boolean force) throws IOException {
        Manifest old = readManifest().orElse(new Manifest(Set.of(), Set.of(), Set.of(), Set.of()));
        for (Path entry : old.files()) {
            inside(entry); // a manifest pointing outside the prefix stops the install before it writes
        }
        Set<Path> files = new LinkedHashSet<>();
        Set<Path> dirs = new LinkedHashSet<>(old.dirs());
        Set<Path> backups = new LinkedHashSet<>(old.backups());
        List<Path> toBackUp = new ArrayList<>();
        for (Item item : items) {
            files.add(item.path());
            dirs.addAll(missingFolders(item.path().getParent()));
            Path target = inside(item.path());
            if (!old.files().contains(item.path()) && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Path backup = backupOf(target);
                if (Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileSystemException(null, null, BACKUP_TAKEN.formatted(target, backup));
                }
                if (!force) {
                    throw new FileSystemException(null, null, NOT_OURS.formatted(target, backup));
                }
                toBackUp.add(target);
                backups.add(item.path());
            }
        }
        dirs.addAll(missingFolders(MANIFEST.getParent()));
        Set<Path> parents = new LinkedHashSet<>(old.parents());
        parents.addAll(missingAncestors());
        // Listed before anything is written, old files included: an install that fails halfway can be undone.
        Set<Path> planned = new LinkedHashSet<>(old.files());
        planned.addAll(files);
        writeManifest(new Manifest(planned, dirs, parents, backups));

        for (Path target : toBackUp) {
            Files.move(target, backupOf(target)); // no REPLACE_EXISTING: a backup is never overwritten
        }
        List<Path> written = new ArrayList<>();
        for (Item item : items) {
            Path target = inside(item.path());
            Files.createDirectories(target.getParent());
            if (item.source().isEmpty() || !sameFile(item.source().get(), target)) {
                replace(target, item.content(), item.executable());
            }
            written.add(target);
        }
        for (Path stale : old.files()) {
            if (!files.contains(stale)) {
                deleteFile(inside(stale));
            }
        }
        writeManifest(new Manifest(files, dirs, parents, backups));
        written.add(manifest());
        return written;
    }

    /** Removes what the manifest lists; empty when nothing was installed under this prefix. */
    public Optional<Removal> uninstall() throws IOException {
        Optional<Manifest> manifest = readManifest();
        if (manifest.isEmpty()) {
            return Optional.empty();
        }
        // Every entry is checked before anything is removed.
        List<Path> files = new ArrayList<>();
        for (Path file : manifest.get().files()) {
            files.add(inside(file));
        }
        List<Path> dirs = new ArrayList<>();
        for (Path dir : manifest.get().dirs()) {
            dirs.add(inside(dir));
        }
        List<Path> parents = new ArrayList<>();
        for (Path parent : manifest.get().parents()) {
            if (!parent.isAbsolute() || !prefix.startsWith(parent) || parent.equals(prefix)) {
                throw new FileSystemException(manifest().toString(), null, "lists " + parent
                        + " as a folder above " + prefix + ", which it is not, so nothing was changed");
            }
            parents.add(parent);
        }
        List<Path> restores = new ArrayList<>();
        for (Path original : manifest.get().backups()) {
            restores.add(inside(original));
        }
        List<Path> removed = new ArrayList<>();
        for (Path file : files) {
            if (deleteFile(file)) {
                removed.add(file);
            }
        }
        for (Path original : restores) {
            // The user's own file that install --force set aside goes back where it was.
            Path backup = backupOf(original);
            if (Files.exists(backup, LinkOption.NOFOLLOW_LINKS) && !Files.exists(original, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(backup, original);
            }
        }
        Files.delete(manifest());
        removed.add(manifest());
        List<Path> kept = new ArrayList<>();
        dirs.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path dir : dirs) {
            if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException e) {
                    kept.add(dir);
                }
            }
        }
        parents.sort(Comparator.comparingInt(Path::getNameCount).reversed());
        for (Path parent : parents) {
            // Folders above the prefix that install created: removed once empty, never listed as kept.
            try {
                Files.deleteIfExists(parent);
            } catch (DirectoryNotEmptyException e) {
                break;
            }
        }
        // share holds share/drainhunt: naming the folder with the other files in it says enough.
        kept.removeIf(dir -> kept.stream().anyMatch(inner -> !inner.equals(dir) && inner.startsWith(dir)));
        return Optional.of(new Removal(removed, kept));
    }

    /** The OS's reason an install step failed, naming the file, for a one-line message. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException denied) {
            return denied.getFile() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return ((FileSystemException) e).getFile() + ": not a folder";
        }
        if (e instanceof FileSystemException fse && fse.getFile() != null) {
            return fse.getFile() + ": " + (fse.getReason() != null ? fse.getReason()
                    : e.getClass().getSimpleName().replace("Exception", ""));
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The folders from the prefix down to {@code dir} (relative paths, "" being the prefix) that do not exist. */
    private List<Path> missingFolders(Path dir) {
        List<Path> missing = new ArrayList<>();
        Path relative = dir;
        while (relative != null && !Files.exists(prefix.resolve(relative))) {
            missing.add(relative);
            relative = relative.getParent();
        }
        if (relative == null && !Files.exists(prefix)) {
            missing.add(Path.of(""));
        }
        return missing;
    }

    /** The folders above the prefix (absolute paths) that do not exist yet: creating the prefix creates them. */
    private List<Path> missingAncestors() {
        List<Path> missing = new ArrayList<>();
        for (Path up = prefix.getParent(); up != null && !Files.exists(up); up = up.getParent()) {
            missing.add(up);
        }
        return missing;
    }

    private static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /** An absolute path under the prefix; a manifest entry that points elsewhere is refused, never followed. */
    private Path inside(Path relative) throws IOException {
        Path target = prefix.resolve(relative).normalize();
        if (relative.isAbsolute() || !target.startsWith(prefix)) {
            throw new FileSystemException(manifest().toString(), null, "lists " + relative
                    + ", which is outside " + prefix + ", so nothing was changed");
        }
        return target;
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        return Files.exists(b) && Files.isSameFile(a, b);
    }

    /** Deletes a file or link (never a folder); false when there was none. */
    private static boolean deleteFile(Path file) throws IOException {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return Files.deleteIfExists(file);
    }

    /** Writes beside the target, then renames over it: a running launcher or jar is never seen half-written. */
    private static void replace(Path target, Content content, boolean executable) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            content.writeTo(temp);
            setMode(temp, executable ? "rwxr-xr-x" : "rw-r--r--");
            moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Renames a finished temporary file over the target; atomically where the file system can. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, ATOMIC_MOVE, REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, REPLACE_EXISTING);
        }
    }

    private static void setMode(Path file, String mode) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the file keeps the default mode.
        }
    }

    private Optional<Manifest> readManifest() throws IOException {
        if (!Files.isRegularFile(manifest())) {
            return Optional.empty();
        }
        try (Stream<String> lines = Files.lines(manifest(), StandardCharsets.UTF_8)) {
            return Optional.of(Manifest.parse(lines.toList()));
        }
    }

    private void writeManifest(Manifest manifest) throws IOException {
        Files.createDirectories(manifest().getParent());
        replace(manifest(), file -> Files.writeString(file, manifest.format(prefix), StandardCharsets.UTF_8),
                false);
    }

    /**
     * The manifest's content: files written, folders created (relative to the prefix), folders above the prefix
     * created (absolute), and files whose user's own version install --force kept under {@link #BACKUP_SUFFIX}.
     */
    private record Manifest(Set<Path> files, Set<Path> dirs, Set<Path> parents, Set<Path> backups) {

        private static final String FILE = "file ";
        private static final String DIR = "dir ";
        private static final String PARENT = "parent ";
        private static final String BACKUP = "backup ";

        static Manifest parse(List<String> lines) {
            Set<Path> files = new LinkedHashSet<>();
            Set<Path> dirs = new LinkedHashSet<>();
            Set<Path> parents = new LinkedHashSet<>();
            Set<Path> backups = new LinkedHashSet<>();
            for (String line : lines) {
                if (line.startsWith(FILE)) {
                    files.add(Path.of(line.substring(FILE.length())));
                } else if (line.startsWith(DIR)) {
                    String dir = line.substring(DIR.length());
                    dirs.add(Path.of(dir.equals(".") ? "" : dir));
                } else if (line.startsWith(PARENT)) {
                    parents.add(Path.of(line.substring(PARENT.length())));
                } else if (line.startsWith(BACKUP)) {
                    backups.add(Path.of(line.substring(BACKUP.length())));
                }
            }
            return new Manifest(files, dirs, parents, backups);
        }

        String format(Path prefix) {
            StringBuilder text = new StringBuilder()
                    .append("# What `drainhunt install` wrote under ").append(prefix).append(", relative to it.\n")
                    .append("# `drainhunt install --uninstall --prefix ").append(prefix)
                    .append("` removes these files, then these folders if they are empty, and puts backups back.\n");
            files.forEach(f -> text.append(FILE).append(slashes(f)).append('\n'));
            dirs.stream().map(d -> d.toString().isEmpty() ? "." : slashes(d)).sorted()
                    .forEach(d -> text.append(DIR).append(d).append('\n'));
            parents.forEach(p -> text.append(PARENT).append(slashes(p)).append('\n'));
            backups.forEach(b -> text.append(BACKUP).append(slashes(b)).append('\n'));
            return text.toString();
        }

        private static String slashes(Path path) {
            return path.toString().replace('\\', '/');
        }
    }
}
