package dev.drainhunt.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Test
    void stoppingThePagerLeavesNoneOfItsProcessesRunning() throws Exception {
        // The outer sh must wait for the inner one (": " follows it), which waits for sleep: a tree of three, as
        // sh -c 'less -R' is when a shell does not exec its last command.
        Pager pager = new Pager("sh -c 'sleep 300; :'; :", Map.of());
        Thread showing = new Thread(() -> pager.show("text"));
        showing.start();
        List<ProcessHandle> tree = awaitTreeOf(pager, 2);

        pager.stop();
        showing.join();

        assertThat(tree).noneMatch(PagerTest::running);
    }

    /**
     * Alive and not a zombie: where init does not reap orphans (some containers), a killed grandchild stays a
     * zombie, which Java counts as alive but which runs nothing and reads no terminal.
     */
    private static boolean running(ProcessHandle handle) {
        Path stat = Path.of("/proc", Long.toString(handle.pid()), "stat");
        try {
            String text = Files.readString(stat);
            return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
        } catch (java.io.IOException e) {
            return Files.exists(Path.of("/proc/self")) ? false : handle.isAlive();
        }
    }

    /** The pager's process and its descendants, once it has {@code descendants} of them. */
    private static List<ProcessHandle> awaitTreeOf(Pager pager, int descendants) throws InterruptedException {
        while (true) {
            Optional<Process> process = pager.running();
            if (process.isPresent()) {
                List<ProcessHandle> tree = new ArrayList<>(process.get().descendants().toList());
                if (tree.size() >= descendants) {
                    tree.add(process.get().toHandle());
                    return tree;
                }
            }
            Thread.sleep(10);
        }
    }
}
