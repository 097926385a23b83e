package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.drainhunt.lab.FixCheckTest;
import dev.drainhunt.lab.GoToolchain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run and fix from the built jar: each verdict as a learner meets it, and the one line without Go. */
class LabCommandsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path data;

    private Drainhunt drainhunt() {
        return new Drainhunt().env("DRAINHUNT_HOME", data.toString());
    }

    private static void assumeGo() {
        assumeTrue(GoToolchain.find(name -> Optional.ofNullable(System.getenv(name))).isPresent(),
                "Go not found: skipping the lab's end-to-end tests (" + GoToolchain.HOW_TO_GET + ")");
    }

    private Path copy() {
        return data.resolve("work").resolve("20-cond-wait-drain").resolve("server.go");
    }

    @Test
    void runJsonShowsTheBugHappeningOnTheBuggyCodeAndNotOnTheFix() throws Exception {
        assumeGo();
        Drainhunt.Result r = drainhunt().run("run", "3", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode json = MAPPER.readTree(r.out());
        assertThat(json.get("exercise").asInt()).isEqualTo(3);
        assertThat(json.get("buggy").get("passed").asBoolean()).isFalse();
        assertThat(json.get("buggy").get("events")).isNotEmpty();
        assertThat(json.get("buggy").get("events").get(0).has("t")).isTrue();
        assertThat(json.get("fix").get("passed").asBoolean()).isTrue();
    }

    @Test
    void theUntouchedCopyIsStillBuggyAndThePacksFixThenIsFixedAndRecorded() throws Exception {
        assumeGo();
        Drainhunt.Result untouched = drainhunt().run("fix", "20", "--check");
        assertThat(untouched.exitCode()).as(untouched.err()).isEqualTo(1);
        assertThat(untouched.out()).contains(copy().toString(), "still-buggy", "Drain still blocked");

        JsonNode exercise = MAPPER.readTree(Files.readString(Path.of("exercises", "20-cond-wait-drain.json")));
        List<String> fix = MAPPER.convertValue(exercise.get("fix"), MAPPER.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        Files.writeString(copy(), String.join("\n", fix) + "\n");
        Drainhunt.Result fixed = drainhunt().run("fix", "20", "--check");
        assertThat(fixed.exitCode()).as(fixed.out() + fixed.err()).isZero();
        assertThat(fixed.out()).contains("kept as you left it", "fixed", "Recorded in your progress");

        assertThat(drainhunt().run("list").out()).containsPattern("20 .*cond-wait-drain.*\\bfixed\\b");
        assertThat(MAPPER.readTree(drainhunt().run("progress", "--json").out()).get("fixed").asInt()).isEqualTo(1);
        assertThat(drainhunt().run("export", "--format", "csv").out()).contains(",cond-wait-drain,", ",fixed,");
    }

    @Test
    void anotherCorrectFixIsFixedToo() throws Exception {
        assumeGo();
        assertThat(drainhunt().run("fix", "20", "--check").exitCode()).isEqualTo(1);
        Files.writeString(copy(), FixCheckTest.OTHER_FIX_20);
        Drainhunt.Result r = drainhunt().run("fix", "20", "--check", "--json");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(MAPPER.readTree(r.out()).get("verdict").asText()).isEqualTo("fixed");
    }

    @Test
    void aSyntaxErrorDoesNotBuildWithTheCompilersLineInTheLearnersFile() throws Exception {
        assumeGo();
        Path dir = data.resolve("mine");
        assertThat(drainhunt().run("fix", "20", "--dir", dir.toString(), "--check").exitCode()).isEqualTo(1);
        Files.writeString(dir.resolve("server.go"), "package server\n\nfunc (s *Service) Drain( {\n");
        Drainhunt.Result r = drainhunt().run("fix", "20", "--dir", dir.toString(), "--check");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("does-not-build", dir.resolve("server.go") + ":3:");
    }

    @Test
    void withoutGoRunAndFixSayHowToGetItInOneLineWithExitCode4() throws Exception {
        Drainhunt noGo = drainhunt().env("PATH", data.resolve("no-go-here").toString()).env("DRAINHUNT_GO", "");
        for (String[] args : List.of(new String[] {"run", "3"}, new String[] {"fix", "20", "--check"})) {
            Drainhunt.Result r = noGo.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(4);
            assertThat(r.err().lines()).singleElement().asString()
                    .startsWith("drainhunt: the lab runs Go code, and no Go was found")
                    .contains("apt-get install golang-go", "go.dev");
        }
        assertThat(copy()).exists();
    }
}
