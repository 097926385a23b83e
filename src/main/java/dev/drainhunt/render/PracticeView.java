package dev.drainhunt.render;

import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.KeyPoint;
import dev.drainhunt.exercise.Pack;
import dev.drainhunt.exercise.Reference;
import dev.drainhunt.grading.Verdict;
import dev.drainhunt.text.Glyphs;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** The screens of a practice session, as styled lines for a given width. */
public final class PracticeView {

    public static final String INSTRUCTIONS = "Say what is wrong (Enter sends; end a line with \\ to go on), "
            + "or give line numbers.  :hint  :lines N  :code  :skip  :reveal  :list  :quit  :help";

    private PracticeView() {
    }

    /** Code rows for "show it all": the screen of a pipe, or of a terminal tall enough. */
    public static final int ALL_CODE = Integer.MAX_VALUE;

    /**
     * What the session knows about one exercise's screen, as plain values.
     *
     * @param position the exercise's place in the session's queue, of {@code total}: the one counter shown
     * @param solved exercises of the pack solved so far, for the bar
     * @param seenBefore the {@link SeenBefore} line, or null on a first look
     * @param codeRows the most screen rows the code may take, its footer included; {@link #ALL_CODE} for no limit
     */
    public record Frame(int position, int total, int solved, String seenBefore, int codeRows) {
        public Frame withCodeRows(int rows) {
            return new Frame(position, total, solved, seenBefore, rows);
        }
    }

    /**
     * The session header (its counter, the pack's bar, a review's history), the exercise's title and details, as
     * much of the buggy code as {@code frame} allows (with a footer saying what is left out), one line of
     * instructions.
     */
    public static List<AttributedString> exercise(Pack pack, Exercise exercise, Frame frame, int width,
                                                  Glyphs glyphs) {
        List<AttributedString> out = new ArrayList<>(top(pack, exercise, frame, width, glyphs));
        CodeHead.Head code = CodeHead.fit(exercise.buggy(), width, Math.max(1, frame.codeRows() - 1), glyphs);
        // When all of it fits (always so for ALL_CODE), these are the rows ExerciseView.code draws.
        out.addAll(code.rows());
        if (code.hiddenLines() > 0 || code.folded()) {
            String left = code.hiddenLines() == 0 ? "imports folded"
                    : Count.of(code.hiddenLines(), "more line") + (code.folded() ? " (imports folded)" : "");
            out.add(new AttributedString(glyphs.ellipsis() + " " + left + " " + glyphs.dot() + " :code shows all",
                    Style.DIM));
        }
        out.addAll(bottom(width));
        return out;
    }

    /** The rows of the exercise screen that are not code: what the session subtracts from the screen's height. */
    public static int chromeRows(Pack pack, Exercise exercise, Frame frame, int width, Glyphs glyphs) {
        return top(pack, exercise, frame, width, glyphs).size() + bottom(width).size();
    }

    /** The code rows the whole of the exercise's code takes at this width. */
    public static int codeRows(Exercise exercise, int width, Glyphs glyphs) {
        return ExerciseView.code(exercise, width, glyphs).size();
    }

    private static List<AttributedString> top(Pack pack, Exercise exercise, Frame frame, int width, Glyphs glyphs) {
        List<AttributedString> out = new ArrayList<>();
        out.add(rule(width, glyphs));
        AttributedStringBuilder top = new AttributedStringBuilder();
        top.styled(Style.ACCENT, "[" + frame.position() + "/" + frame.total() + "]").append("  ");
        top.append(Bar.of(frame.solved(), pack.size(), Math.min(20, Math.max(5, width / 6)), glyphs));
        top.styled(Style.DIM, " solved");
        out.add(top.toAttributedString());
        if (frame.seenBefore() != null) {
            out.addAll(Wrap.paragraph(frame.seenBefore(), width, "", Style.WARN));
        }
        out.addAll(ExerciseView.header("#" + exercise.number(), exercise, width, glyphs));
        out.add(AttributedString.EMPTY);
        return out;
    }

    private static List<AttributedString> bottom(int width) {
        List<AttributedString> out = new ArrayList<>();
        out.add(AttributedString.EMPTY);
        out.addAll(Wrap.paragraph(INSTRUCTIONS, width, "", Style.DIM));
        return out;
    }

    /** {@code :code}: the title line and the whole of the code. */
    public static List<AttributedString> code(Exercise exercise, int width, Glyphs glyphs) {
        List<AttributedString> out = new ArrayList<>();
        out.add(rule(width, glyphs));
        out.addAll(ExerciseView.title("#" + exercise.number(), exercise, width));
        out.add(AttributedString.EMPTY);
        out.addAll(ExerciseView.code(exercise, width, glyphs));
        return out;
    }

    public static List<AttributedString> hint(int level, int of, String text, int width) {
        return Wrap.item("  ", "Hint " + level + "/" + of + ": ", text, width, Style.WARN);
    }

