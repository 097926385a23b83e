package dev.drainhunt.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.drainhunt.exercise.Problem;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the export loader with arbitrary bytes as an export file: {@link ExportReader#read} gives an export or
 * problems, never an exception, and no problem message carries a raw control character to the terminal. The seed
 * corpus in ExportFuzzTestInputs runs in every build; {@code bench/fuzz.sh} fuzzes for minutes.
 */
class ExportFuzzTest {

    @FuzzTest
    void anyExportGivesProblemsNotExceptions(byte[] data) {
        ExportReader.Result result = ExportReader.read("team/ann.json", new String(data, StandardCharsets.UTF_8));

        assertThat(result.export().isPresent()).isEqualTo(result.problems().isEmpty());
        for (Problem p : result.problems()) {
            assertThat(p.format()).as("a problem message").doesNotContainPattern("[\\p{Cc}\\p{Cf}\\u2028\\u2029]");
            assertThat(p.line()).isPositive();
            assertThat(p.column()).isPositive();
        }
    }
}
