package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drainhunt.install.Installation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** install never destroys a file it did not write (issue 18). */
class HostileInstallTest {

    private static final Path LAUNCHER = Path.of("bin", "drainhunt");
    private static final Path JAR = Path.of("share", "drainhunt", "drainhunt.jar");

    @TempDir
    Path dir;

    @Test
    void refusesToOverwriteAUsersOwnFileAndWritesNothing() throws IOException {
        Path prefix = dir.resolve("prefix");
        Path own = Files.writeString(Files.createDirectories(prefix.resolve("bin")).resolve("drainhunt"), "mine");
        Installation installation = new Installation(prefix);

        assertThatThrownBy(() -> installation.install(items("v1"))).isInstanceOf(IOException.class)
                .satisfies(e -> assertThat(Installation.reason((IOException) e)).startsWith(own.toString())
                        .contains("not a file drainhunt install wrote", "--force"));

        assertThat(own).hasContent("mine");
        assertThat(prefix.resolve(JAR)).doesNotExist();
        assertThat(installation.manifest()).doesNotExist();
    }

    @Test
    void forceKeepsTheUsersFileAsABackupThatUninstallPutsBack() throws IOException {
        Path prefix = dir.resolve("prefix");
        Path own = Files.writeString(Files.createDirectories(prefix.resolve("bin")).resolve("drainhunt"), "mine");
        Installation installation = new Installation(prefix);

        installation.install(items("v1"), true);
        assertThat(own).hasContent("launcher v1");
        assertThat(prefix.resolve("bin/drainhunt.drainhunt-backup")).hasContent("mine");
        installation.install(items("v2")); // owned now: a second install needs no --force
        assertThat(prefix.resolve("bin/drainhunt.drainhunt-backup")).hasContent("mine");

        installation.uninstall().orElseThrow();

        assertThat(own).hasContent("mine");
        assertThat(prefix.resolve("bin/drainhunt.drainhunt-backup")).doesNotExist();
        assertThat(prefix.resolve(JAR)).doesNotExist();
    }

    @Test
    void refusesControlCharactersInThePrefix() throws IOException {
        Path victim = Files.writeString(dir.resolve("victim"), "keep me");

        assertThatThrownBy(() -> new Installation(Path.of(dir + "/p\nfile ../victim")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+000A");

        Cli.Result r = new Cli().env("HOME", dir.toString())
                .run("install", "--prefix", dir + "/p\nfile ../victim");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains("control character");
        assertThat(victim).hasContent("keep me");
    }

    @Test
    void anEmptyPrefixIsAUsageError() {
        Cli.Result r = new Cli().env("HOME", dir.toString()).run("install", "--prefix", "");

        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).startsWith("drainhunt: --prefix: the prefix is empty");
    }

    private static List<Installation.Item> items(String version) {
        return List.of(Installation.Item.text(JAR, "jar " + version, false),
                Installation.Item.text(LAUNCHER, "launcher " + version, true));
    }
}
