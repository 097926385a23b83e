package dev.drainhunt.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** On a terminal, seeing the fix of an exercise neither solved nor revealed asks first, for diff as for reveal. */
class PeekConfirmationTest {

    @TempDir
    Path dir;

    private TmuxSession start(String... args) throws Exception {
        return TmuxSession.start(dir, 80, 24, Map.of("DRAINHUNT_HOME", dir.resolve("data").toString()), args);
    }

    @Test
    @Timeout(120)
    void diffOfAnUnsolvedExerciseAsksAndNoShowsAndRecordsNothing() throws Exception {
        try (TmuxSession tmux = start("diff", "3")) {
            tmux.awaitScreen("the question", s -> s.contains("You have not solved exercise 3 yet. Reveal it? [y/N]"));
            tmux.type("n");
            tmux.press("Enter");
            assertThat(tmux.awaitExit()).isZero();
            assertThat(tmux.transcript()).contains("Not revealed. drainhunt hint 3 gives a hint instead.")
                    .doesNotContain("+ ");
        }
        assertThat(dir.resolve("data").resolve("progress.json")).doesNotExist();
    }

    @Test
    @Timeout(120)
    void diffWithYesOrAfterARevealDoesNotAsk() throws Exception {
        try (TmuxSession tmux = start("diff", "3", "--yes")) {
            assertThat(tmux.awaitExit()).isZero();
            assertThat(tmux.transcript()).doesNotContain("Reveal it?");
        }
        Path again = dir.resolve("again");
        java.nio.file.Files.createDirectories(again);
        try (TmuxSession tmux = TmuxSession.start(again, 80, 24,
                Map.of("DRAINHUNT_HOME", dir.resolve("data").toString()), "diff", "3")) {
            assertThat(tmux.awaitExit()).isZero();
            assertThat(tmux.transcript()).doesNotContain("Reveal it?");
        }
    }
}
