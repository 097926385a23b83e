package dev.drainhunt.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class CodeViewTest {

    @Test
    void numbersEveryLineInAnAlignedGutter() {
        List<String> code = java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(i -> "x" + i).toList();
        List<String> shown = CodeView.render(code, Set.of(), 80).stream().map(AttributedString::toString).toList();
        assertThat(shown.get(0)).isEqualTo("  1 │ x1");
        assertThat(shown.get(9)).isEqualTo(" 10 │ x10");
    }

    @Test
    void wrapsLongLinesUnderTheGutterAtNarrowWidths() {
        String longLine = "\treturn fmt.Errorf(\"drain: %d workers still running after the grace period\", n)";
        List<String> shown = CodeView.render(List.of(longLine), Set.of(), 40).stream()
                .map(AttributedString::toString).toList();
        assertThat(shown).hasSizeGreaterThan(1).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
        assertThat(shown.get(1)).startsWith("   │ ↪ ");
        assertThat(String.join("", shown).replaceAll("\\s*│ (↪ )?|\\s*1 │ ", "").replace(" ", ""))
                .isEqualTo(longLine.replace("\t", "").replace(" ", ""));
    }

    @Test
    void marksChosenLines() {
        List<String> shown = CodeView.render(List.of("a", "b"), Set.of(2), 80).stream()
                .map(AttributedString::toString).toList();
        assertThat(shown).containsExactly(" 1 │ a", "▶2 │ b");
    }

    @Test
    void anExcerptKeepsTheFileLineNumbersAndTheColoursOfWhatCameBefore() {
        List<AttributedString> shown = CodeView.excerpt(List.of("/* start", "still comment */", "x := 1"),
                List.of(2), 80);
        assertThat(shown).extracting(AttributedString::toString).containsExactly(" 2 │ still comment */");
        assertThat(shown.get(0).styleAt(shown.get(0).toString().indexOf("still"))).isEqualTo(Style.COMMENT);
    }

    @Test
    void cuttingFromTheFrontWrapsOneLongTokenAsColumnOffsetsDid() {
        // Without a token boundary in reach a piece is the full room, as before; with one, see the test below.
        for (String line : List.of("", "x", "a".repeat(18), "b".repeat(19), "c".repeat(37), "éü".repeat(40))) {
            AttributedString highlighted = GoHighlighter.highlight(List.of(line)).get(0);
            assertThat(CodeView.split(highlighted, 20, 18)).as(line).isEqualTo(byColumnOffsets(highlighted, 20, 18));
        }
    }

    /** The wrapping before issue 18, quadratic in the line's length: the reference for what it must still give. */
    private static List<AttributedString> byColumnOffsets(AttributedString line, int first, int rest) {
        List<AttributedString> pieces = new java.util.ArrayList<>();
        int total = line.columnLength();
        int start = 0;
        int room = first;
        do {
            int end = Math.min(total, start + room);
            pieces.add(line.columnSubSequence(start, end));
            start = end;
            room = rest;
        } while (start < total);
        return pieces;
    }

    @Test
    void wrapsAtTokenBoundariesNeverInsideAWordOrNumber() {
        List<String> code = List.of("\t\t// stand-in for streaming to storage",
                "\tctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)");
        for (int width = 28; width <= 60; width++) {
            List<String> shown = CodeView.render(code, Set.of(), width).stream().map(AttributedString::toString)
                    .toList();
            for (int n = 0; n + 1 < shown.size(); n++) {
                String piece = shown.get(n);
                String next = shown.get(n + 1);
                if (next.contains("↪ ")) {
                    String after = next.substring(next.indexOf("↪ ") + 2);
                    boolean cut = Character.isLetterOrDigit(piece.charAt(piece.length() - 1))
                            && !after.isEmpty() && Character.isLetterOrDigit(after.charAt(0));
                    assertThat(cut).as("width %d: %s / %s", width, piece, next).isFalse();
                }
            }
            int limit = Math.max(width, 24);
            assertThat(shown).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(limit));
        }
    }
}
