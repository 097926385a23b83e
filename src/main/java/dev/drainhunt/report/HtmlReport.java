package dev.drainhunt.report;

import dev.drainhunt.render.Count;
import dev.drainhunt.report.TeamReport.ExerciseSummary;
import dev.drainhunt.report.TeamReport.LearnerSummary;
import dev.drainhunt.report.TeamReport.PackReport;
import dev.drainhunt.text.SafeText;
import java.util.List;
import java.util.Locale;

/**
 * The team report as one self-contained HTML file: inline CSS and SVG bars, no script, nothing fetched (its
 * Content-Security-Policy forbids it too), laid out for print. Every text from an export is escaped.
 */
public final class HtmlReport {

    private static final int BAR_WIDTH = 120;
    /** Completion is progress, not a verdict: one neutral colour, whatever the share. */
    private static final String PROGRESS = "#0969da";

    private static final String STYLE = """
            :root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --track: #e6eaef;
                    --good: #1a7f37; --fair: #9a6700; --poor: #cf222e; }
            * { box-sizing: border-box; }
            body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
                   max-width: 1100px; margin: 2rem auto; padding: 0 1.5rem; }
            h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
            h2 { font-size: 1.25rem; margin: 2.2rem 0 .25rem; padding-bottom: .3rem; border-bottom: 1px solid var(--line); }
            h3 { font-size: 1rem; margin: 1.4rem 0 .5rem; }
            .meta, .sub, .file { color: var(--muted); }
            .sub { margin: 0 0 .5rem; }
            .file { font-size: .8em; display: block; }
            .notes { border-left: 4px solid var(--fair); background: #fff8c5; padding: .6rem 1rem; margin: 1.2rem 0; }
            .notes h2 { border: 0; margin: 0 0 .3rem; font-size: 1rem; }
            .notes ul { margin: 0; padding-left: 1.2rem; }
            table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
            th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--line); vertical-align: middle; }
            th { font-size: .85em; color: var(--muted); font-weight: 600; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            td.bar, td.date { white-space: nowrap; }
            td.bar svg { width: 120px; vertical-align: middle; margin-right: .5rem; }
            table + p.sub { margin-top: .5rem; }
            code { font: .9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
            .good { color: var(--good); } .fair { color: var(--fair); } .poor { color: var(--poor); }
            footer { margin-top: 2.5rem; font-size: .85em; color: var(--muted); }
            footer ul { padding-left: 1.2rem; }
            ul.teach { padding-left: 1.2rem; } ul.teach li { margin: .2rem 0; } ul.teach ul { padding-left: 1.2rem; }
            @media print {
              @page { margin: 14mm; }
              body { font-size: 10pt; max-width: none; margin: 0; padding: 0; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              section.pack + section.pack { break-before: page; }
              h2, h3 { break-after: avoid; }
              tr { break-inside: avoid; }
              thead { display: table-header-group; }
              th, td { padding: .25rem .4rem; }
              td.bar svg { width: 64px; }
              .notes { background: none; }
            }
            """;

    private HtmlReport() {
    }

