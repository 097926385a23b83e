package dev.drainhunt.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.text.Glyphs;
import java.util.List;
import java.util.stream.IntStream;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class DiffViewTest {

    private static final List<String> BUGGY = List.of(
            "func main() {",
            "\tstop := make(chan os.Signal)",
            "\tsignal.Notify(stop, syscall.SIGTERM)",
            "\t<-stop",
            "\tsrv.Close()",
            "}");
    private static final List<String> FIX = List.of(
            "func main() {",
            "\tstop := make(chan os.Signal, 1)",
            "\tsignal.Notify(stop, syscall.SIGTERM)",
            "\t<-stop",
            "\tctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)",
            "\tdefer cancel()",
            "\tsrv.Shutdown(ctx)",
            "}");

    private static List<String> text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).toList();
    }

    @Test
    void unifiedShowsRemovedThenAddedLinesWithNumbers() {
        List<String> lines = text(DiffView.render(BUGGY, FIX, 120, false, Glyphs.UNICODE));
        assertThat(lines).containsExactly(
                "1 1   func main() {",
                "2   - stop := make(chan os.Signal)".replace("- stop", "-     stop"),
                "  2 +     stop := make(chan os.Signal, 1)",
                "3 3       signal.Notify(stop, syscall.SIGTERM)",
                "4 4       <-stop",
                "5   -     srv.Close()",
                "  5 +     ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)",
                "  6 +     defer cancel()",
                "  7 +     srv.Shutdown(ctx)",
                "6 8   }");
    }

    @Test
    void highlightsTheChangedWordsOnly() {
        List<AttributedString> lines = DiffView.render(BUGGY, FIX, 120, false, Glyphs.UNICODE);
        AttributedString added = lines.get(2);
        int changed = added.toString().indexOf("1)");
        int same = added.toString().indexOf("make");
        assertThat(added.styleAt(changed)).isEqualTo(Style.ADDED_WORD);
        assertThat(added.styleAt(same)).isEqualTo(Style.ADDED);
        AttributedString wholeLine = lines.stream().filter(l -> l.toString().contains("defer cancel()")).findFirst()
                .orElseThrow();
        assertThat(wholeLine.styleAt(wholeLine.toString().indexOf("defer"))).isEqualTo(Style.ADDED);
    }

    @Test
    void collapsesLongUnchangedStretches() {
        List<String> before = IntStream.rangeClosed(1, 20).mapToObj(i -> "line" + i).toList();
        List<String> after = new java.util.ArrayList<>(before);
        after.set(9, "changed");
        List<String> lines = text(DiffView.render(before, after, 80, false, Glyphs.UNICODE));
        assertThat(lines).contains("      ⋯ 6 unchanged", "      ⋯ 7 unchanged");
        assertThat(lines).hasSize(2 + 3 + 2 + 3);
    }

    @Test
    void sideBySidePutsBuggyLeftAndFixRight() {
        List<String> lines = text(DiffView.render(BUGGY, FIX, 160, true, Glyphs.UNICODE));
        assertThat(lines.get(1)).startsWith("2 -     stop := make(chan os.Signal)")
                .contains(" │ 2 +     stop := make(chan os.Signal, 1)");
        assertThat(lines).anyMatch(l -> l.contains("│ 5 +     ctx, cancel"));
    }

    @Test
    void sideBySideMarksChangedLinesBySignNotOnlyByColour() {
        List<String> lines = text(DiffView.render(BUGGY, FIX, 160, true, Glyphs.UNICODE));
        // Unchanged on both sides: no sign; removed on the left only; added on the right only.
        assertThat(lines.get(0)).startsWith("1   func main() {").contains(" │ 1   func main() {");
        assertThat(lines).anyMatch(l -> l.startsWith("5 -     srv.Close()"));
        assertThat(lines).anyMatch(l -> l.matches(" {10,}│ 6 \\+     defer cancel\\(\\)"));
    }

    @Test
    void wrapsAtTokenBoundariesRepeatingTheSignOnEveryRow() {
        List<String> fix = List.of("	ctx, cancel := context.WithTimeout(context.Background(), 25*time.Second)");
        for (boolean sideBySide : new boolean[] {false, true}) {
            for (int width = 36; width <= 70; width++) {
                List<String> lines = text(DiffView.render(List.of(), fix, sideBySide ? 2 * width : width, sideBySide,
                        Glyphs.UNICODE));
                String code = String.join("\n", lines.stream().map(l -> sideBySide ? l.substring(l.indexOf('│') + 2) : l)
                        .toList());
                assertThat(code.lines()).as("width %d", width).allSatisfy(l -> assertThat(l).contains("+ "));
                for (String identifier : List.of("WithTimeout", "Background", "25", "Second")) {
                    assertThat(code.lines()).as("width %d", width).anyMatch(l -> l.contains(identifier));
                }
            }
        }
    }

    @Test
    void asciiGlyphsDrawTheDiffInAscii() {
        List<String> buggy = java.util.stream.Stream.concat(BUGGY.stream(),
                IntStream.range(0, 12).mapToObj(i -> "\tx" + i + "()")).toList();
        List<String> fix = java.util.stream.Stream.concat(FIX.stream(),
                IntStream.range(0, 12).mapToObj(i -> "\tx" + i + "()")).toList();
        for (boolean sideBySide : new boolean[] {false, true}) {
            List<String> lines = text(DiffView.render(buggy, fix, sideBySide ? 160 : 40, sideBySide, Glyphs.ASCII));
            assertThat(lines).allSatisfy(l -> assertThat(l).matches("\\p{ASCII}*"));
            assertThat(lines).anyMatch(l -> l.contains("... ") && l.contains("unchanged"));
        }
    }

    @Test
    void neutralisesEscapesInPackCode() {
        List<String> lines = text(DiffView.render(List.of("a\u001b[2J"), List.of("b"), 80, false, Glyphs.UNICODE));
        assertThat(String.join("\n", lines)).contains("a^[[2J").doesNotContain("\u001b");
    }

    @Test
    void wrapsWithinTheWidth() {
        List<String> lines = text(DiffView.render(BUGGY, FIX, 40, false, Glyphs.UNICODE));
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
    }
}
