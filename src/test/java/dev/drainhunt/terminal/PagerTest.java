package dev.drainhunt.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagerTest {

    @TempDir
    Path dir;

    private static Environment env(Map<String, String> variables) {
        return new Environment(variables, true, true);
    }

    private Path lessOnPath() throws Exception {
        Path less = Files.writeString(dir.resolve("less"), "#!/bin/sh\ncat >/dev/null\n");
        less.toFile().setExecutable(true);
        return less;
    }

    @Test
    void withoutPagerSetLessOnThePathIsUsedWithLessFrx() throws Exception {
        lessOnPath();
        Pager pager = Pager.of(env(Map.of("PATH", "/nonexistent:" + dir))).orElseThrow();
        assertThat(pager.command()).isEqualTo("less -R");
        assertThat(pager.variables()).containsEntry("LESS", "FRX");
    }

    @Test
    void theLearnersOwnLessOptionsAreLeftAlone() throws Exception {
        lessOnPath();
        assertThat(Pager.of(env(Map.of("PATH", dir.toString(), "LESS", "-S"))).orElseThrow().variables())
                .doesNotContainKey("LESS");
    }

    @Test
    void pagerNamesTheCommandAndCatMeansNone() {
        assertThat(Pager.of(env(Map.of("PAGER", "most -s", "PATH", ""))).orElseThrow().command()).isEqualTo("most -s");
        assertThat(Pager.of(env(Map.of("PAGER", "cat", "PATH", "/usr/bin:/bin")))).isEmpty();
    }

    @Test
    void noPagerAndNoLessOnThePathIsNoPager() {
        assertThat(Pager.of(env(Map.of("PATH", dir.toString())))).isEmpty();
    }

    @Test
    void showGivesTheTextToThePagerAndSaysWhetherItRan() throws Exception {
        Path got = dir.resolve("got.txt");
        assertThat(new Pager("cat > '" + got + "'", Map.of()).show("one\ntwo\n")).isTrue();
        assertThat(Files.readString(got)).isEqualTo("one\ntwo\n");
        assertThat(new Pager("exit 3", Map.of()).show("text")).as("a failing pager").isFalse();
        assertThat(new Pager("no-such-pager-anywhere", Map.of()).show("text")).as("a missing one").isFalse();
    }

    @Test
    void aPagerLeftBeforeItReadEverythingStillShowedIt() {
        // head reads one line and exits 0: the rest cannot be written, which is no failure.
        assertThat(new Pager("head -n 1 >/dev/null", Map.of()).show("x\n".repeat(200_000))).isTrue();
    }

    @Test
    void thePagerSeesLessFrxInItsEnvironment() throws Exception {
        Path got = dir.resolve("env.txt");
        new Pager("cat >/dev/null; echo \"$LESS\" > '" + got + "'", Map.of("LESS", "FRX")).show("x");
        assertThat(Files.readString(got).strip()).isEqualTo("FRX");
    }
}
