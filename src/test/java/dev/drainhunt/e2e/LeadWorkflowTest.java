package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A lead hands out a pack once (a config file), learners practise and export, the lead reports: as processes. */
class LeadWorkflowTest {

    private static final Path VALID = Path.of("src/test/resources/packs/valid").toAbsolutePath();

    @TempDir
    Path dir;

    private Drainhunt learner(String name) {
        return new Drainhunt().env("XDG_CONFIG_HOME", dir.resolve("config").toString())
                .env("DRAINHUNT_HOME", dir.resolve(name).toString());
    }

    @Test
    void aConfigFilesPackIsStudiedAndTheReportSaysWhatToTeach() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config/drainhunt"));
        Path pack = Files.createDirectories(config.resolve("team-pack"));
        for (String file : new String[] {"01-first.json", "02-second.json"}) {
            Files.copy(VALID.resolve(file), pack.resolve(file));
        }
        Files.writeString(pack.resolve("pack.json"), Files.readString(VALID.resolve("pack.json"))
                .replace("\"test-pack\"", "\"team-pack\""));
        Files.writeString(config.resolve("config.toml"), "# from the lead\nexercises = \"team-pack\"\n");

        Drainhunt.Result list = learner("ada").run("list", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("\"first\"").doesNotContain("signal-notify-shutdown");

        // Ada names it at once; Bob takes a hint and his first answer names nothing.
        assertThat(learner("ada").stdin("nothing handles the signal\n3\n:quit\n").run("practice", "1").exitCode())
                .isZero();
        assertThat(learner("bob").stdin(":hint\nit is slow\nnothing handles the signal\n3\n:quit\n")
                .run("practice", "1").exitCode()).isZero();
        Path exports = Files.createDirectories(dir.resolve("exports"));
        for (String name : new String[] {"ada", "bob"}) {
            Drainhunt.Result export = learner(name).run("export", "--name", name, "-o",
                    exports.resolve(name + ".json").toString());
            assertThat(export.exitCode()).as(export.err()).isZero();
        }

        Drainhunt.Result report = learner("lead").env("COLUMNS", "100").run("report", exports.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("What to teach: key points missed at first answer",
                "1 first · 1 of 2 took hints", "missed by 1 of 2: ");
        assertThat(report.out()).contains("ada.json").doesNotContain(exports + "/ada.json");
    }

    @Test
    void aBrokenConfigFileStopsEveryCommandWithOnePositionedLine() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config/drainhunt"));
        Files.writeString(config.resolve("config.toml"), "exercises = \"x\"\n\ncolor = blue\n");
        Drainhunt.Result r = learner("ada").run("list");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("drainhunt: " + config.resolve("config.toml")
                + ":3: color: the value must be a quoted string, e.g. color = \"blue\"\n");
    }

    @Test
    void theEnvironmentsPackBeatsTheConfigFiles() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config/drainhunt"));
        Files.writeString(config.resolve("config.json"), "{\"exercises\": \"/does/not/exist\"}");
        Drainhunt.Result r = learner("ada").env("DRAINHUNT_EXERCISES", VALID.toString()).run("show", "first");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }
}
