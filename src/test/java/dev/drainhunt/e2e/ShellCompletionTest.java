package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zsh and fish scripts the built jar prints, checked and driven by the real shells: fish through
 * {@code complete -C}, zsh on a pseudo-terminal (zpty) with compinit loading the function from $fpath. Each test
 * is skipped, saying so, on a machine without that shell.
 */
class ShellCompletionTest {

    private static final Path ZSH_DRIVER = Path.of("src/test/resources/completion/zsh-complete.zsh").toAbsolutePath();
    private static final String CUSTOM_PACK = Path.of("src/test/resources/packs/valid").toAbsolutePath().toString();

    @TempDir
    static Path dir;

    private static Path zshFunctions;
    private static Path customZshFunctions;
    private static Path fishScript;
    private static Path customFishScript;

    @BeforeAll
    static void generate() throws Exception {
        zshFunctions = Files.createDirectories(dir.resolve("zfunc"));
        customZshFunctions = Files.createDirectories(dir.resolve("zfunc-custom"));
        Files.writeString(zshFunctions.resolve("_drainhunt"), script(false, "zsh"));
        Files.writeString(customZshFunctions.resolve("_drainhunt"), script(true, "zsh"));
        fishScript = Files.writeString(dir.resolve("drainhunt.fish"), script(false, "fish"));
        customFishScript = Files.writeString(dir.resolve("custom.fish"), script(true, "fish"));
    }

    private static String script(boolean customPack, String shell) throws Exception {
        Drainhunt drainhunt = new Drainhunt();
        if (customPack) {
            drainhunt.env("DRAINHUNT_EXERCISES", CUSTOM_PACK);
        }
        Drainhunt.Result r = drainhunt.run("completion", shell);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out();
    }

    @Test
    void fishAcceptsTheScriptAndCompletesCommandsExercisesAndTags() throws Exception {
        requireShell("fish");
        assertThat(run(List.of("fish", "--no-config", "-n", fishScript.toString())).exitCode).isZero();
        assertThat(fish(fishScript, "drainhunt li")).containsExactly("list");
        assertThat(fish(fishScript, "drainhunt show pool")).containsExactly("pool-drain-wait", "pool-submit-drain");
        assertThat(fish(fishScript, "drainhunt --no-color practice 3 sig")).containsExactly("signal-notify-shutdown");
        assertThat(fish(fishScript, "drainhunt list --tag sig")).containsExactly("signals");
        assertThat(fish(fishScript, "drainhunt report --format m")).containsExactly("markdown");
        assertThat(fish(fishScript, "drainhunt list --j")).containsExactly("--json");
        assertThat(fish(fishScript, "drainhunt completion ")).containsExactlyInAnyOrder("bash", "zsh", "fish");
    }

    @Test
    void fishCompletesTheExercisesOfThePackStudied() throws Exception {
        requireShell("fish");
        assertThat(fish(customFishScript, "drainhunt show ")).containsExactlyInAnyOrder("1", "2", "first", "second");
    }

    @Test
    void zshAcceptsTheScriptAndCompletesNativelyFromFpath() throws Exception {
        requireShell("zsh");
        assertThat(run(List.of("zsh", "-n", zshFunctions.resolve("_drainhunt").toString())).exitCode).isZero();
        assertThat(zsh(zshFunctions, "drainhunt li")).containsExactly("list");
        assertThat(zsh(zshFunctions, "drainhunt show pool")).containsExactly("pool-drain-wait", "pool-submit-drain");
        assertThat(zsh(zshFunctions, "drainhunt --exercises /x show sig")).containsExactly("signal-notify-shutdown");
        assertThat(zsh(zshFunctions, "drainhunt list --tag sig")).containsExactly("signals");
        assertThat(zsh(zshFunctions, "drainhunt list --difficulty ")).containsExactly("easy", "medium", "hard");
        assertThat(zsh(zshFunctions, "drainhunt completion ")).containsExactly("bash", "zsh", "fish");
    }

    @Test
    void zshCompletesTheExercisesOfThePackStudied() throws Exception {
        requireShell("zsh");
        assertThat(zsh(customZshFunctions, "drainhunt hint s")).containsExactly("second");
    }

    /** What fish offers for {@code line}: the words before each tab-separated description. */
    private static List<String> fish(Path script, String line) throws Exception {
        Result r = run(List.of("fish", "--no-config", "-c", "source $argv[1]; complete -C $argv[2]", script.toString(),
                line));
        assertThat(r.exitCode).as("fish for %s: %s", line, r.out).isZero();
        return r.out.lines().map(l -> l.split("\t", 2)[0]).filter(w -> !w.isEmpty()).toList();
    }

    /** What zsh offers for {@code line}, each word once, in the order offered. */
    private static List<String> zsh(Path functions, String line) throws Exception {
        Path out = Files.createTempFile(dir, "zsh", ".out");
        Files.delete(out);
        Result r = run(List.of("zsh", "-f", ZSH_DRIVER.toString(), functions.toString(), out.toString(), line));
        assertThat(r.exitCode).as("zsh for %s: %s", line, r.out).isZero();
        if (!Files.exists(out)) {
            return List.of();
        }
        return Files.readAllLines(out).stream().filter(w -> !w.isEmpty()).distinct().toList();
    }

    private static void requireShell(String shell) {
        boolean found = false;
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            found |= Files.isExecutable(Path.of(folder, shell));
        }
        assumeTrue(found, shell + " is not installed (apt-get install -y " + shell + "): its completion is not "
                + "checked");
    }

    private record Result(int exitCode, String out) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).redirectErrorStream(true)
                .start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in 90 s");
        }
        return new Result(p.exitValue(), out);
    }
}
