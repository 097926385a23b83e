package dev.drainhunt.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pack files as they come from the world: byte-order marks, bad bytes, huge files, long lines, unknown tags. */
class HostilePackTest {

    @TempDir
    Path dir;

    private PackValidator.Result load(byte[] exercise) throws Exception {
        Files.writeString(dir.resolve("pack.json"), ExerciseJson.manifest());
        Files.write(dir.resolve("01-a.json"), exercise);
        return new Catalog(new PackValidator(c -> Optional.empty())).load(dir);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
        bytes.write(utf8(ExerciseJson.valid("a", 1)));
        assertThat(load(bytes.toByteArray()).problems()).isEmpty();
    }

    @Test
    void invalidUtf8IsReportedWhereItStands() throws Exception {
        String text = ExerciseJson.valid("a", 1).replace("A server that stops", "A server \u0001MARK");
        byte[] bytes = utf8(text);
        int mark = text.indexOf('\u0001');
        bytes[mark] = (byte) 0xc3; // a lead byte followed by 'M': not UTF-8
        PackValidator.Result result = load(bytes);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo(22);
            assertThat(p.message()).contains("not valid UTF-8");
        });
    }

    @Test
    void aHugeFileIsNotReadButNamed() throws Exception {
        byte[] big = new byte[(int) PackValidator.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThat(load(big).problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("MiB"));
    }

    @Test
    void aCodeLineTooLongToReadIsAProblem() throws Exception {
        String text = ExerciseJson.valid("a", 1).replace("\"\\tselect {}\"", "\"\\t// " + "x".repeat(600) + "\"");
        assertThat(load(utf8(text)).problems()).singleElement().asString()
                .contains("buggy[3]").contains("code line 4 is 604 characters long");
    }

    @Test
    void anUnknownTagIsAWarningWithASuggestion() throws Exception {
        PackValidator.Result result = load(utf8(ExerciseJson.valid("a", 1).replace("[\"signals\"]", "[\"sginals\"]")));
        assertThat(result.problems()).isEmpty();
        assertThat(result.warnings()).singleElement().asString().contains("did you mean \"signals\"");
    }
}
