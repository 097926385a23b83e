package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drainhunt.install.Installation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationTest {

    private static final Path JAR = Path.of("share", "drainhunt", "drainhunt.jar");
    private static final Path LAUNCHER = Path.of("bin", "drainhunt");
    private static final Path MAN = Path.of("share", "man", "man1", "drainhunt.1");

    @TempDir
    Path dir;

    @Test
    void writesEveryFileAndListsItInTheManifest() throws IOException {
        Path prefix = dir.resolve("prefix");
        List<Path> written = new Installation(prefix).install(items("v1"));
        assertThat(written).containsExactly(prefix.resolve(JAR), prefix.resolve(LAUNCHER), prefix.resolve(MAN),
                prefix.resolve(Installation.MANIFEST));
        assertThat(prefix.resolve(LAUNCHER)).hasContent("launcher v1").isExecutable();
        assertThat(Files.readString(prefix.resolve(Installation.MANIFEST)))
                .contains("file share/drainhunt/drainhunt.jar\n", "file bin/drainhunt\n", "dir .\n", "dir share/man\n");
    }

    @Test
    void uninstallRemovesExactlyWhatInstallWroteAndKeepsProgressBesideIt() throws IOException {
        Path prefix = Files.createDirectories(dir.resolve("prefix"));
        Path unrelated = Files.writeString(Files.createDirectories(prefix.resolve("bin")).resolve("other"), "x");
        Installation installation = new Installation(prefix);
        installation.install(items("v1"));
        Path progress = Files.writeString(prefix.resolve("share/drainhunt/progress.json"), "{}");

        Installation.Removal removal = installation.uninstall().orElseThrow();

        assertThat(removal.removed()).hasSize(4);
        assertThat(removal.kept()).containsExactly(prefix.resolve("share/drainhunt"));
        assertThat(files(prefix)).containsExactlyInAnyOrder(unrelated, progress);
        assertThat(prefix.resolve("share/man")).doesNotExist();
    }

    @Test
    void uninstallRemovesThePrefixAndTheFoldersAboveItThatInstallCreated() throws IOException {
        Path prefix = dir.resolve("fresh/prefix");
        Installation installation = new Installation(prefix);
        installation.install(items("v1"));
        assertThat(Files.readString(installation.manifest())).contains("parent " + dir.resolve("fresh") + "\n");
        installation.uninstall().orElseThrow();
        assertThat(prefix).doesNotExist();
        assertThat(dir.resolve("fresh")).doesNotExist();
        assertThat(dir).exists();
    }

    @Test
    void installingAgainReplacesFilesAndStillUninstallsEverything() throws IOException {
        Path prefix = dir.resolve("prefix");
        Installation installation = new Installation(prefix);
        installation.install(items("v1"));
        installation.install(items("v2").subList(0, 2)); // a later version without a man page
        assertThat(prefix.resolve(LAUNCHER)).hasContent("launcher v2");
        assertThat(prefix.resolve(MAN)).doesNotExist();
        installation.uninstall().orElseThrow();
        assertThat(prefix).doesNotExist();
    }

    @Test
    void uninstallWithoutAnInstallIsEmpty() throws IOException {
        assertThat(new Installation(dir).uninstall()).isEmpty();
    }

    @Test
    void refusesAManifestThatPointsOutsideThePrefixAndRemovesNothing() throws IOException {
        Path prefix = dir.resolve("prefix");
        Path outside = Files.writeString(dir.resolve("precious"), "keep me");
        Installation installation = new Installation(prefix);
        installation.install(items("v1"));
        Files.writeString(installation.manifest(), "file bin/drainhunt\nfile ../precious\n");
        assertThatThrownBy(installation::uninstall).isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(Installation.reason((IOException) e)).contains("../precious")
                        .contains("outside"));
        assertThat(outside).exists();
        assertThat(prefix.resolve(LAUNCHER)).exists();
        assertThatThrownBy(() -> installation.install(items("v2"))).isInstanceOf(IOException.class);
        assertThat(outside).exists();
        assertThat(prefix.resolve(LAUNCHER)).hasContent("launcher v1");
    }

    @Test
    void installOutsideABuiltJarSaysHowToBuildOne() {
        Cli.Result r = new Cli().env("HOME", dir.toString()).run("install", "--prefix", dir.resolve("p").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.FAILED);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("drainhunt: install copies the jar")
                .contains("mvn -B package");
        assertThat(dir.resolve("p")).doesNotExist();
    }

    @Test
    void uninstallWhereNothingWasInstalledIsAUsageError() {
        Cli.Result r = new Cli().run("install", "--uninstall", "--prefix", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("drainhunt: nothing to uninstall in " + dir);
    }

    @Test
    void theLauncherQuotesTheJarPathForSh() {
        assertThat(InstallCommand.launcher(Path.of("/home/o'neil/.local/share/drainhunt/drainhunt.jar")))
                .contains("jar='/home/o'\\''neil/.local/share/drainhunt/drainhunt.jar'\n")
                .startsWith("#!/bin/sh\n").doesNotContain("mvn");
    }

    private static List<Installation.Item> items(String version) {
        return List.of(Installation.Item.text(JAR, "jar " + version, false),
                Installation.Item.text(LAUNCHER, "launcher " + version, true),
                Installation.Item.text(MAN, "man " + version, false));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).toList();
        }
    }
}
