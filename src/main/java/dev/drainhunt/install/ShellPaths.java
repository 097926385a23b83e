package dev.drainhunt.install;

import dev.drainhunt.terminal.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a user's shell looks for what install writes: the default prefix, $PATH, bash-completion's folder. */
public final class ShellPaths {

    private ShellPaths() {
    }

    /** {@code ~/.local}: where a user's own programs, manuals and completions go. */
    public static Path defaultPrefix(Environment env) {
        return Path.of(env.get("HOME").orElse(System.getProperty("user.home")), ".local");
    }

    /** Where bash-completion looks for a user's own completions. */
    public static Path userCompletions(Environment env) {
        return env.get("BASH_COMPLETION_USER_DIR").map(Path::of)
                .or(() -> env.get("XDG_DATA_HOME").map(Path::of).filter(Path::isAbsolute)
                        .map(x -> x.resolve("bash-completion")))
                .orElseGet(() -> defaultPrefix(env).resolve(Path.of("share", "bash-completion")))
                .resolve("completions").toAbsolutePath().normalize();
    }

    /**
     * Where the installed launcher keeps the class-data archives of the jar at {@code jar}, as it works it out:
     * $XDG_CACHE_HOME (when absolute), else ~/.cache, then drainhunt and a key named for the jar's path.
     */
    public static Path archives(Environment env, Path jar) {
        Path cache = env.get("XDG_CACHE_HOME").filter(x -> x.startsWith("/")).map(Path::of)
                .orElseGet(() -> Path.of(env.get("HOME").orElse(System.getProperty("user.home")), ".cache"));
        return cache.resolve("drainhunt").resolve(archiveKey(jar));
    }

    /** The launcher's name for the archive folder of the jar at {@code jar}: two installs never share one. */
    public static String archiveKey(Path jar) {
        return String.format("%08x", jar.toString().hashCode());
    }

    /**
     * Removes the archives the installed launcher built for {@code jar}: the files it names drainhunt-…, then the
     * folder when nothing else is in it. A cache, not a file install wrote, but an uninstall should not leave
     * 30 MB of it behind.
     */
    public static void removeArchives(Environment env, Path jar) throws IOException {
        Path dir = archives(env, jar);
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().startsWith("drainhunt-")
                        && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(file);
                }
            }
        }
        try {
            Files.delete(dir);
        } catch (java.nio.file.DirectoryNotEmptyException e) {
            // something else is in it (a builder's lock): left as it is
        }
    }

    /** Whether {@code bin} is a folder of $PATH, however it is spelt there. */
    public static boolean onPath(Path bin, Environment env) {
        for (String entry : env.get("PATH").orElse("").split(":")) {
            if (!entry.isEmpty() && same(Path.of(entry), bin)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(Path a, Path b) {
        if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
