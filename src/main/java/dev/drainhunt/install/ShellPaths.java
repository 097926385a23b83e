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
