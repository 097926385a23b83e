package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.PackValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every setting from the flag, else the environment, else the config file, else the default. */
class ConfigPrecedenceTest {

    private static final Path VALID = Path.of("src/test/resources/packs/valid").toAbsolutePath();

    @TempDir
    Path dir;

    private Path configDir;

    @BeforeEach
    void folders() throws Exception {
        configDir = Files.createDirectories(dir.resolve("config/drainhunt"));
    }

    private Cli cli() {
        return new Cli().env("XDG_CONFIG_HOME", dir.resolve("config").toString())
                .env("HOME", dir.resolve("home").toString());
    }

    private void config(String toml) throws Exception {
        Files.writeString(configDir.resolve("config.toml"), toml);
    }

    /** A copy of the test pack under another name, to tell packs apart by their ids. */
    private Path otherPack(String name, String dirName) throws Exception {
        Path pack = Files.createDirectories(dir.resolve(dirName));
        for (String file : new String[] {"01-first.json", "02-second.json"}) {
            Files.copy(VALID.resolve(file), pack.resolve(file));
        }
        Files.writeString(pack.resolve("pack.json"), Files.readString(VALID.resolve("pack.json"))
                .replace("\"test-pack\"", "\"" + name + "\""));
        return pack;
    }

    @Test
    void theConfigFilesPackIsStudiedByEveryCommandAndARelativePathIsItsFolders() throws Exception {
        Files.createDirectories(configDir.resolve("packs"));
        Path pack = otherPack("team-pack", "config/drainhunt/packs/team");
        config("exercises = \"packs/team\"\ndata-dir = \"data\"\n");
        Cli.Result list = cli().run("list", "--json");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains("\"id\" : \"first\"").doesNotContain("signal-notify-shutdown");

        Cli.Result hint = cli().run("hint", "1");
        assertThat(hint.exitCode()).as(hint.err()).isZero();
        assertThat(configDir.resolve("data/progress.json")).content().contains("team-pack");
        assertThat(pack).exists();
    }

    @Test
    void theEnvironmentBeatsTheConfigFileAndTheFlagBeatsBoth() throws Exception {
        Path fromEnv = otherPack("env-pack", "env-pack");
        config("exercises = \"/does/not/exist\"\ndata-dir = \"config-data\"\n");
        Cli.Result env = cli().env("DRAINHUNT_EXERCISES", fromEnv.toString()).env("DRAINHUNT_HOME",
                dir.resolve("env-data").toString()).run("hint", "first");
        assertThat(env.exitCode()).as(env.err()).isZero();
        assertThat(dir.resolve("env-data/progress.json")).content().contains("env-pack");
        assertThat(configDir.resolve("config-data")).doesNotExist();

        Cli.Result flag = cli().env("DRAINHUNT_EXERCISES", "/does/not/exist").env("DRAINHUNT_HOME", "/nope")
                .run("--exercises", VALID.toString(), "--data-dir", dir.resolve("flag-data").toString(), "hint", "1");
        assertThat(flag.exitCode()).as(flag.err()).isZero();
        assertThat(dir.resolve("flag-data/progress.json")).content().contains("test-pack");
    }

    @Test
    void withoutAnyTheBundledPackAndTheXdgDataDirAreUsed() throws Exception {
        Cli.Result r = cli().env("XDG_DATA_HOME", dir.resolve("xdg-data").toString()).run("hint", "1");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(dir.resolve("xdg-data/drainhunt/progress.json")).content().contains("go-drain");
    }

    @Test
    void theConfigFilesColourIsUsedUnlessNoColorOrTheFlagSaysOtherwise() throws Exception {
        config("color = \"always\"\n");
        assertThat(cli().run("show", "1").out()).contains("\u001b[");
        assertThat(cli().env("NO_COLOR", "1").run("show", "1").out()).doesNotContain("\u001b[");
        assertThat(cli().run("--no-color", "show", "1").out()).doesNotContain("\u001b[");
        config("color = \"never\"\n");
        assertThat(cli().terminal().run("show", "1").out()).doesNotContain("\u001b[");
        config("color = \"auto\"\n");
        assertThat(cli().terminal().run("show", "1").out()).contains("\u001b[");
        assertThat(cli().run("show", "1").out()).doesNotContain("\u001b[");
    }

    @Test
    void aBrokenConfigFileIsOneLineAndTheUsageExitCode() throws Exception {
        config("exercises = \"pack\"\ncolor = never\n");
        Cli.Result r = cli().run("list");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).isEqualTo("drainhunt: " + configDir.resolve("config.toml")
                + ":2: color: the value must be a quoted string, e.g. color = \"never\"\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void helpAndVersionNeverReadTheConfigFile() throws Exception {
        config("this is broken");
        assertThat(cli().run("--version").exitCode()).isZero();
        assertThat(cli().run("list", "--help").exitCode()).isZero();
    }

    @Test
    void aCustomPackNamedLikeTheBundledOneIsRefusedSoProgressNeverMixes() throws Exception {
        Path clash = otherPack(PackLoader.BUNDLED_NAME, "clash");
        Cli.Result r = cli().env("DRAINHUNT_HOME", dir.resolve("data").toString()).run("--exercises", clash.toString(),
                "hint", "1");
        assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains("named \"go-drain\", like the bundled pack")
                .contains(clash.resolve("pack.json").toString());
        assertThat(dir.resolve("data/progress.json")).doesNotExist();
    }

    @Test
    void theBundledPacksNameIsTheOneGuarded() {
        assertThat(new Catalog(new PackValidator(c -> Optional.empty())).loadBundled().pack().orElseThrow().name())
                .isEqualTo(PackLoader.BUNDLED_NAME);
    }
}
