package dev.drainhunt.render;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Lab;
import dev.drainhunt.lab.HarnessResult;
import dev.drainhunt.lab.LabEvent;
import dev.drainhunt.lab.LabRun;
import dev.drainhunt.text.Glyphs;
import dev.drainhunt.text.SafeText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * {@code drainhunt run}: what the harness did and saw on the buggy code and on the fix, as two timelines (side by
 * side from {@link #SIDE_BY_SIDE} columns, else one above the other) with a one-line verdict each.
 */
public final class TimelineView {

    /** From this width the two timelines stand side by side. */
    public static final int SIDE_BY_SIDE = 150;
    private static final String GAP = "   ";

    private TimelineView() {
    }

    public static List<AttributedString> render(Exercise exercise, LabRun.Report report, int width, Glyphs glyphs) {
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedStringBuilder().styled(Style.HEADING, "Exercise " + exercise.number() + " " + glyphs.dot() + " "
                + SafeText.clean(exercise.title())).toAttributedString());
        out.add(new AttributedString(""));
        List<AttributedString> buggy = side("buggy", report.buggy(), false, width >= SIDE_BY_SIDE
                ? (width - GAP.length()) / 2 : width, glyphs);
        List<AttributedString> fix = side("fix", report.fix(), true, width >= SIDE_BY_SIDE
                ? (width - GAP.length()) / 2 : width, glyphs);
        if (width >= SIDE_BY_SIDE) {
            int column = (width - GAP.length()) / 2;
            for (int i = 0; i < Math.max(buggy.size(), fix.size()); i++) {
                AttributedStringBuilder row = new AttributedStringBuilder();
                AttributedString left = i < buggy.size() ? buggy.get(i) : new AttributedString("");
                row.append(left);
                row.append(" ".repeat(Math.max(0, column - left.columnLength())));
                row.append(GAP);
                if (i < fix.size()) {
                    row.append(fix.get(i));
                }
                out.add(row.toAttributedString());
            }
        } else {
            out.addAll(buggy);
            out.add(new AttributedString(""));
            out.addAll(fix);
        }
        Lab lab = exercise.lab();
        if (lab != null && !lab.staticOnly().isEmpty()) {
            out.add(new AttributedString(""));
            for (Lab.StaticFinding f : lab.staticOnly()) {
                out.addAll(Wrap.item("", "Not shown at run time: ", SafeText.clean(f.why() + " (" + f.analyzer()
                        + ")"), width, Style.DIM));
            }
        }
        return out;
    }

    /** The verdict of one side, as {@code run --json} and the timeline say it. */
    public static String verdict(HarnessResult result, boolean fix) {
        if (result.problem().isPresent()) {
            return switch (result.problem().get()) {
                case DOES_NOT_BUILD -> "the harness did not build: " + firstLine(result.output());
                case TIMED_OUT -> "the harness did not finish in time and was stopped";
                case NO_VERDICT -> "the harness gave no verdict";
            };
        }
        String summary = result.summary().orElse("");
        if (result.passed()) {
            // Harnesses often begin their summary with the verdict itself: do not say it twice.
            // The harness's own summary says how it drained; it is worded as a verdict already.
            return summary.isEmpty() ? "drained cleanly" : summary;
        }
        return (fix ? "the fix did not drain: " : "the bug happened: ") + summary;
    }

    private static List<AttributedString> side(String name, HarnessResult result, boolean fix, int width,
                                               Glyphs glyphs) {
        List<AttributedString> out = new ArrayList<>();
        out.add(new AttributedStringBuilder().styled(Style.HEADING, name.toUpperCase(Locale.ROOT))
                .styled(Style.DIM, "  (" + String.format(Locale.ROOT, "%.1f", result.elapsed().toMillis() / 1000.0)
                        + " s)").toAttributedString());
        // The harness's ok line is the verdict below; the timeline keeps what it did and saw.
        for (LabEvent e : result.events().stream().filter(ev -> ev.kind() != LabEvent.Kind.OK).toList()) {
            String time = String.format(Locale.ROOT, "+%5.2fs ", e.seconds());
            AttributedStyle style = switch (e.kind()) {
                case EVENT -> Style.PLAIN;
                case FAIL -> Style.BAD;
                case OK -> Style.GOOD;
            };
            // A failed expectation is marked, not only red: colour is not all a reader sees (NO_COLOR, a pipe).
            String mark = e.kind() == LabEvent.Kind.FAIL ? glyphs.bad() + " " : "";
            List<AttributedString> lines = Wrap.item("", mark, SafeText.clean(e.text()),
                    Math.max(20, width - time.length()), style);
            for (int i = 0; i < lines.size(); i++) {
                out.add(new AttributedStringBuilder().styled(Style.DIM, i == 0 ? time : " ".repeat(time.length()))
                        .append(lines.get(i)).toAttributedString());
            }
        }
        boolean good = result.passed();
        String mark = good ? glyphs.ok() : glyphs.bad();
        out.addAll(Wrap.item("", mark + " ", SafeText.clean(verdict(result, fix)), width, good ? Style.GOOD : Style.BAD));
        return out;
    }

    private static String firstLine(String text) {
        return text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    }
}
