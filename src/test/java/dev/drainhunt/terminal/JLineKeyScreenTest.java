package dev.drainhunt.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.LineDisciplineTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** Key sequences as an xterm sends them decode to keys; the terminal is put back as it was on close. */
class JLineKeyScreenTest {

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    /** An xterm whose keyboard is fed by hand, after the screen has put it in raw mode. */
    private LineDisciplineTerminal xterm() throws Exception {
        LineDisciplineTerminal terminal = new LineDisciplineTerminal("test", "xterm-256color", screen,
                StandardCharsets.UTF_8);
        terminal.setSize(new Size(80, 24));
        return terminal;
    }

    private static void type(LineDisciplineTerminal terminal, String keys) throws Exception {
        terminal.processInputBytes(keys.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void arrowsPagesHomeEndLettersAndControlKeysAreReadAsKeys() throws Exception {
        String typed = "\033[A\033OB\033[5~\033[6~\033[H\033[F" + "jq/é" + "\r\177\025\003\004" + "\033[D\t";
        try (LineDisciplineTerminal terminal = xterm()) {
            KeyScreen keys = JLineKeyScreen.on(terminal, false).orElseThrow();
            type(terminal, typed);
            List<Key> read = new ArrayList<>();
            for (int i = 0; i < 17; i++) {
                read.add(keys.read());
            }
            keys.close();
            assertThat(read).containsExactly(Key.UP, Key.DOWN, Key.PAGE_UP, Key.PAGE_DOWN, Key.HOME, Key.END,
                    Key.typed("j"), Key.typed("q"), Key.typed("/"), Key.typed("é"), Key.ENTER, Key.BACKSPACE,
                    Key.CLEAR_LINE, Key.INTERRUPT, Key.END_OF_INPUT, Key.OTHER, Key.OTHER);
        }
    }

    @Test
    void aLoneEscapeIsEscape() throws Exception {
        try (LineDisciplineTerminal terminal = xterm()) {
            KeyScreen keys = JLineKeyScreen.on(terminal, false).orElseThrow();
            type(terminal, "\033");
            assertThat(keys.read()).isEqualTo(Key.ESCAPE);
            keys.close();
        }
    }

    @Test
    void theAlternateScreenIsEnteredAndLeftAndTheModesAreRestored() throws Exception {
        try (Terminal terminal = xterm()) {
            Attributes before = new Attributes(terminal.getAttributes());
            KeyScreen keys = JLineKeyScreen.on(terminal, false).orElseThrow();
            keys.draw(List.of(new AttributedString("Exercises"), new AttributedString("row")));
            keys.close();
            keys.close();
            String written = screen.toString(StandardCharsets.UTF_8);
            assertThat(written).contains("\033[?1049h", "Exercises", "row");
            assertThat(written.indexOf("\033[?1049l")).isGreaterThan(written.indexOf("row"));
            assertThat(terminal.getAttributes().getLocalFlags()).isEqualTo(before.getLocalFlags());
        }
    }

    @Test
    void theListIsDrawnFromTheTopLeftCornerWhereverTheCursorWas() throws Exception {
        try (Terminal terminal = xterm()) {
            KeyScreen keys = JLineKeyScreen.on(terminal, false).orElseThrow();
            keys.draw(List.of(new AttributedString("Exercises")));
            keys.close();
            String written = screen.toString(StandardCharsets.UTF_8);
            // xterm's clear: home the cursor, erase the screen; the alternate screen keeps the main one's cursor.
            int home = written.indexOf("\033[H\033[2J", written.indexOf("\033[?1049h"));
            assertThat(home).as("cleared after entering the alternate screen").isPositive();
            assertThat(written.indexOf("Exercises")).isGreaterThan(home);
        }
    }

    @Test
    void withoutColourNoStyleIsSent() throws Exception {
        try (Terminal terminal = xterm()) {
            KeyScreen keys = JLineKeyScreen.on(terminal, false).orElseThrow();
            keys.draw(List.of(new AttributedString("bold", org.jline.utils.AttributedStyle.BOLD)));
            keys.close();
            assertThat(screen.toString(StandardCharsets.UTF_8)).contains("bold").doesNotContain("\033[1m");
        }
    }

    @Test
    void aDumbTerminalHasNoKeyScreen() throws Exception {
        try (Terminal terminal = new LineDisciplineTerminal("test", "dumb", screen, StandardCharsets.UTF_8)) {
            assertThat(JLineKeyScreen.on(terminal, false)).isEmpty();
        }
    }
}
