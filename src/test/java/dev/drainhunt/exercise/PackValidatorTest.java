package dev.drainhunt.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackValidatorTest {

    private final PackValidator validator = new PackValidator(c -> c.startsWith("@bogus")
            ? Optional.of("unknown vocabulary concept \"" + c + "\"") : Optional.empty());

    private List<String> problems(String... exerciseTexts) {
        List<SourceFile> files = new java.util.ArrayList<>();
        for (int i = 0; i < exerciseTexts.length; i++) {
            files.add(new SourceFile("p/0" + (i + 1) + ".json", exerciseTexts[i]));
        }
        PackValidator.Result result = validator.validate("p",
                Optional.of(new SourceFile("p/pack.json", ExerciseJson.manifest())), files);
        return result.problems().stream().map(Problem::format).toList();
    }

    private static String replace(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    @Test
    void acceptsAValidPackAndBuildsIt() {
        PackValidator.Result result = validator.validate("p",
                Optional.of(new SourceFile("p/pack.json", ExerciseJson.manifest())),
                List.of(new SourceFile("p/02.json", ExerciseJson.valid("b", 2)),
                        new SourceFile("p/01.json", ExerciseJson.valid("a", 1))));
        assertThat(result.problems()).isEmpty();
        Pack pack = result.pack().orElseThrow();
        assertThat(pack.name()).isEqualTo("test-pack");
        assertThat(pack.exercises()).extracting(Exercise::id).containsExactly("a", "b");
        Exercise a = pack.exercises().get(0);
        assertThat(a.buggy()).hasSize(5).element(3).isEqualTo("\tselect {}");
        assertThat(a.explanation()).containsExactly("The process is killed without draining.");
        assertThat(a.goVersion()).isEqualTo(Exercise.DEFAULT_GO_VERSION);
        assertThat(a.keyPoints().get(0).match()).containsExactly(List.of("@signal"));
    }

    @Test
    void reportsJsonSyntaxErrorsWithPosition() {
        String broken = replace(ExerciseJson.valid("a", 1), "\"difficulty\": \"easy\",", "\"difficulty\": \"easy\"");
        assertThat(problems(broken)).singleElement().asString()
                .startsWith("p/01.json:6:3: not valid JSON: Unexpected character ('\"' (code 34)): was expecting comma");
    }

    @Test
    void namesWhereAnUnclosedArrayStartedInPlainLineAndColumn() {
        assertThat(problems("{\"hints\": [\"a\" }")).singleElement().asString()
                .contains("(for Array starting at 1:11)").doesNotContain("Source");
    }

    @Test
    void reportsUnknownFieldsWithASuggestion() {
        String broken = replace(ExerciseJson.valid("a", 1), "\"hints\":", "\"hint\":");
        assertThat(problems(broken)).containsExactly(
                "p/01.json:15:3: hint: unknown field \"hint\" — did you mean \"hints\"?",
                "p/01.json:1:1: missing required field \"hints\": add 2 or more hints, vague to specific");
    }

    @Test
    void reportsMissingRequiredFields() {
        String broken = replace(ExerciseJson.valid("a", 1), "  \"title\": \"A server that stops\",\n", "");
        assertThat(problems(broken)).containsExactly(
                "p/01.json:1:1: missing required field \"title\": add a short neutral title");
    }

    @Test
    void reportsWrongTypes() {
        String broken = replace(ExerciseJson.valid("a", 1), "\"number\": 1,", "\"number\": \"one\",");
        assertThat(problems(broken)).containsExactly(
                "p/01.json:3:13: number: must be a whole number of 1 or more, not \"one\"");
    }

    @Test
    void reportsEmptyStrings() {
        String broken = replace(ExerciseJson.valid("a", 1), "\"Look at main.\"", "\"  \"");
        assertThat(problems(broken)).containsExactly("p/01.json:15:13: hints[0]: must not be empty");
    }

    @Test
    void reportsDuplicateIdsAndNumbersAcrossFiles() {
        assertThat(problems(ExerciseJson.valid("a", 1), ExerciseJson.valid("a", 1))).containsExactly(
                "p/02.json:2:9: id: id \"a\" is already used by p/01.json:2:9; each exercise needs its own",
                "p/02.json:3:13: number: number 1 is already used by p/01.json:3:13; each exercise needs its own");
    }

    @Test
    void rejectsBugLinesOutsideTheSnippet() {
        String broken = replace(ExerciseJson.valid("a", 1), "\"bugLines\": [4]", "\"bugLines\": [4, 9]");
        assertThat(problems(broken)).containsExactly(
                "p/01.json:14:19: bugLines[1]: line 9 is outside the buggy code (lines 1-5); point at a line of buggy");
    }

    @Test
    void requiresAtLeastTwoHints() {
        String broken = replace(ExerciseJson.valid("a", 1), "\"Look at main.\", ", "");
        assertThat(problems(broken)).containsExactly("p/01.json:15:12: hints: needs at least 2 items, has 1");
    }

    @Test
    void rejectsAFixEqualToTheBuggyCode() {
        String broken = replace(ExerciseJson.valid("a", 1), "\"\\t// wait for a signal\"", "\"\\tselect {}\"");
        assertThat(problems(broken)).containsExactly(
                "p/01.json:20:10: fix: is identical to buggy: the fix must change the code");
    }

    @Test
    void rejectsUrlsThatAreNotHttps() {
        String broken = replace(ExerciseJson.valid("a", 1), "https://pkg.go.dev", "http://pkg.go.dev");
        assertThat(problems(broken)).containsExactly(
                "p/01.json:27:48: references[0].url: must be an https:// URL, not \"http://pkg.go.dev/os/signal\"");
    }

    @Test
    void rejectsUnknownDifficulty() {
        String broken = replace(ExerciseJson.valid("a", 1), "\"easy\"", "\"trivial\"");
        assertThat(problems(broken)).containsExactly(
                "p/01.json:5:17: difficulty: must be \"easy\", \"medium\" or \"hard\", not \"trivial\"");
    }

    @Test
    void reportsConceptProblemsFromGrading() {
        String broken = replace(ExerciseJson.valid("a", 1), "[[\"@signal\"]]", "[[\"@signal\"], [\"@bogus\"]]");
        assertThat(problems(broken)).containsExactly(
                "p/01.json:17:88: keyPoints[0].match[1][0]: unknown vocabulary concept \"@bogus\"");
    }

    @Test
    void reportsEveryProblemOfEveryFileInOneRun() {
        String first = replace(ExerciseJson.valid("a", 1), "\"easy\"", "\"trivial\"");
        String second = replace(ExerciseJson.valid("b", 2), "\"tags\": [\"signals\"]", "\"tags\": []");
        second = replace(second, "https://", "ftp://");
        assertThat(problems(first, second)).hasSize(3)
                .anyMatch(p -> p.startsWith("p/01.json:5:17: difficulty"))
                .anyMatch(p -> p.startsWith("p/02.json:6:11: tags: needs at least 1 item"))
                .anyMatch(p -> p.startsWith("p/02.json:27:48: references[0].url"));
    }

    @Test
    void requiresAManifest() {
        PackValidator.Result result = validator.validate("p", Optional.empty(),
                List.of(new SourceFile("p/01.json", ExerciseJson.valid("a", 1))));
        assertThat(result.pack()).isEmpty();
        assertThat(result.problems()).extracting(Problem::format).containsExactly(
                "p:1:1: no pack.json here: add one with name, version, language and description");
    }
}
