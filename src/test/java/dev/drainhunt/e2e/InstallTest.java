package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** drainhunt install and --uninstall from the built jar, and the launcher it writes, run as a user would. */
class InstallTest {

    private static final String PATH = "/usr/local/bin:/usr/bin:/bin";

    @TempDir
    Path home;

    /** The JDK the installed launcher runs on. */
    private String javaHome = System.getProperty("java.home");

    @Test
    void installsALauncherThatRunsWithoutMavenAndUninstallsExactlyWhatItWrote() throws Exception {
        Path prefix = home.resolve("opt");
        Path unrelated = Files.writeString(Files.createDirectories(prefix.resolve("bin")).resolve("other-tool"), "x");
        Set<Path> before = files(prefix);

        Drainhunt.Result install = drainhunt().run("install", "--prefix", prefix.toString());
        assertThat(install.exitCode()).as(install.err()).isZero();
        List<String> wrote = List.of("bin/drainhunt", "share/drainhunt/drainhunt.jar", "share/man/man1/drainhunt.1",
                "share/bash-completion/completions/drainhunt", "share/zsh/site-functions/_drainhunt",
                "share/fish/vendor_completions.d/drainhunt.fish", "share/drainhunt/installed-files.txt");
        for (String file : wrote) {
            assertThat(prefix.resolve(file)).isRegularFile();
            assertThat(install.out()).contains(prefix.resolve(file).toString());
        }
        assertThat(install.out()).contains(prefix.resolve("bin") + " is not on your PATH")
                .contains("export PATH=\"" + prefix.resolve("bin") + ":$PATH\"");
        assertThat(prefix.resolve("share/man/man1/drainhunt.1")).content().contains(".SS \"drainhunt install\"");
        assertThat(prefix.resolve("share/bash-completion/completions/drainhunt")).content()
                .contains("complete -F _complete_drainhunt");
        assertThat(prefix.resolve("share/zsh/site-functions/_drainhunt")).content().startsWith("#compdef drainhunt");
        assertThat(prefix.resolve("share/fish/vendor_completions.d/drainhunt.fish")).content()
                .contains("complete -c drainhunt");
        assertThat(install.out()).contains("fpath=(" + prefix.resolve("share/zsh/site-functions") + " $fpath)")
                .contains("set -p fish_complete_path " + prefix.resolve("share/fish/vendor_completions.d"));

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
        assertThat(prefix.resolve("share/zsh")).doesNotExist();
        assertThat(prefix.resolve("share/fish")).doesNotExist();
    }

