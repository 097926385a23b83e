package dev.drainhunt.lab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs {@code go test -json} in a laid-out harness module, bounded in time, offline, with Go's caches outside the
 * module, and reads back what the harness reported.
 */
public final class HarnessRunner {

    /** How long the harness itself may run (go test's -timeout); building comes on top. */
    public static final Duration TEST_LIMIT = Duration.ofSeconds(60);
    private static final Duration BUILD_ALLOWANCE = Duration.ofSeconds(60);
    private static final Pattern BUILD_FAILURE = Pattern.compile(
            "\\[build failed]|\\[setup failed]|^# drainhunt\\.lab/|\\.go:\\d+:\\d+: |^go: ", Pattern.MULTILINE);
    private static final String OUTPUT_FILE = ".go-test-output";

    private final GoToolchain go;
    private final Path cacheDir;

    /** @param cacheDir where Go's build cache goes (never the learner's working copy) */
    public HarnessRunner(GoToolchain go, Path cacheDir) {
        this.go = go;
        this.cacheDir = cacheDir.toAbsolutePath();
    }

    public GoToolchain toolchain() {
        return go;
    }

    /** Runs the harness in {@code module}; {@code race} adds -race. */
    public HarnessResult run(Path module, boolean race) {
        List<String> command = new ArrayList<>(List.of(go.go().toString(), "test", "-json", "-count=1",
                "-timeout", TEST_LIMIT.toSeconds() + "s"));
        if (race) {
            command.add("-race");
        }
        command.add(".");
        long start = System.nanoTime();
        Path outputFile = module.resolve(OUTPUT_FILE);
        Finished finished = start(command, module, outputFile);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        String stdout = read(outputFile);
        GoTestOutput parsed = GoTestOutput.parse(stdout);
        List<LabEvent> events = new ArrayList<>(parsed.events());
        String other = parsed.otherOutput();
        if (finished.timedOut) {
            return new HarnessResult(false, events, Optional.of(HarnessResult.Problem.TIMED_OUT), other, elapsed);
        }
        boolean failedLines = events.stream().anyMatch(e -> e.kind() == LabEvent.Kind.FAIL);
        if (finished.exitCode == 0 && !failedLines) {
            boolean reported = events.stream().anyMatch(e -> e.kind() == LabEvent.Kind.OK);
            return new HarnessResult(reported, events,
                    reported ? Optional.empty() : Optional.of(HarnessResult.Problem.NO_VERDICT), other, elapsed);
        }
        if (events.isEmpty() && BUILD_FAILURE.matcher(other).find()) {
            return new HarnessResult(false, events, Optional.of(HarnessResult.Problem.DOES_NOT_BUILD), other, elapsed);
        }
        if (!failedLines) {
            // The code under test crashed the harness (a panic) or a set-up step failed: that is what was seen.
            events.add(new LabEvent(events.isEmpty() ? 0 : events.get(events.size() - 1).seconds(),
                    LabEvent.Kind.FAIL, "the harness stopped: " + firstTrouble(other)));
        }
        return new HarnessResult(false, events, Optional.empty(), other, elapsed);
    }

    private record Finished(int exitCode, boolean timedOut) {
    }

    private Finished start(List<String> command, Path module, Path outputFile) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(module.toFile()).redirectErrorStream(true)
                .redirectOutput(outputFile.toFile()).redirectInput(ProcessBuilder.Redirect.from(devNull()));
        environment(pb.environment());
        try {
            Files.createDirectories(cacheDir);

            Process p = pb.start();
            boolean done = p.waitFor(TEST_LIMIT.plus(BUILD_ALLOWANCE).toMillis(), TimeUnit.MILLISECONDS);
            if (!done) {
                killTree(p);
                return new Finished(-1, true);
            }
            return new Finished(p.exitValue(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + go.go() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the harness ran", e);
        }
    }

    /** Offline, with Go's caches under the cache folder, and the harness told which go runs it. */
    void environment(Map<String, String> env) {
        env.put("GOFLAGS", "-mod=mod");
        env.put("GOPROXY", "off");
        env.put("GOTOOLCHAIN", "local");
        env.put("GOWORK", "off");
        env.put("GOCACHE", cacheDir.resolve("go-build").toString());
        env.put("GOPATH", cacheDir.resolve("gopath").toString());
        env.put("DRAINHUNT_GO", go.go().toString());
        env.put("PATH", go.go().getParent() + java.io.File.pathSeparator + env.getOrDefault("PATH", ""));
    }

    /** Kills go, the test binary and every program the harness started, deepest first. */
    private static void killTree(Process p) {
        List<ProcessHandle> tree = p.descendants().toList();
        for (int i = tree.size() - 1; i >= 0; i--) {
            tree.get(i).destroyForcibly();
        }
        p.destroyForcibly();
        try {
            p.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.io.File devNull() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read go test's output: " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Left in a temporary module: harmless.
            }
        }
    }

    /** The first line worth showing from output without kit lines: a panic, else a failure line, else the first. */
    static String firstTrouble(String output) {
        String[] lines = output.split("\n");
        for (String prefix : new String[] {"panic:", "fatal error:", "--- FAIL"}) {
            for (String line : lines) {
                if (line.strip().startsWith(prefix)) {
                    return line.strip();
                }
            }
        }
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith("=== RUN")) {
                return line.strip();
            }
        }
        return "no output";
    }
}
