package dev.drainhunt.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiTest {

    @Test
    void ourSymbolsBecomeTheirAsciiGlyphs() {
        assertThat(Ascii.fold("\u2714 found \u25d0 \u2718 \u2022 #3 \u203a \u2500\u2502\u21aa\u25b6\u2588\u2591"))
                .isEqualTo("[ok] found [~] [x] * #3 > -|>>#.");
    }

    @Test
    void typographicPunctuationBecomesItsPlainSpelling() {
        assertThat(Ascii.fold("It\u2019s \u201cdone\u201d \u2014 lines 1\u20134\u2026"))
                .isEqualTo("It's \"done\" -- lines 1-4...");
    }

    @Test
    void accentedLettersLoseTheirAccentsAndTheRestBecomesAQuestionMark() {
        assertThat(Ascii.fold("Zo\u00eb na\u00efve Stra\u00dfe")).isEqualTo("Zoe naive Strasse");
        assertThat(Ascii.fold("\u65e5\u672c \ud83d\ude00")).isEqualTo("?? ?");
    }

    @Test
    void asciiTextComesBackAsItIs() {
        String text = "plain \u001b[1mtext\u001b[0m";
        assertThat(Ascii.fold(text)).isSameAs(text);
    }
}
