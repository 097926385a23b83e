package dev.drainhunt.grading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinePickTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12               | 12",
        "L12              | 12",
        "l12              | 12",
        "lines 12,14      | 12,14",
        "line 12 and 14   | 12,14",
        "12-14            | 12,13,14",
        "12 14            | 12,14",
        "L12-L14          | 12,13,14",
        "12 to 14         | 12,13,14",
        "14-12            | 12,13,14",
        "lines: 7, 9.     | 7,9",
        "#12              | 12",
        "  Line 3         | 3"})
    void parsesAnswersMadeOfLineNumbers(String answer, String expected) {
        LinePick pick = LinePick.parse(answer);

        assertThat(pick.linesOnly()).isTrue();
        assertThat(pick.lines()).map(String::valueOf).containsExactly(expected.split(","));
    }

    @Test
    void textIsNotALinesOnlyAnswer() {
        assertThat(LinePick.parse("line 12 hangs").linesOnly()).isFalse();
        assertThat(LinePick.parse("lines").linesOnly()).isFalse();
        assertThat(LinePick.parse("0").linesOnly()).isFalse();
        assertThat(LinePick.parse("   ").isEmpty()).isTrue();
    }

    @Test
    void findsLineReferencesInFreeText() {
        assertThat(LinePick.parse("the bug is on line 12: Close is a hard stop").lines()).containsExactly(12);
        assertThat(LinePick.parse("L12 uses an unbuffered channel").lines()).containsExactly(12);
        assertThat(LinePick.parse("see lines 12-14, the drain").lines()).containsExactly(12, 13, 14);
        assertThat(LinePick.parse("lines 7, 9 and 11 are wrong").lines()).containsExactly(7, 9, 11);
        assertThat(LinePick.parse("the 14th line closes the db").lines()).containsExactly(14);
        assertThat(LinePick.parse("It is on line 12. Then Close drops requests.").lines()).containsExactly(12);
    }

    @Test
    void quantitiesInFreeTextAreNotLines() {
        assertThat(LinePick.parse("use WithTimeout(ctx, 25*time.Second)").lines()).isEmpty();
        assertThat(LinePick.parse("make it a buffer of size 1").lines()).isEmpty();
        assertThat(LinePick.parse("the handler sleeps 200 ms").lines()).isEmpty();
        assertThat(LinePick.parse("the deadline 25 seconds is too short").lines()).isEmpty();
        assertThat(LinePick.parse("line 12 and 3 workers hang").lines()).containsExactly(12);
        assertThat(LinePick.parse("line 12, 25s later it is killed").lines()).containsExactly(12);
        assertThat(LinePick.parse("lines 12, 25*time.Second is too long").lines()).containsExactly(12);
        assertThat(LinePick.parse("line 1.5 seconds").lines()).isEmpty();
    }
}