    @Test
    void theDefaultPrefixIsDotLocalAndSaysNothingAboutPathWhenItIsOnIt() throws Exception {
        Drainhunt.Result install = drainhunt().env("PATH", home.resolve(".local/bin") + ":" + PATH).run("install");
        assertThat(install.exitCode()).as(install.err()).isZero();
        assertThat(home.resolve(".local/bin/drainhunt")).isExecutable();
        assertThat(install.out()).doesNotContain("not on your PATH")
                .contains("bash-completion loads the completion in new shells")
                .as("fish finds ~/.local's completions by itself").doesNotContain("fish_complete_path");
        assertThat(home.resolve(".local/share/fish/vendor_completions.d/drainhunt.fish")).isRegularFile();
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

    /**
     * The JDK these tests run on, and a JDK 25 or newer when one is installed beside it (/usr/lib/jvm): the
     * launcher keeps a class-data archive for 17 to 24 and an AOT cache from 25 on.
     */
    static Stream<String> javaHomes() throws IOException {
        String own = System.getProperty("java.home");
        Path jvms = Path.of("/usr/lib/jvm");
        if (Runtime.version().feature() >= 25 || !Files.isDirectory(jvms)) {
            return Stream.of(own);
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            Optional<String> newer = homes.filter(h -> feature(h) >= 25).map(Path::toString).sorted().findFirst();
            return Stream.concat(Stream.of(own), newer.stream());
        }
    }

    static int feature(Path javaHome) {
        try {
            for (String line : Files.readAllLines(javaHome.resolve("release"))) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return Runtime.Version.parse(line.substring(line.indexOf('=') + 1).replace("\"", "")).feature();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return 0; // not a JDK we can tell the version of
        }
        return 0;
    }

    @ParameterizedTest
    @MethodSource("javaHomes")
    void theInstalledLauncherKeepsAnArchiveInTheCacheAndABadOneChangesNothing(String javaHome) throws Exception {
        this.javaHome = javaHome;
        boolean aot = feature(Path.of(javaHome)) >= 25;
        Path prefix = home.resolve("opt");
        Drainhunt.Result install = drainhunt().run("install", "--prefix", prefix.toString());
        assertThat(install.exitCode()).as(install.err()).isZero();
        Path launcher = prefix.resolve("bin/drainhunt");
        Result plain = launch(launcher, Map.of("DRAINHUNT_CDS", "off"), "list");
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.err()).isEmpty();

        Result built = launch(launcher, Map.of("DRAINHUNT_CDS", "build"), "list");
        assertThat(built.out()).isEqualTo(plain.out());
        Path archive;
        try (Stream<Path> cached = Files.walk(home.resolve(".cache/drainhunt"))) {
            // On JDK 25 list has a cache of its own (Training's families).
            archive = cached.filter(p -> p.toString().endsWith(aot ? "-list.aot" : ".jsa")).findFirst().orElseThrow();
        }
        Path stamp = Path.of(archive + ".stamp");
        String base = archive.toString().replaceFirst(aot ? "-list\\.aot$" : "\\.jsa$", "");
        assertSameRun(launch(launcher, Map.of(), "list"), plain);
        // The JDK behind the java, kept as the launcher found it: an answer that no longer names the same file
        // (a JDK switched or reinstalled) is found again, or the archive of the JDK it names would not map.
        Path paths = archive.resolveSibling("drainhunt-java.paths");
        assertThat(paths).exists();
        Files.writeString(paths, javaHome + "/bin/java\n/bin/sh\n");
        Map<String, String> logged = Map.of("DRAINHUNT_JAVA_OPTS", aot ? "-Xlog:aot=info" : "-Xlog:cds=info");
        assertThat(launch(launcher, logged, "list").out()).contains((aot ? "Opened AOT cache " : "Opened archive ")
                + archive);
        assertThat(Files.readAllLines(paths)).hasSize(4).endsWith(Path.of(javaHome, "bin", "java").toRealPath()
                .toString());
        Map<String, String> mapped = Map.of("DRAINHUNT_JAVA_OPTS", aot ? "-XX:AOTMode=on" : "-Xshare:on");
        assertSameRun(launch(launcher, mapped, "list"), plain);

        // The resources a start-up reads, copied beside the archive: with every class in the archive, a run
        // opens no jar at all (JDK 25 loads each class of its cache at the start, so only 17 can show it).
        Path packCopy = archive.resolveSibling("drainhunt-copy-bundled-pack.image");
        assertThat(packCopy).exists();
        assertThat(archive.resolveSibling("drainhunt-copy-bundled-grading.image")).exists();
        if (!aot) {
            Map<String, String> classes = Map.of("DRAINHUNT_JAVA_OPTS", "-Xlog:class+load=info");
            for (String[] command : List.of(new String[] {"list"}, new String[] {"--version"},
                    new String[] {"check", "1", "--diagnosis", "a signal can be lost"})) {
                assertThat(launch(launcher, classes, command).out()).as(String.join(" ", command))
                        .contains("dev.drainhunt.cli.Main source: shared objects file")
                        .doesNotContain("java.util.zip.ZipFile$Source ");
            }
        }
        // A damaged copy is no copy: the jar's own resource is read.
        Files.writeString(packCopy, "garbage");
        assertSameRun(launch(launcher, Map.of(), "list"), plain);
        if (aot) {
            // Each command maps its family's cache: the lightest ones do not load the classes of all the others.
            assertThat(launch(launcher, logged, "--version").out())
                    .contains("Opened AOT cache " + base + "-version.aot");
            assertThat(launch(launcher, logged, "--help").out()).contains("Opened AOT cache " + base + "-help.aot");
            assertThat(launch(launcher, logged, "list").out()).contains("Opened AOT cache " + base + "-list.aot");
            assertThat(launch(launcher, logged, "show", "1").out()).contains("Opened AOT cache " + base + "-all.aot");
            assertThat(launch(launcher, logged, "check", "1", "--diagnosis", "a signal can be lost").out())
                    .contains("Opened AOT cache " + base + "-check.aot");
            // A session, however it is started, maps the practice cache.
            assertThat(launch(launcher, logged, "practice", "1").out())
                    .contains("Opened AOT cache " + base + "-practice.aot");
            assertThat(launch(launcher, logged, "--no-color").out())
                    .contains("Opened AOT cache " + base + "-practice.aot");
        }

        // Damaged where it lies, its stamp still saying it is fresh: the JVM refuses it, and says nothing.
        byte[] whole = Files.readAllBytes(archive);
        for (byte[] damaged : List.of("garbage".getBytes(StandardCharsets.UTF_8),
                java.util.Arrays.copyOf(whole, whole.length / 3))) {
            Files.write(archive, damaged);
            Files.setLastModifiedTime(archive, FileTime.from(Instant.now().plusSeconds(5)));
            assertSameRun(launch(launcher, Map.of(), "list"), plain);
        }

        // Made by another java: not used, and rebuilt in the background for the next run.
        String ours = Files.readAllLines(stamp).get(0);
        Files.writeString(stamp, "/opt/other-jdk/bin/java\n" + prefix.resolve("share/drainhunt/drainhunt.jar") + "\n");
        assertSameRun(launch(launcher, Map.of(), "list"), plain);
        Path lock = Path.of(base + (aot ? ".aot" : ".jsa") + ".lock");
        Instant deadline = Instant.now().plusSeconds(240);
        while ((Files.exists(lock) || !Files.readAllLines(stamp).get(0).equals(ours))
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertThat(Files.readAllLines(stamp)).as("the stamp once rebuilt").first().isEqualTo(ours);
        // -Xshare:on (-XX:AOTMode=on for a cache) fails the run unless the archive maps: the launcher does use it.
        assertSameRun(launch(launcher, mapped, "list"), plain);

        Drainhunt.Result uninstall = drainhunt().run("install", "--uninstall", "--prefix", prefix.toString());
        assertThat(uninstall.exitCode()).as(uninstall.err()).isZero();
        assertThat(archive.getParent()).doesNotExist();
    }

    private static void assertSameRun(Result run, Result plain) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(plain.out());
    }

    private Drainhunt drainhunt() {
        return new Drainhunt().env("HOME", home.toString()).env("PATH", PATH).env("XDG_DATA_HOME", "")
                .env("BASH_COMPLETION_USER_DIR", "");
    }

    record Result(int exitCode, String out, String err) {
    }

    /** Runs the installed launcher with only the system's PATH and a JAVA_HOME, as a fresh shell would. */
    private Result launch(Path launcher, String... args) throws IOException, InterruptedException {
        // No archive: a builder left running in the background would outlive the test's folder.
        return launch(launcher, Map.of("DRAINHUNT_CDS", "off"), args);
    }

    private Result launch(Path launcher, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(launcher.toString()), Stream.of(args)).toList());
        pb.environment().clear();
        pb.environment().putAll(Map.of("HOME", home.toString(), "PATH", PATH, "JAVA_HOME", javaHome));
        pb.environment().putAll(env);
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
