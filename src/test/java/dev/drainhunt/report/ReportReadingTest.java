package dev.drainhunt.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.exercise.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportReadingTest {

    private static final Path BROKEN = Path.of("src/test/resources/report/broken");

    private static ExportReader.Result read(String name, String text) {
        return ExportReader.read(name, text);
    }

    private static ExportReader.Result fixture(String file) throws Exception {
        return read(file, Files.readString(BROKEN.resolve(file)));
    }

    private static ExportReader.Result edited(String from, String to) {
        String text = Exports.json(Exports.ada());
        assertThat(text).contains(from);
        return read("ada.json", text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    @Test
    void readsBackExactlyWhatTheExportRendererWrote() {
        ExportReader.Result result = read("ada.json", Exports.json(Exports.ada()));

        assertThat(result.problems()).isEmpty();
        assertThat(result.export()).contains(Exports.ada());
    }

    @Test
    void anExportNamingNoLearnerOrVersionIsFine() {
        var anonymous = Exports.withVersion(null, null, Exports.EXPORTED, Exports.fresh(1, "lost-signal", 0));

        assertThat(read("x.json", Exports.json(anonymous)).export()).contains(anonymous);
    }

    @Test
    void aSyntaxErrorIsPositionedAtFileLineAndColumn() throws Exception {
        ExportReader.Result result = fixture("syntax.json");

        assertThat(result.export()).isEmpty();
        assertThat(result.problems()).singleElement().extracting(Problem::format).asString()
                .startsWith("syntax.json:17:3: not valid JSON: Unexpected character ('}'");
    }

    @Test
    void aMissingFieldIsPositionedAtTheObjectThatLacksIt() throws Exception {
        assertThat(fixture("missing-field.json").problems()).extracting(Problem::format)
                .containsExactly("missing-field.json:8:19: exercises[0]: missing required field \"status\"");
    }

    @Test
    void aFileOfAnotherFormatSaysWhatItIsNotAndNothingMore() throws Exception {
        assertThat(fixture("wrong-format.json").problems()).extracting(Problem::format).containsExactly(
                "wrong-format.json:2:14: format: not a drainhunt progress export: format is \"drainhunt-progress\", "
                        + "expected \"drainhunt-progress-export\"; make one with: drainhunt export --format json");
        assertThat(read("list.json", "[1, 2]").problems()).extracting(Problem::format).containsExactly(
                "list.json:1:1: not a drainhunt progress export: a JSON object was expected, not an array; "
                        + "make one with: drainhunt export --format json");
        assertThat(read("nothing.json", "{}").problems()).extracting(Problem::message).singleElement().asString()
                .startsWith("not a drainhunt progress export: no \"format\" field");
    }

    @Test
    void aNewerSchemaAsksForANewerDrainhuntInsteadOfListingItsNewFields() throws Exception {
        assertThat(fixture("newer-schema.json").problems()).extracting(Problem::format).containsExactly(
                "newer-schema.json:3:21: schemaVersion: written by a newer drainhunt (export schema 3; this one "
                        + "reads 2): upgrade drainhunt to report on it");
    }

    @Test
    void reportsEveryProblemOfAFileEachPositioned() {
        String text = Exports.json(Exports.ada())
                .replace("\"pack\" : \"go-drain\"", "\"pakc\" : \"go-drain\"")
                .replaceFirst("\"attempts\" : 1,", "\"attempts\" : -1,")
                .replaceFirst("\"status\" : \"attempted\"", "\"status\" : \"tried\"");

        assertThat(read("ada.json", text).problems()).extracting(Problem::format).containsExactly(
                "ada.json:5:3: pakc: unknown field \"pakc\" — did you mean \"pack\"?",
                "ada.json:1:1: missing required field \"pack\"",
                "ada.json:14:18: exercises[0].attempts: must be a whole number of 0 or more, not -1",
                "ada.json:33:16: exercises[2].status: must be one of \"new\", \"attempted\", \"solved\", "
                        + "\"fixed\", \"mastered\", not \"tried\"");
    }

    @Test
    void countsThatContradictEachOtherAreRejected() {
        assertThat(edited("\"firstSolved\" : \"2026-11-21T10:00:00Z\"", "\"firstSolved\" : null").problems())
                .extracting(Problem::message).containsExactly("is null, but status is solved");
        assertThat(edited("\"rightFirstTry\" : false", "\"rightFirstTry\" : \"no\"").problems())
                .extracting(Problem::message).containsExactly("must be true or false, not \"no\"");
        assertThat(edited("\"exportedAt\" : \"2026-11-30T18:00:00Z\"", "\"exportedAt\" : \"yesterday\"").problems())
                .extracting(Problem::message).singleElement().asString().startsWith("must be an ISO-8601 instant");
        assertThat(edited("\"id\" : \"no-deadline\"", "\"id\" : \"lost-signal\"").problems())
                .extracting(Problem::format).containsExactly(
                        "ada.json:21:12: exercises[1].id: exercise \"lost-signal\" is listed twice");
    }

    @Test
    void emptyAndDuplicateKeyFilesAreProblemsNotCrashes() {
        assertThat(read("empty.json", "").problems()).extracting(Problem::format)
                .containsExactly("empty.json:1:1: the file is empty; make one with: drainhunt export --format json");
        assertThat(read("dup.json", "{\"format\": 1, \"format\": 2}").problems()).extracting(Problem::message)
                .singleElement().asString().startsWith("not valid JSON: Duplicate field 'format'");
    }
}
