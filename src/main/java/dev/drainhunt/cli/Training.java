package dev.drainhunt.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A step of the launcher, not a command: runs the commands a learner runs most, one after another in this one JVM,
 * against a throw-away data folder, for the JDK 25+ AOT cache the launcher records from it (see "Performance" in
 * README.md). A recording covers one process, so the commands run in-process, as tests run them: the cache then
 * holds every class they load, linked, and their lambdas. Output goes where the launcher sends it (nowhere).
 *
 * <p>Arguments: the data folder to practise in (never the learner's).
 */
public final class Training {

    private static final String DIAGNOSIS = "the signal channel is unbuffered so a signal can be lost";

    private Training() {
    }

    /** Exits 1 when a command failed: the launcher then keeps no cache recorded from a broken run. */
    public static void main(String[] args) {
        String data = args[0];
        List<Boolean> ran = List.of(
                run(data, "", "--version"),
                run(data, "", "--help"),
                run(data, "", "list"),
                run(data, "", "list", "--json"),
                run(data, "", "show", "1"),
                run(data, "", "validate"),
                run(data, "", "check", "1", "--diagnosis", DIAGNOSIS),
                run(data, ":skip\n:quit\n", "practice", "1"), // saves progress, so the runs after it read some
                run(data, ":quit\n", "practice", "1"),
                run(data, ":quit\n"),
                run(data, "", "check", "2", "--diagnosis", DIAGNOSIS),
                run(data, "", "list"),
                run(data, "", "progress"),
                run(data, "", "progress", "--json"));
        long failures = ran.stream().filter(ok -> !ok).count();
        if (failures > 0) {
            System.err.println("drainhunt training: " + failures + " commands failed");
            System.exit(1);
        }
    }

    /** One command, with {@code input} as its standard input; whether it exited 0. */
    private static boolean run(String data, String input, String... command) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            String[] args = new String[command.length + 2];
            args[0] = "--data-dir";
            args[1] = data;
            System.arraycopy(command, 0, args, 2, command.length);
            Warmup.start(Map.of(), args); // as main does, so the cache holds its classes too
            return Main.run(args) == ExitCode.OK;
        } finally {
            System.setIn(stdin);
        }
    }
}
