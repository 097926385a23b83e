package dev.drainhunt.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.PackFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a learner's working copy: it must build, go vet must not report the exercise's own analyzer, and the
 * harness must pass. The copy is checked in a scratch module, so nothing is written into it.
 */
public final class FixCheck {

    private static final Pattern VET_ANALYZER = Pattern.compile("go vet \\((\\w+)\\)");
    private static final int BUILD_LINES = 6;

    private final HarnessRunner runner;
    private final Path scratch;

    /** @param scratch a folder for the scratch modules; removed again after each check */
    public FixCheck(HarnessRunner runner, Path scratch) {
        this.runner = runner;
        this.scratch = scratch;
    }

    public FixReport check(Exercise exercise, WorkingCopy copy, PackFiles files) {
        Path module = scratch.resolve("check-" + exercise.id() + "-" + ProcessHandle.current().pid());
        try {
            List<String> code = Files.readAllLines(copy.snippet(), StandardCharsets.UTF_8);
            String stub = Files.exists(copy.stub()) ? Files.readString(copy.stub(), StandardCharsets.UTF_8)
                    : HarnessModule.packStub(exercise, files);
            HarnessModule.write(module, exercise, code, stub, files);
            String build = build(module, copy);
            if (!build.isEmpty()) {
                return new FixReport(FixReport.Verdict.DOES_NOT_BUILD, List.of(), build, List.of(), Optional.empty());
            }
            List<String> vet = vet(module, copy);
            Set<String> own = ownAnalyzers(exercise);
            List<String> observations = new ArrayList<>(vet.stream()
                    .filter(v -> own.contains(v.substring(0, v.indexOf(':'))))
                    .map(v -> "go vet still reports it: " + v).toList());
            HarnessResult result = runner.run(module, exercise.lab().race());
            if (result.problem().filter(p -> p == HarnessResult.Problem.DOES_NOT_BUILD).isPresent()) {
                // The harness module did not build although the copy does: names the harness needs are gone.
                return new FixReport(FixReport.Verdict.DOES_NOT_BUILD, List.of(),
                        relocate(firstLines(result.output()), module, copy), vet, Optional.of(result));
            }
            if (result.problem().filter(p -> p == HarnessResult.Problem.TIMED_OUT).isPresent()) {
                observations.add("the harness had not finished after " + HarnessRunner.TEST_LIMIT.toSeconds()
                        + " s, so it was stopped: something still blocks the drain");
            }
            observations.addAll(result.failures());
            if (observations.isEmpty() && result.passed()) {
                return new FixReport(FixReport.Verdict.FIXED, result.summary().stream().toList(), "", vet,
                        Optional.of(result));
            }
            if (observations.isEmpty()) {
                observations.add(result.summary().orElse("the harness gave no verdict"));
            }
            return new FixReport(FixReport.Verdict.STILL_BUGGY, observations, "", vet, Optional.of(result));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the working copy " + copy.dir() + ": " + e.getMessage(), e);
        } finally {
            LabRun.delete(module);
        }
    }

    /** The analyzers the exercise says flag its bug ({@code go vet (sigchanyzer)} → sigchanyzer). */
    static Set<String> ownAnalyzers(Exercise exercise) {
        return exercise.detectedBy().stream().map(VET_ANALYZER::matcher).filter(Matcher::find)
                .map(m -> m.group(1)).collect(Collectors.toSet());
    }

    private String build(Path module, WorkingCopy copy) {
        Result r = go(module, "build", "-o", module.resolve(".drainhunt-build").toString(), ".");
        return r.exit == 0 ? "" : relocate(firstLines(r.output), module, copy);
    }

    private List<String> vet(Path module, WorkingCopy copy) {
        Result r = go(module, "vet", "-json", ".");
        List<String> findings = new ArrayList<>();
        String json = r.output.lines().filter(l -> !l.startsWith("#")).collect(Collectors.joining("\n"));
        int start = json.indexOf('{');
        if (start < 0) {
            return findings;
        }
        try {
            JsonNode root = new ObjectMapper().readTree(json.substring(start));
            for (JsonNode pkg : root) {
                for (Iterator<Map.Entry<String, JsonNode>> it = pkg.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> analyzer = it.next();
                    for (JsonNode d : analyzer.getValue()) {
                        findings.add(analyzer.getKey() + ": " + relocate(d.path("posn").asText(), module, copy)
                                + ": " + d.path("message").asText());
                    }
                }
            }
        } catch (IOException e) {
            findings.add("vet: " + firstLines(r.output));
        }
        return findings;
    }

    private record Result(int exit, String output) {
    }

    private Result go(Path module, String... args) {
        List<String> command = new ArrayList<>();
        command.add(runner.toolchain().go().toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(module.toFile()).redirectErrorStream(true);
        runner.environment(pb.environment());
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, "go " + args[0] + " did not finish in 120 s");
            }
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run go " + args[0] + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    private static String firstLines(String output) {
        return output.lines().filter(l -> !l.isBlank() && !l.startsWith("# ")).limit(BUILD_LINES)
                .collect(Collectors.joining("\n"));
    }

    /** Compiler and vet positions name the scratch module; the learner wants their own file. */
    private static String relocate(String text, Path module, WorkingCopy copy) {
        return text.replace(module.toAbsolutePath() + "/", copy.dir() + "/")
                .replace("./" + copy.snippet().getFileName(), copy.snippet().toString())
                .replace("./" + HarnessModule.STUB_FILE, copy.stub().toString());
    }

}
