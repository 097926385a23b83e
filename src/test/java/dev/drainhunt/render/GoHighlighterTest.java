package dev.drainhunt.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class GoHighlighterTest {

    private static AttributedStyle styleOf(AttributedString line, String token) {
        int at = line.toString().indexOf(token);
        assertThat(at).as("token %s in %s", token, line).isNotNegative();
        return line.styleAt(at);
    }

    @Test
    void coloursKeywordsStringsNumbersAndComments() {
        AttributedString line = GoHighlighter.highlight(
                List.of("\tgo srv.Close(\"x\", 25) // hard stop")).get(0);
        assertThat(styleOf(line, "go")).isEqualTo(Style.KEYWORD);
        assertThat(styleOf(line, "\"x\"")).isEqualTo(Style.STRING);
        assertThat(styleOf(line, "25")).isEqualTo(Style.NUMBER);
        assertThat(styleOf(line, "// hard stop")).isEqualTo(Style.COMMENT);
        assertThat(styleOf(line, "Close")).isEqualTo(Style.PLAIN);
    }

    @Test
    void aMethodNamedLikeABuiltinIsNotABuiltin() {
        AttributedString line = GoHighlighter.highlight(List.of("close(q); r.close()")).get(0);
        assertThat(line.styleAt(0)).isEqualTo(Style.BUILTIN);
        assertThat(line.styleAt(line.toString().lastIndexOf("close"))).isEqualTo(Style.PLAIN);
    }

    @Test
    void keepsBlockCommentsAndRawStringsAcrossLines() {
        List<AttributedString> lines = GoHighlighter.highlight(List.of("x := `a", "func b` /* c", "d */ return"));
        assertThat(styleOf(lines.get(1), "func")).isEqualTo(Style.STRING);
        assertThat(styleOf(lines.get(2), "d")).isEqualTo(Style.COMMENT);
        assertThat(styleOf(lines.get(2), "return")).isEqualTo(Style.KEYWORD);
    }

    @Test
    void escapedQuotesDoNotEndAString() {
        AttributedString line = GoHighlighter.highlight(List.of("s := \"a\\\"b\" + c")).get(0);
        assertThat(styleOf(line, "b\"")).isEqualTo(Style.STRING);
        assertThat(styleOf(line, "c")).isEqualTo(Style.PLAIN);
    }
}
