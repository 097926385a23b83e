package dev.drainhunt.lab;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Lab;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that a pack's harnesses and stubs parse as Go, with gofmt beside the toolchain's go binary. */
public final class GoSyntaxCheck {

    private static final Pattern GOFMT_ERROR = Pattern.compile("^.*?:(\\d+):(\\d+): (.*)$", Pattern.MULTILINE);

    private final GoToolchain go;

    public GoSyntaxCheck(GoToolchain go) {
        this.go = go;
    }

    /**
     * Every syntax error in the Go files the pack's labs name, positioned in the file.
     *
     * @param location how the pack's folder is named in problems
     */
    public List<Problem> check(Pack pack, String location) {
        // Each file once, however many exercises name it: a gofmt process per file (a pack of 2,000 copies of the
        // 20 bundled exercises took 7.7 s to validate, one process per reference).
        Set<String> names = new LinkedHashSet<>();
        for (Exercise e : pack.exercises()) {
            Lab lab = e.lab();
            if (lab != null) {
                names.add(lab.harness());
                if (lab.hasStub()) {
                    names.add(lab.stub());
                }
            }
        }
        List<Problem> problems = new ArrayList<>();
        Path gofmt = go.go().resolveSibling("gofmt");
        for (String name : names) {
            pack.files().read(name).ifPresent(text -> problems.addAll(parse(gofmt, location + "/" + name, text)));
        }
        return problems;
    }

    private static List<Problem> parse(Path gofmt, String label, String text) {
        try {
            Path file = Files.createTempFile("drainhunt-syntax-", ".go");
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
                Process p = new ProcessBuilder(gofmt.toString(), "-e", "-l", file.toString())
                        .redirectErrorStream(true).start();
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return List.of(new Problem(label, 1, 1, "", "gofmt did not finish in 30 s"));
                }
                List<Problem> problems = new ArrayList<>();
                if (p.exitValue() != 0) {
                    Matcher m = GOFMT_ERROR.matcher(out);
                    while (m.find()) {
                        problems.add(new Problem(label, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                                "", "not valid Go: " + m.group(3).strip()));
                    }
                    if (problems.isEmpty()) {
                        problems.add(new Problem(label, 1, 1, "", "not valid Go: " + out.strip()));
                    }
                }
                return problems;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + gofmt + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }
}
