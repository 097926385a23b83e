package dev.drainhunt.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A step of the launcher, not a command: runs the commands a learner runs most, one after another in this one JVM,
 * against a throw-away data folder, for the JDK 25+ AOT caches the launcher records from it (see "Performance" in
 * README.md). A recording covers one process, so the commands run in-process, as tests run them: the cache then
 * holds every class they load, linked, and their lambdas. Output goes where the launcher sends it (nowhere).
 *
 * <p>Arguments: the cache's family, then the data folder to practise in (never the learner's). JDK 25 loads every
 * class of a cache when a run starts, so the commonest commands keep caches of their own, recorded from them alone:
 * {@code version}, {@code help} (--help, help), {@code list}, {@code check} (82 -> 66 ms against all's) and
 * {@code practice} (a session: the bare drainhunt, practice, review; 102.7 -> 99.7 ms); {@code all}, from every
 * common command, serves the others.
 */
public final class Training {

    private static final String DIAGNOSIS = "the signal channel is unbuffered so a signal can be lost";
    /** A session's input that grades an answer, then moves on: it saves an attempt with a review (a forecast). */
    private static final String ANSWERED = DIAGNOSIS + "\n:skip\n:quit\n";

    /** One command of a recording: its standard input and its arguments. */
    private record Step(String input, String... command) {
    }

    private Training() {
    }

    /** Exits 1 when a command failed, 2 for an unknown family: the launcher then keeps no cache from the run. */
    public static void main(String[] args) {
        List<Step> steps = steps(args[0]);
        if (steps.isEmpty()) {
            System.err.println("drainhunt training: no family " + args[0]);
            System.exit(2);
        }
        long failures = 0;
        for (Step step : steps) {
            if (!run(args[1], step)) {
                failures++;
            }
        }
        if (failures > 0) {
            System.err.println("drainhunt training: " + failures + " commands failed");
            System.exit(1);
        }
    }

    /** The commands a family's cache is recorded from; none for a family there is not. */
    static List<Step> steps(String family) {
        switch (family) {
            case "version": // apart from help: its cache holds no help layout (--version on 25 82.5 -> 75.7 ms)
                return List.of(new Step("", "--version"));
            case "help":
                return List.of(new Step("", "--help"), new Step("", "help", "check"));
            case "list":
                return List.of(new Step("", "list")); // not --json: scripts' classes would load for every list
            case "check":
                return List.of(new Step("", "check", "1", "--diagnosis", DIAGNOSIS),
                        new Step("", "check", "2", "--diagnosis", DIAGNOSIS));
            case "practice": // a session: practice, review and the bare drainhunt
                // No answer: JDK 25 loads every class of a cache at the start, and a session grades seconds later.
                return List.of(new Step(":skip\n:quit\n", "practice", "1"), // saves: the next runs read progress
                        new Step(":quit\n", "practice", "1"),
                        new Step(":quit\n"));
            case "all":
                return List.of(new Step("", "--version"),
                        new Step("", "--help"),
                        new Step("", "list"),
                        new Step("", "list", "--json"),
                        new Step("", "show", "1"),
                        new Step("", "validate"),
                        new Step("", "check", "1", "--diagnosis", DIAGNOSIS),
                        new Step(ANSWERED, "practice", "1"), // saves progress: the runs after it read some
                        new Step(":quit\n", "practice", "1"),
                        new Step(":quit\n"),
                        new Step("", "check", "2", "--diagnosis", DIAGNOSIS),
                        new Step("", "list"),
                        new Step("", "progress"),
                        new Step("", "progress", "--json"));
            default:
                return List.of();
        }
    }

    /** One command, with its input as standard input; whether it exited 0. */
    private static boolean run(String data, Step step) {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream(step.input().getBytes(StandardCharsets.UTF_8)));
        try {
            String[] args = new String[step.command().length + 2];
            args[0] = "--data-dir";
            args[1] = data;
            System.arraycopy(step.command(), 0, args, 2, step.command().length);
            Warmup.start(Map.of(), args); // as main does, so the cache holds its classes too
            return Main.run(args) == ExitCode.OK;
        } finally {
            System.setIn(stdin);
        }
    }
}
