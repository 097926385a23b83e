package dev.drainhunt.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A learner's fix is judged by behaviour: untouched, the pack's fix, another correct fix, and broken code. */
public class FixCheckTest {

    /** A correct fix of exercise 20 that is not the pack's: it keeps the sync.Cond and waits for it elsewhere. */
    public static final String OTHER_FIX_20 = """
            package server

            import (
            \t"context"
            \t"sync"
            )

            type Service struct {
            \tmu       sync.Mutex
            \tcond     *sync.Cond
            \tinFlight int
            \tdraining bool
            }

            func NewService() *Service {
            \ts := &Service{}
            \ts.cond = sync.NewCond(&s.mu)
            \treturn s
            }

            func (s *Service) Begin() bool {
            \ts.mu.Lock()
            \tdefer s.mu.Unlock()
            \tif s.draining {
            \t\treturn false
            \t}
            \ts.inFlight++
            \treturn true
            }

            func (s *Service) End() {
            \ts.mu.Lock()
            \tdefer s.mu.Unlock()
            \ts.inFlight--
            \tif s.inFlight == 0 {
            \t\ts.cond.Broadcast()
            \t}
            }

            func (s *Service) Drain(ctx context.Context) error {
            \tdone := make(chan struct{})
            \tgo func() {
            \t\ts.mu.Lock()
            \t\ts.draining = true
            \t\tfor s.inFlight > 0 {
            \t\t\ts.cond.Wait()
            \t\t}
            \t\ts.mu.Unlock()
            \t\tclose(done)
            \t}()
            \tselect {
            \tcase <-done:
            \t\treturn nil
            \tcase <-ctx.Done():
            \t\treturn ctx.Err()
            \t}
            }
            """;

    private static GoToolchain go;
    private static Pack pack;
    private static Exercise exercise;

    @TempDir
    Path dir;

    @BeforeAll
    static void setUp() {
        go = GoToolchain.find(name -> Optional.ofNullable(System.getenv(name))).orElse(null);
        pack = new Catalog(new PackValidator(c -> Optional.empty())).loadBundled().pack().orElseThrow();
        exercise = pack.find("cond-wait-drain").orElseThrow();
    }

    private FixReport check(WorkingCopy copy) {
        assumeTrue(go != null, "Go not found: skipping the fix checks (" + GoToolchain.HOW_TO_GET + ")");
        return new FixCheck(new HarnessRunner(go, Path.of("target", "go-cache")), dir.resolve("scratch"))
                .check(exercise, copy, pack.files());
    }

    private WorkingCopy copy() {
        WorkingCopy copy = new WorkingCopy(dir.resolve("work"), exercise);
        assertThat(copy.create(pack.files())).isTrue();
        return copy;
    }

    @Test
    void theUntouchedCopyIsStillBuggyWithTheHarnessesObservation() {
        FixReport report = check(copy());
        assertThat(report.verdict()).isEqualTo(FixReport.Verdict.STILL_BUGGY);
        assertThat(report.observations()).isNotEmpty();
    }

    @Test
    void thePacksFixAndAnotherCorrectFixAreBothFixed() throws Exception {
        WorkingCopy copy = copy();
        Files.writeString(copy.snippet(), String.join("\n", exercise.fix()) + "\n");
        assertThat(check(copy).verdict()).isEqualTo(FixReport.Verdict.FIXED);
        Files.writeString(copy.snippet(), OTHER_FIX_20);
        assertThat(check(copy).verdict()).isEqualTo(FixReport.Verdict.FIXED);
    }

    @Test
    void aSyntaxErrorDoesNotBuildAndNamesTheLearnersFile() throws Exception {
        WorkingCopy copy = copy();
        Files.writeString(copy.snippet(), "package server\n\nfunc (s *Service) Drain( {\n");
        FixReport report = check(copy);
        assertThat(report.verdict()).isEqualTo(FixReport.Verdict.DOES_NOT_BUILD);
        assertThat(report.build()).contains(copy.snippet().toString() + ":3:");
    }

    @Test
    void anExistingCopyIsKeptAndAResetKeepsTheLearnersVersionAside() throws Exception {
        WorkingCopy copy = copy();
        Files.writeString(copy.snippet(), "// mine\n");
        assertThat(copy.create(pack.files())).isFalse();
        assertThat(Files.readString(copy.snippet())).isEqualTo("// mine\n");
        Optional<Path> kept = copy.reset(pack.files(), Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(kept).isPresent();
        assertThat(Files.readString(kept.get())).isEqualTo("// mine\n");
        assertThat(Files.readAllLines(copy.snippet())).containsSubsequence(exercise.buggy());
        assertThat(Files.readString(copy.snippet())).startsWith("// drainhunt fix 20 (cond-wait-drain)")
                .contains("Keep these names, the harness uses them: Service, NewService, Begin, End, Drain.");
    }

    @Test
    void ownAnalyzersComeFromDetectedBy() {
        Exercise first = pack.find("1").orElseThrow();
        assertThat(FixCheck.ownAnalyzers(first)).contains("sigchanyzer");
        assertThat(List.copyOf(FixCheck.ownAnalyzers(exercise))).isEmpty();
    }
}
