package dev.drainhunt.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** JsonPositions builds its tree from the token stream itself; it must be the tree ObjectMapper would build. */
class JsonPositionsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void buildsTheTreeObjectMapperBuildsForEveryFileOfTheBundledPack() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("exercises"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String text = Files.readString(file);
                assertThat(JsonPositions.parse(text).root()).as(file.toString()).isEqualTo(MAPPER.readTree(text));
            }
        }
    }

    @Test
    void buildsTheSameNodeTypesForNumbersLiteralsAndEmptyText() throws IOException {
        for (String text : List.of("{\"i\": 1, \"l\": 9223372036854775807, \"b\": 123456789012345678901234,"
                + " \"d\": 2.5, \"e\": -3e2, \"t\": true, \"f\": false, \"n\": null, \"s\": \"\", \"a\": [[], {}]}",
                "[1, \"two\"]", "42", "   ", "")) {
            assertThat(JsonPositions.parse(text).root()).as(text).isEqualTo(MAPPER.readTree(text));
        }
    }

    @Test
    void recordsWhereValuesAndFieldNamesStart() throws IOException {
        JsonPositions positions = JsonPositions.parse("{\n  \"a/b\": [1,\n    {\"x\": true}],\n  \"c\": \"d\"\n}");
        assertThat(positions.valueAt("")).containsExactly(1, 1);
        assertThat(positions.nameAt("/a~1b")).containsExactly(2, 3);
        assertThat(positions.valueAt("/a~1b")).containsExactly(2, 10);
        assertThat(positions.valueAt("/a~1b/1/x")).containsExactly(3, 11);
        assertThat(positions.valueAt("/c")).containsExactly(4, 8);
        assertThat(positions.valueAt("/missing/deeper")).containsExactly(1, 1);
    }

    @Test
    void rejectsDuplicateFieldsAndMalformedTrailingText() {
        assertThatThrownBy(() -> JsonPositions.parse("{\"a\": 1, \"a\": 2}"))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("Duplicate field 'a'");
        assertThatThrownBy(() -> JsonPositions.parse("{\"a\": 1} }")).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void aSyntaxErrorSaysWhereAndWhatWithJacksonsNestedPositionAsLineColon() {
        assertThatThrownBy(() -> JsonPositions.parse("{\n  \"a\": [1,\n  2\n"))
                .satisfies(e -> assertThat(JsonPositions.SyntaxError.of((JsonProcessingException) e))
                        .isEqualTo(new JsonPositions.SyntaxError(4, 1,
                                "Unexpected end-of-input: expected close marker for Array (start marker at 2:8)")));
    }
}
