package dev.drainhunt.report;

import dev.drainhunt.progress.MarkdownExport;
import dev.drainhunt.render.Count;
import dev.drainhunt.report.TeamReport.ExerciseSummary;
import dev.drainhunt.report.TeamReport.LearnerSummary;
import dev.drainhunt.report.TeamReport.PackReport;
import java.util.List;
import java.util.Objects;

/** The team report as Markdown a lead pastes into an onboarding doc: headings, notes, two tables a version. */
public final class MarkdownReport {

    /**
     * Characters that would turn text into markup: emphasis, code, links, HTML, entities, tables, strike-through,
     * math, a heading's closing hashes. Parentheses and {@code !} are harmless once brackets are escaped, and
     * left alone they keep the Markdown readable as text.
     */

    private MarkdownReport() {
    }

    public static String render(TeamReport report) {
        StringBuilder out = new StringBuilder();
        out.append("# drainhunt team report\n\n");
        out.append(Count.of(report.exportsRead(), "export")).append(" read, generated ")
                .append(ReportText.dateTime(report.generatedAt(), report.zone())).append(" (")
                .append(escape(report.zone().toString())).append(").\n");
        List<String> notes = ReportNotes.of(report);
        if (!notes.isEmpty()) {
            out.append("\n## Notes\n\n");
            notes.forEach(note -> out.append("- ").append(escape(note)).append('\n'));
        }
        for (PackReport pack : report.packs()) {
            out.append("\n## ").append(escape(pack.label())).append("\n\n");
            out.append(Count.of(pack.learners().size(), "learner")).append(", ")
                    .append(Count.of(pack.exercises().size(), "exercise")).append(".\n");
            out.append("\n### Learners\n\n");
            learners(out, pack, report);
            out.append("\n### Exercises, hardest first\n\n");
            if (!pack.answered().isEmpty()) {
                exercises(out, pack);
            }
            if (!pack.unanswered().isEmpty()) {
                out.append(pack.answered().isEmpty() ? "" : "\n").append(ReportText.unanswered(pack.unanswered()))
                        .append('\n');
            }
            if (!pack.answered().isEmpty()) {
                toTeach(out, pack);
            }
        }
        out.append("\n---\n\n");
        ReportNotes.LEGEND.forEach(line -> out.append("- ").append(escape(line)).append('\n'));
        return out.toString();
    }

    private static void learners(StringBuilder out, PackReport pack, TeamReport report) {
        out.append("| Learner | Solved | Fixed | Right at first try | Hints per exercise | Last active | Exported |\n");
        out.append("|---------|-------:|------:|-------------------:|-------------------:|------------|----------|\n");
        for (LearnerSummary l : pack.learners()) {
            row(out, escape(l.displayName()),
                    l.solved() + " of " + l.total() + " (" + ReportText.percent(fraction(l.solved(), l.total())) + ")",
                    String.valueOf(l.fixed()),
                    String.valueOf(l.rightFirstTry()),
                    ReportText.decimal(l.hintsPerExercise()),
                    ReportText.date(l.lastActive(), report.zone()),
                    ReportText.date(l.exportedAt(), report.zone()));
        }
    }

    private static void exercises(StringBuilder out, PackReport pack) {
        out.append("| # | Exercise | Title | Solve rate | Solved / answered | Median attempts |\n");
        out.append("|--:|----------|-------|-----------:|------------------:|----------------:|\n");
        for (ExerciseSummary e : pack.answered()) {
            row(out, String.valueOf(e.number()), escape(e.id()), escape(e.title()),
                    ReportText.percent(e.solveRate()),
                    e.solved() + " / " + e.answered(),
                    ReportText.decimal(e.medianAttempts()));
        }
    }

    private static void toTeach(StringBuilder out, PackReport pack) {
        out.append("\n### ").append(ReportText.TO_TEACH).append("\n\n");
        if (pack.toTeach().isEmpty()) {
            out.append(ReportText.NOTHING_TO_TEACH).append('\n');
        }
        for (ExerciseSummary e : pack.toTeach()) {
            out.append("- **").append(escape(ReportText.exercise(e))).append("** ").append(escape(e.title()))
                    .append(" — ").append(ReportText.hints(e)).append('\n');
            for (TeamReport.MissedKeyPoint point : e.missed()) {
                out.append("  - ").append(escape(ReportText.missed(point, e.missedOutOf()))).append('\n');
            }
        }
    }

    private static Double fraction(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static void row(StringBuilder out, String... cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    static String escape(String value) {
        return MarkdownExport.escape(value);
    }
}
