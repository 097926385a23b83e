package dev.drainhunt.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

class TerminalSizeTest {

    private static final IntSupplier UNASKED = () -> {
        throw new AssertionError("the terminal was asked");
    };

    private static Environment env(boolean terminal, String... variables) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            map.put(variables[i], variables[i + 1]);
        }
        return new Environment(map, terminal, terminal);
    }

    @Test
    void columnsFromTheShellComeFirst() {
        assertThat(TerminalSize.columns(env(true, "COLUMNS", "72"), UNASKED, UNASKED)).isEqualTo(72);
        assertThat(TerminalSize.columns(env(false, "COLUMNS", "72"), UNASKED, UNASKED)).isEqualTo(72);
    }

    @Test
    void aPipeWithoutColumnsGetsThePipeWidth() {
        assertThat(TerminalSize.columns(env(false), UNASKED, UNASKED)).isEqualTo(TerminalSize.PIPE_WIDTH);
    }

    @Test
    void aTerminalJLineKnowsGetsItsWidth() {
        assertThat(TerminalSize.columns(env(true, "TERM", "xterm"), () -> 132, UNASKED)).isEqualTo(132);
    }

    @Test
    void aDumbTerminalIsMeasuredWithSttyNotJLine() {
        assertThat(TerminalSize.columns(env(true, "TERM", "dumb"), UNASKED, () -> 80)).isEqualTo(80);
        assertThat(TerminalSize.columns(env(true, "TERM", "dumb"), UNASKED, () -> 61)).isEqualTo(61);
    }

    @Test
    void aTerminalWhoseWidthJLineReportsAsZeroIsMeasuredWithStty() {
        assertThat(TerminalSize.columns(env(true), () -> 0, () -> 61)).isEqualTo(61);
    }

    @Test
    void aTerminalNobodyCanMeasureIsTakenForEightyColumnsNeverTheHundredOfAPipe() {
        assertThat(TerminalSize.columns(env(true, "TERM", "dumb"), UNASKED, () -> 0)).isEqualTo(80);
        assertThat(TerminalSize.columns(env(true, "COLUMNS", "wide"), () -> 0, () -> 0)).isEqualTo(80);
    }

    @Test
    void readsTheColumnsOfSttySize() {
        assertThat(TerminalSize.sttyColumns("24 80\n")).isEqualTo(80);
        assertThat(TerminalSize.sttyColumns("0 0\n")).isZero();
        assertThat(TerminalSize.sttyColumns("stty: 'standard input': Inappropriate ioctl for device")).isZero();
        assertThat(TerminalSize.sttyColumns("")).isZero();
    }
}
