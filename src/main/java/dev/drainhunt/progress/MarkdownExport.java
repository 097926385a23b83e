package dev.drainhunt.progress;

import dev.drainhunt.text.SafeText;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** An export as Markdown: a short summary a lead reads first, then a table of every exercise. */
public final class MarkdownExport {

    /** Characters that would turn text into markup: emphasis, code, links, HTML, entities, tables, math. */
    // "!" and "(" matter only next to "[" and "]", which are escaped themselves.
    private static final String SIGNIFICANT = "\\`*_[]<>|~&$#";

    private MarkdownExport() {
    }

    static String render(ProgressExport export, ZoneId zone) {
        long solved = export.exercises().stream().filter(e -> e.status().solved()).count();
        long mastered = export.exercises().stream().filter(e -> e.status() == Status.MASTERED).count();
        long fixed = export.exercises().stream().filter(e -> e.status() == Status.FIXED).count();
        long firstTry = export.exercises().stream().filter(ExportedExercise::rightFirstTry).count();
        int hints = export.exercises().stream().mapToInt(ExportedExercise::hintsUsed).sum();
        String learner = export.learner() == null ? "unnamed learner" : escape(export.learner());
        String version = export.packVersion() == null ? "" : " " + escape(export.packVersion());

        StringBuilder out = new StringBuilder();
        out.append("# drainhunt progress: ").append(learner).append("\n\n");
        out.append("Pack ").append(escape(export.pack())).append(version)
                .append(", exported ").append(time(export.exportedAt(), zone))
                .append(HumanTime.utc(zone) ? "" : " (" + escape(zone.getId()) + ")").append(".\n\n");
        out.append("- Solved: ").append(solved).append(" of ").append(export.exercises().size())
                .append(" (").append(mastered).append(" mastered, ").append(fixed).append(" fixed)\n");
        out.append("- Right at first try: ").append(firstTry).append("\n");
        out.append("- Hints used: ").append(hints).append("\n\n");
        out.append("| # | Exercise | Title | Status | Attempts | First solved | Hints | First try |\n");
        out.append("|--:|----------|-------|--------|---------:|--------------|------:|:---------:|\n");
        for (ExportedExercise e : export.exercises()) {
            out.append("| ").append(e.number())
                    .append(" | ").append(escape(e.id()))
                    .append(" | ").append(escape(e.title()))
                    .append(" | ").append(e.status().label())
                    .append(" | ").append(e.attempts())
                    .append(" | ").append(time(e.firstSolved(), zone))
                    .append(" | ").append(e.hintsUsed())
                    .append(" | ").append(e.rightFirstTry() ? "yes" : "no")
                    .append(" |\n");
        }
        return out.toString();
    }

    /**
     * Text shown as itself, on one line: markup characters backslash-escaped (CommonMark allows that for
     * any ASCII punctuation), line breaks and other control characters turned into spaces, since a line
     * break would end a table row or a heading.
     */
    public static String escape(String value) {
        String text = Objects.requireNonNullElse(value, "");
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            // Controls and bidi overrides would break a table row or reorder what the lead reads.
            if (Character.isISOControl(c) || SafeText.isBidiControl(c)) {
                out.append(' ');
            } else {
                if (SIGNIFICANT.indexOf(c) >= 0) {
                    out.append('\\');
                }
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String time(Instant instant, ZoneId zone) {
        return HumanTime.format(instant, zone);
    }
}
