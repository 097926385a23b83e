package dev.drainhunt.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The JLine prompt fed a script through a dumb terminal, as a learner's keystrokes would arrive. */
class TerminalPromptTest {

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private DumbTerminal terminal;

    /** Keys typed, then a keyboard that waits (a learner who stopped typing), unlike a stream that ends. */
    private static InputStream keyboard(String keys) {
        return new SequenceInputStream(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws java.io.IOException {
                        try {
                            Thread.sleep(1_000);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return -1;
                    }
                });
    }

    private TerminalPrompt prompt(String keys) throws Exception {
        DumbTerminal terminal = new DumbTerminal("test", "dumb", keyboard(keys), screen, StandardCharsets.UTF_8);
        this.terminal = terminal;
        return new TerminalPrompt(terminal, null, java.util.List.of());
    }

    @Test
    void readsADiagnosisWithApostrophesWithoutWaitingForAClosingQuote() throws Exception {
        try (TerminalPrompt p = prompt("it doesn't drain\n")) {
            assertThat(p.readLine("> ")).isEqualTo(new Prompt.Input.Line("it doesn't drain"));
        }
    }

    @Test
    void aTrailingBackslashContinuesOnTheNextLine() throws Exception {
        try (TerminalPrompt p = prompt("first line \\\nsecond line\n")) {
            assertThat(p.readLine("> ")).isEqualTo(new Prompt.Input.Line("first line \nsecond line"));
        }
    }

    @Test
    void ctrlCInterruptsAndCtrlDEnds() throws Exception {
        try (TerminalPrompt p = prompt("half a thought")) {
            // On a tty, Ctrl-C reaches JLine as SIGINT (the tty's ISIG), which it raises on the terminal.
            Thread ctrlC = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
                terminal.raise(Terminal.Signal.INT);
            });
            ctrlC.start();
            assertThat(p.readLine("> ")).isEqualTo(new Prompt.Input.Interrupted());
            ctrlC.join();
        }
        try (TerminalPrompt p = prompt("\u0004")) {
            assertThat(p.readLine("> ")).isEqualTo(new Prompt.Input.End());
        }
    }

    @Test
    void readsOneKeyForTheRating() throws Exception {
        try (TerminalPrompt p = prompt("3\r")) {
            assertThat(p.readKey("rate ")).isEqualTo(new Prompt.Input.Line("3"));
            assertThat(p.readKey("rate ")).isEqualTo(new Prompt.Input.Line("\n"));
        }
    }

    @Test
    void exclamationMarksAreTextNotHistoryExpansion() throws Exception {
        try (TerminalPrompt p = prompt("it hangs!!\n")) {
            assertThat(p.readLine("> ")).isEqualTo(new Prompt.Input.Line("it hangs!!"));
        }
    }
}
