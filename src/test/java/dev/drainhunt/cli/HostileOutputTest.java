package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.text.SafeText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Text from a pack, a progress file or the command line never reaches the terminal raw (issue 18). */
class HostileOutputTest {

    /** OSC 52 (a clipboard write), a screen clear, C1 CSI, a bidi override, a zero-width space. */
    static final String HOSTILE = "\\u001b]52;c;ZXZpbA==\\u0007\\u001b[2J\\u009b31m\\u202e\\u200b";

    @TempDir
    Path dir;

    Path pack;

    @BeforeEach
    void hostilePack() throws IOException {
        pack = Files.createDirectory(dir.resolve("pack"));
        Path valid = Path.of("src/test/resources/packs/valid");
        for (String name : new String[] {"01-first.json", "02-second.json"}) {
            String text = Files.readString(valid.resolve(name));
            Files.writeString(pack.resolve(name), text.replace("\"A server that stops\"",
                    "\"A server that stops " + HOSTILE.substring(HOSTILE.indexOf("\\u009b")) + "\""));
        }
        Files.writeString(pack.resolve("pack.json"), Files.readString(valid.resolve("pack.json"))
                .replace("\"1.0.0\"", "\"1.0.0" + HOSTILE + "\""));
        Path data = Files.createDirectory(dir.resolve("data"));
        Files.writeString(data.resolve("progress.json"), "{ \"schemaVersion\" : 1, \"learner\" : \"ann" + HOSTILE
                + "\", \"packs\" : { \"test-pack\" : { \"exercises\" : { \"first\" : { \"hintsTaken\" : 1 } } } } }");
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                Arguments.of((Object) new String[] {"progress"}),
                Arguments.of((Object) new String[] {"progress", "--json"}),
                Arguments.of((Object) new String[] {"list"}),
                Arguments.of((Object) new String[] {"list", "--json"}),
                Arguments.of((Object) new String[] {"export"}),
                Arguments.of((Object) new String[] {"export", "--format", "csv"}),
                Arguments.of((Object) new String[] {"export", "--format", "csv", "--name", "eve\u001b[2J\u009b"}),
                Arguments.of((Object) new String[] {"export", "--format", "markdown"}),
                Arguments.of((Object) new String[] {"show", "1"}),
                Arguments.of((Object) new String[] {"hint", "1"}),
                Arguments.of((Object) new String[] {"show", "no\u001b[2Jsuch"}),
                Arguments.of((Object) new String[] {"valid\u001b]0;title\u0007ate"}));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void noControlCharacterReachesTheTerminal(String[] command) {
        String[] args = Stream.concat(Stream.of("--exercises", pack.toString(), "--data-dir",
                dir.resolve("data").toString()), Stream.of(command)).toArray(String[]::new);

        Cli.Result r = new Cli().terminal().env("NO_COLOR", "1").run(args);

        assertThat(r.out() + r.err()).isNotEmpty();
        assertThat(SafeText.cleanLines(r.out())).as(r.out()).isEqualTo(r.out());
        assertThat(SafeText.cleanLines(r.err())).as(r.err()).isEqualTo(r.err());
    }
}
