package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drainhunt.terminal.Environment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading config.toml and config.json: the flat subset, paths against the file's folder, one positioned error. */
class ConfigFileTest {

    private static final Path FILE = Path.of("/etc/team/drainhunt/config.toml");
    private static final Path HOME = Path.of("/home/ada");

    @TempDir
    Path dir;

    private static Config toml(String text) {
        return ConfigFile.parseToml(FILE, text, HOME);
    }

    private static String tomlError(String text) {
        try {
            toml(text);
        } catch (UserError e) {
            assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE);
            return e.getMessage();
        }
        throw new AssertionError("no error for " + text);
    }

    @Test
    void readsEveryKeyWithCommentsAndBlankLines() {
        Config c = toml("""
                # handed out by the team lead
                exercises = "/srv/packs/team"   # the onboarding pack

                data-dir = '/var/lib/drainhunt'
                color = "never"
                """);
        assertThat(c.exercises()).isEqualTo(Path.of("/srv/packs/team"));
        assertThat(c.dataDir()).isEqualTo(Path.of("/var/lib/drainhunt"));
        assertThat(c.color()).isEqualTo("never");
        assertThat(c.file()).isEqualTo(FILE);
    }

    @Test
    void relativePathsResolveAgainstTheConfigFilesFolderAndTildeAgainstHome() {
        Config c = toml("exercises = \"packs/team\"\ndata-dir = \"~/progress\"\n");
        assertThat(c.exercises()).isEqualTo(Path.of("/etc/team/drainhunt/packs/team"));
        assertThat(c.dataDir()).isEqualTo(Path.of("/home/ada/progress"));
        assertThat(toml("exercises = \"../shared\"").exercises()).isEqualTo(Path.of("/etc/team/shared"));
    }

    @Test
    void basicStringsTakeTomlEscapes() {
        assertThat(toml("exercises = \"/a b/\\\"q\\\"/\\u00e9\"").exercises()).isEqualTo(Path.of("/a b/\"q\"/é"));
        assertThat(toml("exercises = 'C:\\packs'").exercises().toString()).endsWith("C:\\packs");
    }

    @Test
    void aBadLineIsOnePositionedError() {
        assertThat(tomlError("# ok\ncolor = \"never\"\nexercises = packs\n"))
                .isEqualTo(FILE + ":3: exercises: the value must be a quoted string, e.g. exercises = \"packs\"");
        assertThat(tomlError("\n\nthis is not toml")).startsWith(FILE + ":3: expected key = \"value\"");
        assertThat(tomlError("[drainhunt]\ncolor = \"never\"")).startsWith(FILE + ":1: tables such as [drainhunt]");
        assertThat(tomlError("exercises = \"open")).isEqualTo(FILE + ":1: exercises: the string has no closing \"");
        assertThat(tomlError("color = \"never\" extra")).contains(":1: color: unexpected text after the value");
        assertThat(tomlError("exercises = \"a\\qb\"")).contains(":1: exercises: unknown escape \\q");
    }

    @Test
    void unknownKeysDuplicatesEmptyValuesAndBadColoursAreNamed() {
        assertThat(tomlError("colour = \"never\"")).isEqualTo(FILE + ":1: unknown key \"colour\" — did you mean \"color\"?");
        assertThat(tomlError("editor = \"vi\"")).isEqualTo(FILE
                + ":1: unknown key \"editor\" (keys: exercises, data-dir, color)");
        assertThat(tomlError("color = \"never\"\n\ncolor = \"always\"")).isEqualTo(FILE
                + ":3: color is set twice (first on line 1)");
        assertThat(tomlError("exercises = \"\"")).isEqualTo(FILE
                + ":1: exercises is empty: give a value or leave the line out");
        assertThat(tomlError("color = \"blue\"")).isEqualTo(FILE
                + ":1: color: expected one of auto, always, never, not \"blue\"");
    }

    @Test
    void jsonTakesTheSameKeysWithLineAndColumn() {
        Path json = Path.of("/cfg/drainhunt/config.json");
        Config c = ConfigFile.parseJson(json, "{\"exercises\": \"pack\", \"color\": \"always\"}", HOME);
        assertThat(c.exercises()).isEqualTo(Path.of("/cfg/drainhunt/pack"));
        assertThat(c.color()).isEqualTo("always");
        assertThatThrownBy(() -> ConfigFile.parseJson(json, "{\n  \"color\": true\n}", HOME))
                .hasMessage(json + ":2:12: color: the value must be a string, e.g. \"color\": \"never\"");
        assertThatThrownBy(() -> ConfigFile.parseJson(json, "{\n  \"pack\": \"x\"\n}", HOME))
                .hasMessageStartingWith(json + ":2:3: unknown key \"pack\"");
        assertThatThrownBy(() -> ConfigFile.parseJson(json, "{\"color\": ", HOME))
                .hasMessageStartingWith(json + ":1:").hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> ConfigFile.parseJson(json, "[]", HOME))
                .hasMessageStartingWith(json + ":1:1: a JSON object of settings was expected");
    }

    @Test
    void isFoundUnderXdgConfigHomeElseUnderHomeDotConfig() throws Exception {
        Path config = Files.createDirectories(dir.resolve("xdg/drainhunt"));
        Files.writeString(config.resolve("config.toml"), "color = \"never\"\n");
        Environment xdg = env(Map.of("XDG_CONFIG_HOME", dir.resolve("xdg").toString(), "HOME", "/nowhere"));
        assertThat(ConfigFile.load(xdg).color()).isEqualTo("never");
        assertThat(ConfigFile.load(xdg).file()).isEqualTo(config.resolve("config.toml"));

        Path home = Files.createDirectories(dir.resolve("home/.config/drainhunt"));
        Files.writeString(home.resolve("config.json"), "{\"color\": \"always\"}");
        Environment relativeXdg = env(Map.of("XDG_CONFIG_HOME", "relative", "HOME", dir.resolve("home").toString()));
        assertThat(ConfigFile.load(relativeXdg).color()).isEqualTo("always");
        assertThat(ConfigFile.load(env(Map.of("HOME", dir.resolve("none").toString())))).isEqualTo(Config.NONE);
    }

    @Test
    void bothFilesAtOnceIsAnError() throws Exception {
        Path config = Files.createDirectories(dir.resolve("drainhunt"));
        Files.writeString(config.resolve("config.toml"), "");
        Files.writeString(config.resolve("config.json"), "{}");
        assertThatThrownBy(() -> ConfigFile.load(env(Map.of("XDG_CONFIG_HOME", dir.toString()))))
                .isInstanceOf(UserError.class).hasMessageContaining("keep one of them");
    }

    private static Environment env(Map<String, String> variables) {
        return new Environment(variables, false, false);
    }
}
