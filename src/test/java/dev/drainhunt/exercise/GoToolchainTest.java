package dev.drainhunt.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every snippet of the bundled pack is real Go: gofmt-clean, it builds, and the fix passes go vet. Needs the Go
 * toolchain; without it the test is skipped with a message (CI installs Go, so it runs there).
 */
class GoToolchainTest {

    private static Path goBinary;

    @TempDir
    static Path work;

    @BeforeAll
    static void findGo() {
        goBinary = Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, "go"))
                .filter(Files::isExecutable)
                .findFirst().orElse(null);
    }

    @TestFactory
    Stream<DynamicTest> buggyAndFixCompileAndTheFixPassesVet() {
        assumeTrue(goBinary != null,
                "Go toolchain not found on PATH: skipping the compile checks of the pack (install golang-go)");
        Pack pack = new Catalog(new PackValidator(c -> Optional.empty())).loadBundled().pack().orElseThrow();
        return pack.exercises().stream().flatMap(e -> Stream.of(
                DynamicTest.dynamicTest(e.label() + " buggy", () -> check(pack, e, "buggy", e.buggy(), false)),
                DynamicTest.dynamicTest(e.label() + " fix", () -> check(pack, e, "fix", e.fix(), true))));
    }

    private static void check(Pack pack, Exercise e, String part, List<String> code, boolean vet) throws Exception {
        Path module = Files.createDirectories(work.resolve(e.id() + "-" + part));
        Files.writeString(module.resolve("go.mod"), "module example.com/" + e.id() + "\n\ngo " + e.goVersion() + "\n");
        Files.writeString(module.resolve("main.go"), String.join("\n", code) + "\n");
        // Code the snippet calls but does not show lives in the lab's stub, compiled beside it.
        if (e.hasLab() && e.lab().hasStub()) {
            Files.writeString(module.resolve("stub.go"), pack.files().read(e.lab().stub()).orElseThrow());
        }
        Path gofmt = goBinary.resolveSibling("gofmt");
        assertThat(run(module, gofmt.toString(), "-l", ".")).as("gofmt -l lists unformatted files").isEmpty();
        assertThat(run(module, goBinary.toString(), "build", "./...")).as("go build").isEmpty();
        if (vet) {
            assertThat(run(module, goBinary.toString(), "vet", "./...")).as("go vet").isEmpty();
        }
    }

    /** Runs a Go tool; returns its output when it failed or printed anything, else "". */
    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        // Offline and self-contained: no module downloads, caches kept inside the test's temp folder.
        pb.environment().put("GOFLAGS", "-mod=mod");
        pb.environment().put("GOPROXY", "off");
        pb.environment().putIfAbsent("GOCACHE", work.resolve("gocache").toString());
        pb.environment().put("GOPATH", work.resolve("gopath").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out: " + String.join(" ", cmd);
        }
        return p.exitValue() == 0 ? out.strip() : ("exit " + p.exitValue() + ": " + out).strip();
    }
}
