package dev.drainhunt.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void neutralisesEscapeSequencesFromAPack() {
        assertThat(SafeText.clean("ok\u001b[2J\u001b]0;pwned\u0007")).isEqualTo("ok^[[2J^[]0;pwned^G");
    }

    @Test
    void showsC1ControlsAndBidiOverridesInsteadOfObeyingThem() {
        assertThat(SafeText.clean("a\u009bb\u202ec")).isEqualTo("a<U+009B>b<U+202E>c");
    }

    @Test
    void expandsTabsAndKeepsOrdinaryUnicode() {
        assertThat(SafeText.clean("\tgo func() — ok")).isEqualTo("    go func() — ok");
    }
}
