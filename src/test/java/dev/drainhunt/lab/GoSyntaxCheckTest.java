package dev.drainhunt.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.drainhunt.exercise.ExerciseBuilder;
import dev.drainhunt.exercise.Lab;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.PackFiles;
import dev.drainhunt.exercise.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoSyntaxCheckTest {

    private static Pack packWith(Map<String, String> files) {
        PackFiles pf = new PackFiles() {
            @Override
            public Set<String> names() {
                return files.keySet();
            }

            @Override
            public Optional<String> read(String name) {
                return Optional.ofNullable(files.get(name));
            }
        };
        return new Pack("p", "1", "go", "d", List.of(ExerciseBuilder.exercise()
                .lab(new Lab("a_test.go", "a_stub.go", false, List.of())).build()), pf);
    }

    @Test
    void aHarnessThatDoesNotParseIsReportedAtItsLine() {
        Optional<GoToolchain> go = GoToolchain.find(name -> Optional.ofNullable(System.getenv(name)));
        assumeTrue(go.isPresent(), "Go not found on PATH: skipping the Go syntax check");
        List<Problem> problems = new GoSyntaxCheck(go.get()).check(packWith(Map.of(
                "a_test.go", "package main\n\nfunc TestX(t *testing.T) {\n\tif {\n}\n",
                "a_stub.go", "package main\n\nfunc helper() {}\n")), "p");
        assertThat(problems).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).isEqualTo("p/a_test.go");
            assertThat(p.message()).startsWith("not valid Go: ");
        });
        assertThat(problems.get(0).line()).isEqualTo(4);
    }
}
