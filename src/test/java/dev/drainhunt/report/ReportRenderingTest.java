package dev.drainhunt.report;

import static dev.drainhunt.report.Exports.EXPORTED;
import static dev.drainhunt.report.Exports.T2;
import static dev.drainhunt.report.Exports.export;
import static dev.drainhunt.report.Exports.report;
import static dev.drainhunt.report.Exports.solved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.progress.ExportedExercise;
import dev.drainhunt.progress.Status;
import dev.drainhunt.text.Glyphs;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

class ReportRenderingTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    /** The team plus a learner whose name, file and exercise are hostile. */
    private static TeamReport hostile(String name) {
        var export = export(name, EXPORTED, solved(1, "lost-signal", 1, T2, 0, true),
                new ExportedExercise(6, "evil-one", "<img src=x onerror=alert(2)> *bold* | [link](x)",
                        Status.ATTEMPTED, 1, null, 0, false));
        List<ExportFile> files = new ArrayList<>(Exports.team());
        files.add(new ExportFile("evil\u001b]0;pwned\u0007.json", export));
        return report(files);
    }

    @Test
    void htmlShowsAHostileNameAsTextAndRunsNothing() {
        String html = HtmlReport.render(hostile(SCRIPT));

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain(SCRIPT).doesNotContain("<img").doesNotContain("\u001b");
        assertThat(Pattern.compile("<script", Pattern.CASE_INSENSITIVE).matcher(html).find()).isFalse();
        assertThat(html).contains("Content-Security-Policy").contains("default-src 'none'");
    }

    @Test
    void htmlIsOneSelfContainedFileThatPrints() {
        String html = HtmlReport.render(report(Exports.team()));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").contains("@media print").contains("<svg")
                .doesNotContain("<link").doesNotContain("src=").doesNotContain("url(").doesNotContain("@import")
                .doesNotContain("http://").doesNotContain("https://");
        assertThat(html).containsSubsequence("ticker-leak", "wrong-ctx", "no-deadline", "lost-signal",
                "Nobody has answered exercise 4 yet.").doesNotContain("close-order");
    }

    @Test
    void htmlEscapesQuotesInsideAttributes() {
        assertThat(HtmlReport.escape("\" onmouseover='x' &amp;"))
                .isEqualTo("&quot; onmouseover=&#39;x&#39; &amp;amp;");
    }

    @Test
    void markdownEscapesNamesSoTheyCannotBreakOutOfACell() {
        String md = MarkdownReport.render(hostile("Bad | *name* _x_ `y` [z](w) <b>"));

        assertThat(md).contains("| Bad \\| \\*name\\* \\_x\\_ \\`y\\` \\[z\\](w) \\<b\\> |")
                .contains("\\<img src=x onerror=alert(2)\\> \\*bold\\* \\| \\[link\\](x)")
                .doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(MarkdownReport.escape("a\nb\u202ec")).isEqualTo("a b c");
    }

    @Test
    void markdownHasHeadingsAndTablesHardestFirst() {
        String md = MarkdownReport.render(report(Exports.team()));

        assertThat(md).startsWith("# drainhunt team report\n")
                .contains("\n## go-drain 1.0.0\n")
                .contains("| Ada | 2 of 5 (40%) | 0 | 1 | 0.8 | 2026-11-23 | 2026-11-30 |")
                .contains("| 5 | ticker-leak | Title of ticker-leak | 0% | 0 / 2 | 2 |")
                .contains("| 2 | no-deadline | Title of no-deadline | 67% | 2 / 3 | 3 |")
                .contains("| 1 | lost-signal | Title of lost-signal | 100% | 3 / 3 | 2 |\n\n"
                        + "Nobody has answered exercise 4 yet.\n");
        assertThat(md).containsSubsequence("ticker-leak", "wrong-ctx", "no-deadline", "lost-signal")
                .doesNotContain("close-order");
    }

    @Test
    void textSanitisesEscapesAndFitsTheWidth() {
        List<AttributedString> lines = TextReport.render(hostile("Mal\u001b[2Jlory"), 60, Glyphs.UNICODE);

        String text = String.join("\n", lines.stream().map(AttributedString::toString).toList());
        assertThat(text).contains("Mal^[[2J").doesNotContain("\u001b").doesNotContain("\u0007");
        assertThat(lines).allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(60));
    }

    @Test
    void textShowsTheNumbersALeadReads() {
        String text = String.join("\n", TextReport.render(report(Exports.team()), 120, Glyphs.UNICODE).stream()
                .map(AttributedString::toString).toList());

        assertThat(text).contains("go-drain 1.0.0 · 3 learners")
                .containsPattern("Ada +████░░░░░░ 2/5 +1 +0.8 +2026-11-23 +2026-11-30")
                .containsPattern("5 +ticker-leak +░{10} 0/2 +0% +2")
                .contains("Nobody has answered exercise 4 yet.").doesNotContain("close-order");
    }

    @Test
    void exercisesNobodyAnsweredAreOneLineOfNumbers() {
        assertThat(ReportText.unanswered(List.of(3, 8, 9, 10, 11, 12, 20))).isEqualTo(
                "Nobody has answered exercises 3, 8–12, 20 yet (7 exercises).");
        assertThat(ReportText.unanswered(List.of(4, 5))).isEqualTo("Nobody has answered exercises 4, 5 yet.");
        assertThat(ReportText.unanswered(List.of())).isEmpty();
    }

    @Test
    void notesAppearInEveryHumanFormat() {
        var newer = export("Ada", EXPORTED.plusSeconds(60), solved(1, "lost-signal", 1, T2, 0, true));
        List<ExportFile> files = new ArrayList<>(Exports.team());
        files.add(new ExportFile("ada-2.json", newer));
        TeamReport report = report(files);

        assertThat(String.join("\n", TextReport.render(report, 200, Glyphs.UNICODE).stream().map(AttributedString::toString)
                .toList())).contains("• Ada, go-drain 1.0.0: dropped ada.json");
        assertThat(MarkdownReport.render(report)).contains("## Notes\n\n- Ada, go-drain 1.0.0: dropped ada.json");
        assertThat(HtmlReport.render(report)).contains("<li>Ada, go-drain 1.0.0: dropped ada.json");
    }
}