    public static String render(TeamReport report) {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                // Belt and braces: even a value that escaped escaping could not run or fetch anything.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'\">\n")
                .append("<title>drainhunt team report</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<header>\n<h1>drainhunt team report</h1>\n<p class=\"meta\">")
                .append(Count.of(report.exportsRead(), "export")).append(" read, generated ")
                .append(ReportText.dateTime(report.generatedAt(), report.zone())).append(" (")
                .append(escape(report.zone().toString())).append(")</p>\n</header>\n");
        List<String> notes = ReportNotes.of(report);
        if (!notes.isEmpty()) {
            out.append("<section class=\"notes\">\n<h2>Notes</h2>\n<ul>\n");
            notes.forEach(note -> out.append("<li>").append(escape(note)).append("</li>\n"));
            out.append("</ul>\n</section>\n");
        }
        for (PackReport pack : report.packs()) {
            out.append("<section class=\"pack\">\n<h2>").append(escape(pack.label())).append("</h2>\n")
                    .append("<p class=\"sub\">")
                    .append(Count.of(pack.learners().size(), "learner")).append(", ")
                    .append(Count.of(pack.exercises().size(), "exercise")).append("</p>\n");
            learners(out, pack, report);
            exercises(out, pack);
            out.append("</section>\n");
        }
        out.append("<footer>\n<ul>\n");
        ReportNotes.LEGEND.forEach(line -> out.append("<li>").append(escape(line)).append("</li>\n"));
        out.append("</ul>\n</footer>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void learners(StringBuilder out, PackReport pack, TeamReport report) {
        out.append("<h3>Learners</h3>\n<table class=\"learners\">\n<thead><tr><th>Learner</th><th>Solved</th>")
                .append("<th class=\"num\">Fixed</th>")
                .append("<th class=\"num\">Right at first try</th><th class=\"num\">Hints per exercise</th>")
                .append("<th>Last active</th><th>Exported</th></tr></thead>\n<tbody>\n");
        for (LearnerSummary l : pack.learners()) {
            Double done = l.total() == 0 ? null : (double) l.solved() / l.total();
            out.append("<tr><td>").append(escape(l.displayName()));
            if (l.learner() != null) {
                out.append("<span class=\"file\">").append(escape(l.file())).append("</span>");
            }
            out.append("</td><td class=\"bar\">").append(bar(done, l.solved() + " of " + l.total() + " solved", PROGRESS))
                    .append(l.solved()).append(" of ").append(l.total()).append("</td>")
                    .append("<td class=\"num\">").append(l.fixed()).append("</td>")
                    .append("<td class=\"num\">").append(l.rightFirstTry()).append("</td>")
                    .append("<td class=\"num\">").append(ReportText.decimal(l.hintsPerExercise())).append("</td>")
                    .append("<td class=\"date\">").append(ReportText.date(l.lastActive(), report.zone()))
                    .append("</td><td class=\"date\">").append(ReportText.date(l.exportedAt(), report.zone()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void exercises(StringBuilder out, PackReport pack) {
        out.append("<h3>Exercises, hardest first</h3>\n");
        if (!pack.answered().isEmpty()) {
            exerciseTable(out, pack);
        }
        if (!pack.unanswered().isEmpty()) {
            out.append("<p class=\"sub\">").append(escape(ReportText.unanswered(pack.unanswered()))).append("</p>\n");
        }
        if (!pack.answered().isEmpty()) {
            toTeach(out, pack);
        }
    }

    private static void toTeach(StringBuilder out, PackReport pack) {
        out.append("<h3>").append(escape(ReportText.TO_TEACH)).append("</h3>\n");
        if (pack.toTeach().isEmpty()) {
            out.append("<p class=\"sub\">").append(escape(ReportText.NOTHING_TO_TEACH)).append("</p>\n");
            return;
        }
        out.append("<ul class=\"teach\">\n");
        for (ExerciseSummary e : pack.toTeach()) {
            out.append("<li><strong>").append(escape(ReportText.exercise(e))).append("</strong> ")
                    .append(escape(e.title())).append(" <span class=\"sub\">— ").append(escape(ReportText.hints(e)))
                    .append("</span>");
            if (!e.missed().isEmpty()) {
                out.append("\n<ul>\n");
                for (TeamReport.MissedKeyPoint point : e.missed()) {
                    out.append("<li>").append(escape(ReportText.missed(point, e.missedOutOf()))).append("</li>\n");
                }
                out.append("</ul>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n");
    }

    private static void exerciseTable(StringBuilder out, PackReport pack) {
        out.append("<table class=\"exercises\">\n<thead><tr>")
                .append("<th class=\"num\">#</th><th>Exercise</th><th>Solve rate</th>")
                .append("<th class=\"num\">Solved / answered</th><th class=\"num\">Median attempts</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (ExerciseSummary e : pack.answered()) {
            String rate = ReportText.percent(e.solveRate());
            out.append("<tr><td class=\"num\">").append(e.number()).append("</td>")
                    .append("<td>").append(escape(e.title())).append("<span class=\"file\"><code>")
                    .append(escape(e.id())).append("</code></span></td>")
                    .append("<td class=\"bar\">").append(bar(e.solveRate(), rate + " solve rate", colour(e.solveRate())))
                    .append("<span class=\"").append(grade(e.solveRate())).append("\">")
                    .append(rate).append("</span></td>")
                    .append("<td class=\"num\">").append(e.solved()).append(" / ").append(e.answered()).append("</td>")
                    .append("<td class=\"num\">").append(ReportText.decimal(e.medianAttempts())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    /** A horizontal bar as inline SVG; {@code label} is what a screen reader says for it. */
    private static String bar(Double fraction, String label, String fill) {
        double f = fraction == null ? 0 : Math.max(0, Math.min(1, fraction));
        int filled = (int) Math.round(f * BAR_WIDTH);
        return String.format(Locale.ROOT, "<svg width=\"%d\" height=\"12\" viewBox=\"0 0 %d 12\" role=\"img\" "
                        + "aria-label=\"%s\"><rect width=\"%d\" height=\"12\" rx=\"3\" fill=\"#e6eaef\"/>"
                        + "<rect width=\"%d\" height=\"12\" rx=\"3\" fill=\"%s\"/></svg>",
                BAR_WIDTH, BAR_WIDTH, escape(label), BAR_WIDTH, filled, fill);
    }

    private static String grade(double rate) {
        return rate >= 0.8 ? "good" : rate >= 0.5 ? "fair" : "poor";
    }

    private static String colour(double rate) {
        return switch (grade(rate)) {
            case "good" -> "#1a7f37";
            case "fair" -> "#bf8700";
            case "poor" -> "#cf222e";
            default -> "#8c959f";
        };
    }

    /** Text as itself in an element or an attribute: markup characters as entities, control characters visible. */
    static String escape(String text) {
        String clean = SafeText.clean(text == null ? "" : text);
        StringBuilder out = new StringBuilder(clean.length());
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