    public static List<AttributedString> noMoreHints(int width) {
        return Wrap.paragraph("No more hints. Keep going, or :reveal to see the answer.", width, "  ", Style.DIM);
    }

    /** The verdict on one answer and the key points it named; never the text of those it missed. */
    public static List<AttributedString> graded(Verdict verdict, List<KeyPoint> named, int width, Glyphs glyphs) {
        return graded(verdict.outcome(), verdict, named, List.of(), width, glyphs);
    }

    /**
     * @param overall the verdict with earlier answers on the same exercise counted in
     * @param earlier key points named by earlier answers, shown again so the learner sees the whole picture
     */
    public static List<AttributedString> graded(Verdict.Outcome overall, Verdict verdict, List<KeyPoint> named,
                                                List<KeyPoint> earlier, int width, Glyphs glyphs) {
        List<AttributedString> out = new ArrayList<>();
        String headline = switch (overall) {
            case CORRECT -> glyphs.ok() + " Correct.";
            case PARTIAL -> glyphs.partly() + " Partly there.";
            case MISSED -> glyphs.bad() + " Not yet.";
        };
        AttributedStyle style = switch (overall) {
            case CORRECT -> Style.GOOD;
            case PARTIAL -> Style.WARN;
            case MISSED -> Style.BAD;
        };
        out.addAll(Wrap.paragraph(headline, width, "  ", style.bold()));
        for (KeyPoint point : named) {
            out.addAll(Wrap.item("    ", glyphs.ok() + " ", point.summary(), width, Style.GOOD));
        }
        for (KeyPoint point : earlier) {
            out.addAll(Wrap.item("    ", glyphs.ok() + " ", point.summary() + " (found earlier)", width, Style.DIM));
        }
        Optional<Verdict.Outcome> lines = verdict.lineAssessment();
        if (lines.isPresent()) {
            out.addAll(Wrap.paragraph(linesMessage(verdict, glyphs), width, "    ",
                    lines.get() == Verdict.Outcome.MISSED ? Style.BAD : Style.PLAIN));
        }
        return out;
    }

    /**
     * What an answer said beyond the key points: real findings the key points leave out, claims that are not true
     * of this code, and picked lines past its end.
     */
    public static List<AttributedString> beyondKeyPoints(Exercise exercise, Verdict verdict, int width,
                                                         Glyphs glyphs) {
        List<AttributedString> out = new ArrayList<>();
        for (KeyPoint point : exercise.alsoTrue()) {
            if (verdict.alsoTrue().contains(point.id())) {
                out.addAll(Wrap.item("    ", "+ ", "Also true: " + point.summary(), width, Style.ACCENT));
            }
        }
        for (KeyPoint claim : verdict.falseClaims()) {
            out.addAll(Wrap.item("    ", glyphs.bad() + " ", "You also said: \"" + claim.summary() + "\" That is not what "
                    + "happens in this code.", width, Style.BAD));
        }
        if (!verdict.pastEndLines().isEmpty()) {
            out.addAll(Wrap.paragraph((verdict.pastEndLines().size() == 1 ? "Line " : "Lines ")
                    + join(verdict.pastEndLines()) + (verdict.pastEndLines().size() == 1 ? " is" : " are")
                    + " past the end (1-" + exercise.buggy().size() + "); not counted.", width, "    ", Style.DIM));
        }
        return out;
    }

    /** After an answer that is not yet right: how many points are missing and what to do next. */
    public static List<AttributedString> keepGoing(int missing, int width) {
        String rest = missing == 0 ? "" : Count.of(missing, "key point") + " not named yet. ";
        return Wrap.paragraph(rest + "Try again, :hint for a hint, or :reveal.", width, "  ", Style.DIM);
    }

    private static String linesMessage(Verdict verdict, Glyphs glyphs) {
        String picked = "lines " + join(verdict.pickedLines()) + " " + glyphs.dash();
        if (verdict.hitLines().isEmpty()) {
            return "Line pick: " + picked + " the bug is not there.";
        }
        if (verdict.kind() == Verdict.AnswerKind.LINES && verdict.located()) {
            return "Line pick: " + picked + " right place. Now say what is wrong there.";
        }
        return switch (verdict.lineOutcome()) {
            case CORRECT -> "Line pick: " + picked + " right on the bug.";
            case PARTIAL -> "Line pick: " + picked + " the bug is among them, but narrow it down.";
            case MISSED -> "Line pick: " + picked + " the bug is not there.";
        };
    }

