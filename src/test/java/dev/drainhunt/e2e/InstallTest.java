package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** drainhunt install and --uninstall from the built jar, and the launcher it writes, run as a user would. */
class InstallTest {

    private static final String PATH = "/usr/local/bin:/usr/bin:/bin";

    @TempDir
    Path home;

    @Test
    void installsALauncherThatRunsWithoutMavenAndUninstallsExactlyWhatItWrote() throws Exception {
        Path prefix = home.resolve("opt");
        Path unrelated = Files.writeString(Files.createDirectories(prefix.resolve("bin")).resolve("other-tool"), "x");
        Set<Path> before = files(prefix);

        Drainhunt.Result install = drainhunt().run("install", "--prefix", prefix.toString());
        assertThat(install.exitCode()).as(install.err()).isZero();
        List<String> wrote = List.of("bin/drainhunt", "share/drainhunt/drainhunt.jar", "share/man/man1/drainhunt.1",
                "share/bash-completion/completions/drainhunt", "share/drainhunt/installed-files.txt");
        for (String file : wrote) {
            assertThat(prefix.resolve(file)).isRegularFile();
            assertThat(install.out()).contains(prefix.resolve(file).toString());
        }
        assertThat(install.out()).contains(prefix.resolve("bin") + " is not on your PATH")
                .contains("export PATH=\"" + prefix.resolve("bin") + ":$PATH\"");
        assertThat(prefix.resolve("share/man/man1/drainhunt.1")).content().contains(".SS \"drainhunt install\"");
        assertThat(prefix.resolve("share/bash-completion/completions/drainhunt")).content()
                .contains("complete -F _complete_drainhunt");

        Result version = launch(prefix.resolve("bin/drainhunt"), "--version");
        assertThat(version.exitCode()).as(version.err()).isZero();
        assertThat(version.out()).startsWith("drainhunt ");
        assertThat(Files.readString(prefix.resolve("bin/drainhunt"))).doesNotContain("mvn");

        // Practising with the default data dir keeps progress beside the jar; uninstall must leave it.
        Path progress = Files.writeString(prefix.resolve("share/drainhunt/progress.json"), "{}");
        Drainhunt.Result uninstall = drainhunt().run("install", "--uninstall", "--prefix", prefix.toString());
        assertThat(uninstall.exitCode()).as(uninstall.err()).isZero();
        assertThat(uninstall.out()).contains("Kept " + prefix.resolve("share/drainhunt"));
        assertThat(files(prefix)).containsExactlyInAnyOrderElementsOf(plus(before, progress));
        assertThat(unrelated).hasContent("x");
        assertThat(prefix.resolve("share/man")).doesNotExist();
        assertThat(prefix.resolve("share/bash-completion")).doesNotExist();
    }

    @Test
    void theDefaultPrefixIsDotLocalAndSaysNothingAboutPathWhenItIsOnIt() throws Exception {
        Drainhunt.Result install = drainhunt().env("PATH", home.resolve(".local/bin") + ":" + PATH).run("install");
        assertThat(install.exitCode()).as(install.err()).isZero();
        assertThat(home.resolve(".local/bin/drainhunt")).isExecutable();
        assertThat(install.out()).doesNotContain("not on your PATH")
                .contains("bash-completion loads the completion in new shells");
        Drainhunt.Result uninstall = drainhunt().run("install", "--uninstall");
        assertThat(uninstall.exitCode()).as(uninstall.err()).isZero();
        assertThat(home.resolve(".local")).doesNotExist();
    }

    @Test
    void aUsersOwnLauncherIsNeverOverwrittenAndForceKeepsItForUninstall() throws Exception {
        Path prefix = home.resolve("opt");
        Path own = Files.writeString(Files.createDirectories(prefix.resolve("bin")).resolve("drainhunt"), "mine");

        Drainhunt.Result refused = drainhunt().run("install", "--prefix", prefix.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().lines()).hasSize(1).first().asString().contains("--force");
        assertThat(own).hasContent("mine");
        assertThat(prefix.resolve("share")).doesNotExist();

        Drainhunt.Result forced = drainhunt().run("install", "--force", "--prefix", prefix.toString());
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(launch(own, "--version").out()).startsWith("drainhunt ");

        Drainhunt.Result uninstall = drainhunt().run("install", "--uninstall", "--prefix", prefix.toString());
        assertThat(uninstall.exitCode()).as(uninstall.err()).isZero();
        assertThat(own).hasContent("mine");
        assertThat(prefix.resolve("share")).doesNotExist();
    }

    private Drainhunt drainhunt() {
        return new Drainhunt().env("HOME", home.toString()).env("PATH", PATH).env("XDG_DATA_HOME", "")
                .env("BASH_COMPLETION_USER_DIR", "");
    }

    record Result(int exitCode, String out, String err) {
    }

    /** Runs the installed launcher with only the system's PATH and a JAVA_HOME, as a fresh shell would. */
    private Result launch(Path launcher, String... args) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(launcher.toString()), Stream.of(args)).toList());
        pb.environment().clear();
        pb.environment().putAll(java.util.Map.of("HOME", home.toString(), "PATH", PATH,
                "JAVA_HOME", System.getProperty("java.home")));
        Process process = pb.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), out, err);
    }

    private static Set<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !Files.isDirectory(p)).collect(Collectors.toSet());
        }
    }

    private static Set<Path> plus(Set<Path> set, Path more) {
        return Stream.concat(set.stream(), Stream.of(more)).collect(Collectors.toSet());
    }
}
