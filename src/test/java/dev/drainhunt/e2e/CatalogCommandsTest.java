package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** list, show and validate, run from the built jar as a user would, output piped. */
class CatalogCommandsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void listJsonHasEveryExerciseOfTheBundledPack() throws Exception {
        Drainhunt.Result r = new Drainhunt().run("list", "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode list = MAPPER.readTree(r.out());
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("exercises"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d\\d-.*\\.json")).sorted()
                    .toList();
        }
        assertThat(list).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            assertThat(files.get(i)).isEqualTo("%02d-%s.json", list.get(i).get("number").asInt(),
                    list.get(i).get("id").asText());
        }
    }

    @Test
    void showPrintsNoLineThatOnlyTheFixHas() throws Exception {
        JsonNode exercise = MAPPER.readTree(Files.readString(firstExerciseFile()));
        Drainhunt.Result r = new Drainhunt().run("show", "1");
        assertThat(r.exitCode()).isZero();
        List<String> buggy = MAPPER.convertValue(exercise.get("buggy"), MAPPER.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        for (JsonNode line : exercise.get("fix")) {
            String text = line.asText().strip();
            if (!text.isEmpty() && buggy.stream().noneMatch(b -> b.contains(text))) {
                assertThat(r.out()).doesNotContain(text);
            }
        }
        assertThat(r.out()).doesNotContain(exercise.get("keyPoints").get(0).get("summary").asText());
    }

    @Test
    void pipedOutputHasNoColourCodes() throws Exception {
        assertThat(new Drainhunt().run("show", "1").out()).doesNotContain("\u001b");
        assertThat(new Drainhunt().env("NO_COLOR", "1").run("list").out()).doesNotContain("\u001b");
    }

    @Test
    void unknownExerciseIsOneLineExit2AndNoStackTrace() throws Exception {
        Drainhunt.Result r = new Drainhunt().run("show", "999");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("drainhunt: no exercise \"999\"");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void validateListsEveryProblemOfABrokenPack() throws Exception {
        Drainhunt.Result r = new Drainhunt().run("validate", "src/test/resources/packs/broken");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out().lines()).hasSize(4);
        assertThat(r.err()).doesNotContain("Exception");
    }

    @Test
    void versionMatchesThePom() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.replaceFirst("(?s).*?</modelVersion>.*?<version>([^<]+)</version>.*", "$1");
        assertThat(new Drainhunt().run("--version").out()).startsWith("drainhunt " + version + "\n");
    }

    private static Path firstExerciseFile() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("exercises"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("01-")).findFirst().orElseThrow();
        }
    }
}