    /** Explanation, the bug lines marked in the code, the diff to the fix, references and linters. */
    public static List<AttributedString> reveal(Exercise exercise, boolean solved, int width, boolean sideBySide,
                                                Glyphs glyphs) {
        String bullet = glyphs.bullet() + " ";
        List<AttributedString> out = new ArrayList<>();
        out.add(rule(width, glyphs));
        out.add(new AttributedString(solved ? "The answer" : "The answer (revealed)", Style.HEADING));
        out.add(AttributedString.EMPTY);
        out.add(new AttributedString("Key points", Style.HEADING));
        for (KeyPoint point : exercise.keyPoints()) {
            out.addAll(Wrap.item("  ", bullet, point.summary(), width, Style.PLAIN));
        }
        if (!exercise.alsoTrue().isEmpty()) {
            out.add(AttributedString.EMPTY);
            out.add(new AttributedString("Also true", Style.HEADING));
            for (KeyPoint point : exercise.alsoTrue()) {
                out.addAll(Wrap.item("  ", bullet, point.summary(), width, Style.PLAIN));
            }
        }
        out.add(AttributedString.EMPTY);
        for (String paragraph : exercise.explanation()) {
            out.addAll(Wrap.paragraph(paragraph, width, "", Style.PLAIN));
            out.add(AttributedString.EMPTY);
        }
        List<Integer> lines = exercise.bugLines().stream().sorted().toList();
        out.add(new AttributedString((lines.size() == 1 ? "The bug is on line " : "The bug is on lines ")
                + join(lines), Style.HEADING));
        out.addAll(CodeView.excerpt(exercise.buggy(), lines, width, glyphs));
        out.add(AttributedString.EMPTY);
        out.add(new AttributedString("The fix", Style.HEADING));
        out.addAll(DiffView.render(exercise.buggy(), exercise.fix(), width, sideBySide, glyphs));
        if (!exercise.references().isEmpty() || exercise.lab() != null) {
            out.add(AttributedString.EMPTY);
            out.add(new AttributedString("Read more", Style.HEADING));
            for (Reference ref : exercise.references()) {
                out.addAll(Wrap.item("  ", bullet, ref.title() + " " + glyphs.dash() + " " + ref.url(), width, Style.PLAIN));
            }
            if (exercise.lab() != null) {
                out.addAll(Wrap.item("  ", bullet, "Watch it happen: drainhunt run " + exercise.number()
                        + "; fix it yourself: drainhunt fix " + exercise.number(), width, Style.PLAIN));
            }
        }
        out.add(AttributedString.EMPTY);
        out.addAll(Wrap.paragraph(exercise.detectedBy().isEmpty()
                ? "Linters: none flags this bug " + glyphs.dash() + " only a reviewer's eye catches it."
                : "Linters that flag it: " + String.join(", ", exercise.detectedBy()), width, "", Style.DIM));
        return out;
    }

    /**
     * "good · next review in 3 days (Fri 4 Dec)": a rating and when it brings the exercise back.
     *
     * @param due the review the rating stored; null when none is scheduled
     */
    public static String nextReview(String rating, LocalDate due, LocalDate today) {
        if (due == null) {
            return rating;
        }
        long days = ChronoUnit.DAYS.between(today, due);
        String when = days <= 0 ? "today" : days == 1 ? "tomorrow" : "in " + Count.of(days, "day");
        String date = (due.getYear() == today.getYear() ? DayFormats.DAY : DayFormats.DAY_OF_YEAR).format(due);
        return rating + " · next review " + when + (days <= 0 ? "" : " (" + date + ")");
    }

    public static List<AttributedString> help(int width) {
        List<AttributedString> out = new ArrayList<>();
        out.addAll(Wrap.paragraph("Type your diagnosis in your own words and press Enter; end a line with \\ to "
                + "write more lines. Line numbers alone (12, L12, 12-14) pick the buggy lines.", width, "  ",
                Style.PLAIN));
        String[][] commands = {
            {":hint, :h", "the next hint (counted)"},
            {":lines 4 7", "pick lines 4 and 7: the right place, not yet the reason"},
            {":code, :c", "all of the code again (paged when taller than the screen)"},
            {":skip, :s", "leave this exercise for later"},
            {":reveal", "give up and see the answer (:r asks first)"},
            {":list, :ls", "the exercises: filter, move, Enter goes to one, r resets one"},
            {":quit, :q", "leave (Ctrl-D too; Ctrl-C clears the line, twice leaves)"},
            {":help, :?", "this help; help, hint, skip and quit work without the colon too"}};
        for (String[] c : commands) {
            out.add(new AttributedStringBuilder().append("  ").styled(Style.ACCENT, String.format("%-12s", c[0]))
                    .append(" ").append(c[1]).toAttributedString());
        }
        return out;
    }

    private static AttributedString rule(int width, Glyphs glyphs) {
        return new AttributedString(glyphs.rule().repeat(Math.max(10, Math.min(width, 100))), Style.DIM);
    }

    private static String join(List<Integer> lines) {
        return String.join(", ", lines.stream().map(String::valueOf).toList());
    }
}
