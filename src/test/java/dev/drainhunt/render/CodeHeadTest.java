package dev.drainhunt.render;

import dev.drainhunt.text.Glyphs;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class CodeHeadTest {

    private static final List<String> SERVER = List.of(
            "package main",
            "",
            "import (",
            "\t\"log\"",
            "\t\"net/http\"",
            "",
            "\t\"os/signal\"",
            ")",
            "",
            "func main() {",
            "\tsrv := &http.Server{}",
            "\tlog.Fatal(srv.ListenAndServe())",
            "}");

    private static List<String> text(CodeHead.Head head) {
        return head.rows().stream().map(AttributedString::toString).toList();
    }

    @Test
    void codeThatFitsIsShownWholeWithItsImports() {
        CodeHead.Head head = CodeHead.fit(SERVER, 80, SERVER.size(), Glyphs.UNICODE);
        assertThat(head.rows()).hasSize(SERVER.size());
        assertThat(head.hiddenLines()).isZero();
        assertThat(head.folded()).isFalse();
    }

    @Test
    void whenTheCodeDoesNotFitTheImportsFoldOntoOneRowAndTheLogicMovesUp() {
        CodeHead.Head head = CodeHead.fit(SERVER, 80, 6, Glyphs.UNICODE);
        assertThat(text(head)).containsExactly(
                "  1 │ package main",
                "  2 │ ",
                "  3 │ import ( log net/http os/signal )",
                "  9 │ ",
                " 10 │ func main() {",
                " 11 │     srv := &http.Server{}");
        assertThat(head.hiddenLines()).isEqualTo(2);
        assertThat(head.folded()).isTrue();
    }

    @Test
    void wholeLinesOnlyAWrappedLineIsNeverCutInTwo() {
        String wraps = "\treturn fmt.Errorf(\"drain: %d workers still running after the grace period\", n)";
        CodeHead.Head head = CodeHead.fit(List.of("a", "b", wraps, "c"), 40, 3, Glyphs.UNICODE);
        assertThat(text(head)).containsExactly(" 1 │ a", " 2 │ b");
        assertThat(head.hiddenLines()).isEqualTo(2);
        assertThat(CodeHead.fit(List.of("a", "b", wraps, "c"), 40, 0, Glyphs.UNICODE).rows()).as("at least one line").hasSize(1);
    }

    @Test
    void aFoldedImportListWiderThanTheScreenIsCut() {
        List<String> code = new java.util.ArrayList<>(List.of("package main", "import ("));
        for (int i = 0; i < 30; i++) {
            code.add("\t\"example.com/some/long/path" + i + "\"");
        }
        code.addAll(List.of(")", "func main() {}", "// more", "// more"));
        CodeHead.Head head = CodeHead.fit(code, 60, 3, Glyphs.UNICODE);
        assertThat(text(head).get(1)).startsWith("  2 │ import ( example.com/some/long/path0").endsWith("…")
                .hasSizeLessThan(60);
    }
}
