package dev.drainhunt.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@code lab} and {@code alsoTrue} fields: read into the exercise, and every mistake in them positioned. */
class LabFormatTest {

    private final PackValidator validator = new PackValidator(c -> Optional.empty());

    private static PackFiles files(String... names) {
        return new PackFiles() {
            @Override
            public Set<String> names() {
                return Set.of(names);
            }

            @Override
            public Optional<String> read(String name) {
                return names().contains(name) ? Optional.of("package main\n") : Optional.empty();
            }
        };
    }

    private PackValidator.Result validate(String extraFields, PackFiles files) {
        String text = ExerciseJson.valid("a", 1).replace("\"references\":", extraFields + ",\n  \"references\":");
        return validator.validate("p", Optional.of(new SourceFile("p/pack.json", ExerciseJson.manifest())),
                List.of(new SourceFile("p/01.json", text)), files);
    }

    private List<String> problems(String extraFields, PackFiles files) {
        return validate(extraFields, files).problems().stream().map(Problem::format).toList();
    }

    @Test
    void readsTheLabAndTheAlsoTruePoints() {
        PackValidator.Result result = validate("""
                "alsoTrue": [{"id": "fatal-in-goroutine", "summary": "log.Fatalf skips the drain.", "match": [["fatal"]]}],
                "lab": {"harness": "01-a_test.go", "stub": "01-a_stub.go", "race": true,
                        "staticOnly": [{"keyPoint": "no-signal", "analyzer": "go vet", "why": "timing"}]}""",
                files("01-a_test.go", "01-a_stub.go"));
        assertThat(result.problems()).isEmpty();
        Exercise e = result.pack().orElseThrow().exercises().get(0);
        assertThat(e.alsoTrue()).extracting(KeyPoint::id).containsExactly("fatal-in-goroutine");
        assertThat(e.lab()).isEqualTo(new Lab("01-a_test.go", "01-a_stub.go", true,
                List.of(new Lab.StaticFinding("no-signal", "go vet", "timing"))));
        assertThat(result.pack().orElseThrow().files().read("01-a_stub.go")).contains("package main\n");
    }

    @Test
    void anExerciseWithoutALabHasNone() {
        Exercise e = validate("\"notes\": \"n\"", files()).pack().orElseThrow().exercises().get(0);
        assertThat(e.hasLab()).isFalse();
        assertThat(e.alsoTrue()).isEmpty();
    }

    @Test
    void aHarnessMissingFromThePackIsNamed() {
        assertThat(problems("\"lab\": {\"harness\": \"01-a_test.go\"}", files())).singleElement().asString()
                .startsWith("p/01.json:").contains("lab.harness")
                .contains("no file \"01-a_test.go\" beside the exercise");
    }

    @Test
    void labFilesMustBePlainNamesOfTheRightKind() {
        assertThat(problems("\"lab\": {\"harness\": \"../x_test.go\", \"stub\": \"s_test.go\", \"race\": \"yes\"}",
                files("s_test.go")))
                .anyMatch(p -> p.contains("lab.harness") && p.contains("no path"))
                .anyMatch(p -> p.contains("lab.stub") && p.contains("must not be a _test.go file"))
                .anyMatch(p -> p.contains("lab.race") && p.contains("must be true or false"));
    }

    @Test
    void aStaticFindingMustNameAKeyPointOfTheExercise() {
        assertThat(problems("""
                "lab": {"harness": "t_test.go", "staticOnly": [{"keyPoint": "nope", "analyzer": "vet", "why": "w"}]}""",
                files("t_test.go"))).singleElement().asString()
                .contains("no key point \"nope\"").contains("no-signal");
    }

    @Test
    void alsoTrueIdsMayNotRepeatAKeyPointId() {
        assertThat(problems("""
                "alsoTrue": [{"id": "no-signal", "summary": "again", "match": [["x"]]}]""", files()))
                .singleElement().asString().contains("alsoTrue[0].id").contains("used twice");
    }

    @Test
    void unknownLabFieldsGetASuggestion() {
        assertThat(problems("\"lab\": {\"harness\": \"t_test.go\", \"rase\": true}", files("t_test.go")))
                .singleElement().asString().contains("unknown field \"rase\"").contains("did you mean \"race\"");
    }
}
