package dev.drainhunt.report;

import dev.drainhunt.render.Bar;
import dev.drainhunt.render.Count;
import dev.drainhunt.render.Style;
import dev.drainhunt.render.Table.Cell;
import dev.drainhunt.render.Table.Column;
import dev.drainhunt.render.Table;
import dev.drainhunt.render.Wrap;
import dev.drainhunt.report.TeamReport.ExerciseSummary;
import dev.drainhunt.report.TeamReport.LearnerSummary;
import dev.drainhunt.report.TeamReport.PackReport;
import dev.drainhunt.text.Glyphs;
import dev.drainhunt.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** The team report for a terminal: tables fitted to the width; every text from an export is sanitised. */
public final class TextReport {

    private static final int BAR_CELLS = 10;

    private TextReport() {
    }

    public static List<AttributedString> render(TeamReport report, int width, Glyphs glyphs) {
        List<AttributedString> out = new ArrayList<>();
        out.add(styled(Style.HEADING, "drainhunt team report"));
        out.addAll(Wrap.paragraph(Count.of(report.exportsRead(), "export") + " read, generated "
                + ReportText.dateTime(report.generatedAt(), report.zone()) + " (" + report.zone() + ")", width, "",
                Style.DIM));
        List<String> notes = ReportNotes.of(report);
        if (!notes.isEmpty()) {
            out.add(AttributedString.EMPTY);
            out.add(styled(Style.WARN, "Notes"));
            for (String note : notes) {
                // Wrapped with a hanging indent, then the first line's indent becomes the bullet.
                List<AttributedString> lines = Wrap.paragraph(note, width, "  ", Style.PLAIN);
                AttributedString first = lines.get(0);
                out.add(new AttributedStringBuilder().append(glyphs.bullet() + " ").append(first.subSequence(2, first.length()))
                        .toAttributedString());
                out.addAll(lines.subList(1, lines.size()));
            }
        }
        for (PackReport pack : report.packs()) {
            out.add(AttributedString.EMPTY);
            out.add(styled(Style.HEADING, pack.label() + " " + glyphs.dot() + " "
                    + Count.of(pack.learners().size(), "learner")));
            out.add(AttributedString.EMPTY);
            out.addAll(learners(pack, report, width, glyphs));
            out.add(AttributedString.EMPTY);
            out.add(styled(Style.HEADING, "Exercises, hardest first"));
            if (!pack.answered().isEmpty()) {
                out.addAll(exercises(pack, width, glyphs));
            }
            out.addAll(Wrap.paragraph(ReportText.unanswered(pack.unanswered()), width, "", Style.DIM));
            out.add(AttributedString.EMPTY);
            out.addAll(toTeach(pack, width));
        }
        out.add(AttributedString.EMPTY);
        for (String line : ReportNotes.LEGEND) {
            out.addAll(Wrap.paragraph(line, width, "", Style.DIM));
        }
        return out;
    }

    private static List<AttributedString> learners(PackReport pack, TeamReport report, int width,
                                                   Glyphs glyphs) {
        List<Column> columns = List.of(Column.flexible("learner"), Column.fixed("solved"), Column.fixed("first try"),
                Column.fixed("hints/ex"), Column.fixed("last active"), Column.droppable("exported"),
                Column.droppable("file"));
        List<List<Cell>> rows = new ArrayList<>();
        for (LearnerSummary l : pack.learners()) {
            rows.add(List.of(Cell.of(l.displayName()),
                    Cell.of(Bar.of(l.solved(), l.total(), BAR_CELLS, glyphs)
                            + (l.fixed() > 0 ? " (" + l.fixed() + " fixed)" : "")),
                    Cell.of(String.valueOf(l.rightFirstTry())),
                    Cell.of(ReportText.decimal(l.hintsPerExercise())),
                    Cell.of(ReportText.date(l.lastActive(), report.zone())),
                    Cell.of(ReportText.date(l.exportedAt(), report.zone())),
                    Cell.of(l.file())));
        }
        return Table.render(columns, rows, width, glyphs);
    }

    private static List<AttributedString> exercises(PackReport pack, int width, Glyphs glyphs) {
        List<Column> columns = List.of(Column.fixed("#"), Column.flexible("exercise"), Column.fixed("solved/answered"),
                Column.fixed("rate"), Column.fixed("median attempts"), Column.droppable("title"));
        List<List<Cell>> rows = new ArrayList<>();
        for (ExerciseSummary e : pack.answered()) {
            rows.add(List.of(Cell.of(String.valueOf(e.number())), Cell.of(e.id()),
                    Cell.of(Bar.of(e.solved(), e.answered(), BAR_CELLS, glyphs).toString()),
                    new Cell(ReportText.percent(e.solveRate()), rateStyle(e.solveRate())),
                    Cell.of(ReportText.decimal(e.medianAttempts())),
                    Cell.of(e.title())));
        }
        return Table.render(columns, rows, width, glyphs);
    }

    /** Per exercise, hardest first: the key points missed at first answer, most missed first, and the hints. */
    private static List<AttributedString> toTeach(PackReport pack, int width) {
        List<AttributedString> out = new ArrayList<>();
        out.add(styled(Style.HEADING, ReportText.TO_TEACH));
        if (pack.toTeach().isEmpty()) {
            out.addAll(Wrap.paragraph(pack.answered().isEmpty() ? "" : ReportText.NOTHING_TO_TEACH, width, "",
                    Style.DIM));
        }
        for (ExerciseSummary e : pack.toTeach()) {
            out.add(new AttributedStringBuilder().styled(Style.PLAIN, SafeText.clean(ReportText.exercise(e)))
                    .styled(Style.DIM, SafeText.clean(" · " + ReportText.hints(e))).toAttributedString());
            for (TeamReport.MissedKeyPoint point : e.missed()) {
                // The summary wraps under itself, so the counts stand out in a column.
                out.addAll(Wrap.item("  ", ReportText.missedBy(point, e.missedOutOf()), point.summary(), width,
                        Style.PLAIN));
            }
        }
        return out;
    }

    private static AttributedStyle rateStyle(double rate) {
        return rate >= 0.8 ? Style.GOOD : rate >= 0.5 ? Style.WARN : Style.BAD;
    }

    private static AttributedString styled(AttributedStyle style, String text) {
        return new AttributedStringBuilder().styled(style, SafeText.clean(text)).toAttributedString();
    }
}
