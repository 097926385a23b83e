package dev.drainhunt.render;

import static org.assertj.core.api.Assertions.assertThat;

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
        List<String> lines = text(DiffView.render(BUGGY, FIX, 120, false));
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
        List<AttributedString> lines = DiffView.render(BUGGY, FIX, 120, false);
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
        List<String> lines = text(DiffView.render(before, after, 80, false));
        assertThat(lines).contains("      ⋯ 6 unchanged", "      ⋯ 7 unchanged");
        assertThat(lines).hasSize(2 + 3 + 2 + 3);
    }

    @Test
    void sideBySidePutsBuggyLeftAndFixRight() {
        List<String> lines = text(DiffView.render(BUGGY, FIX, 160, true));
        assertThat(lines.get(1)).startsWith("2     stop := make(chan os.Signal)").contains(" │ 2     stop := make(chan os.Signal, 1)");
        assertThat(lines).anyMatch(l -> l.contains("│ 5     ctx, cancel"));
    }

    @Test
    void neutralisesEscapesInPackCode() {
        List<String> lines = text(DiffView.render(List.of("a\u001b[2J"), List.of("b"), 80, false));
        assertThat(String.join("\n", lines)).contains("a^[[2J").doesNotContain("\u001b");
    }

    @Test
    void wrapsWithinTheWidth() {
        List<String> lines = text(DiffView.render(BUGGY, FIX, 40, false));
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(40));
    }
}
