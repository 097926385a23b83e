package dev.drainhunt.terminal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the process was started with: environment variables and whether stdout is a terminal. Commands read
 * these through here so tests can describe an environment instead of inheriting the developer's.
 */
public record Environment(Map<String, String> variables, boolean stdoutIsTerminal, boolean stdinIsTerminal) {

    public static Environment system() {
        return new Environment(System.getenv(), isTerminal(1), isTerminal(0));
    }

    /** The variable's value; empty when it is unset or set to nothing (as POSIX treats an empty locale). */
    public Optional<String> get(String name) {
        String value = variables.get(name);
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /**
     * Java 17 cannot ask isatty for one stream; on Linux /proc names the device behind each descriptor,
     * elsewhere a console exists only when both stdin and stdout are terminals, which is a safe fallback.
     */
    private static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
