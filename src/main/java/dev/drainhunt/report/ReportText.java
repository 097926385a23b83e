package dev.drainhunt.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How numbers and dates read in the human formats (text, Markdown, HTML), so all three agree. */
final class ReportText {

    /** Shown where there is no value: nobody answered, nothing solved yet. */
    static final String NONE = "–";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private ReportText() {
    }

    static String percent(Double fraction) {
        return fraction == null ? NONE : Math.round(fraction * 100) + "%";
    }

    /** One decimal at most: {@code 2}, {@code 2.5}, {@code 0.4}. */
    static String decimal(Double value) {
        if (value == null) {
            return NONE;
        }
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    static String date(Instant instant, ZoneId zone) {
        return instant == null ? NONE : DATE.format(instant.atZone(zone));
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? NONE : DATE_TIME.format(instant.atZone(zone));
    }

    /** The heading of the teaching section. */
    static final String TO_TEACH = "What to teach: key points missed at first answer";

    /** Said when there is nothing to teach in a pack version. */
    static final String NOTHING_TO_TEACH = "Every first answer named every key point, and nobody took a hint.";

    /** {@code missed by 3 of 5: the stop channel is unbuffered} */
    static String missed(TeamReport.MissedKeyPoint point, int outOf) {
        return missedBy(point, outOf) + point.summary();
    }

    /** {@code missed by 3 of 5: }, the part before the key point's summary. */
    static String missedBy(TeamReport.MissedKeyPoint point, int outOf) {
        return "missed by " + point.learners() + " of " + outOf + ": ";
    }

    /** {@code 2 of 5 took hints}, over the learners who worked on the exercise. */
    static String hints(TeamReport.ExerciseSummary e) {
        return e.hinted() == 0 ? "nobody took a hint" : e.hinted() + " of " + e.worked() + " took hints";
    }

    /** {@code 3 pool-drain-wait}: how an exercise is named in the teaching section. */
    static String exercise(TeamReport.ExerciseSummary e) {
        return e.number() + " " + e.id();
    }

    /** {@code Nobody has answered 8–20 yet (13 exercises).}; empty when every exercise was answered. */
    static String unanswered(List<Integer> numbers) {
        if (numbers.isEmpty()) {
            return "";
        }
        return "Nobody has answered " + (numbers.size() == 1 ? "exercise " : "exercises ") + ranges(numbers)
                + " yet" + (numbers.size() > 2 ? " (" + numbers.size() + " exercises)." : ".");
    }

    /** Sorted numbers with runs joined: {@code 1, 3–5, 9}. */
    static String ranges(List<Integer> sorted) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            int start = sorted.get(i);
            while (i + 1 < sorted.size() && sorted.get(i + 1) == sorted.get(i) + 1) {
                i++;
            }
            out.append(out.length() > 0 ? ", " : "").append(start);
            if (sorted.get(i) != start) {
                out.append(sorted.get(i) == start + 1 ? ", " : "–").append(sorted.get(i));
            }
        }
        return out.toString();
    }
}
