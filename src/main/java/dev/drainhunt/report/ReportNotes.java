package dev.drainhunt.report;

import dev.drainhunt.render.Count;
import dev.drainhunt.report.TeamReport.Dropped;
import dev.drainhunt.report.TeamReport.PackReport;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The plain-text notes and legend every human format shows; each renderer escapes them its own way. */
final class ReportNotes {

    /** What the columns mean, for a reader who did not write the report. */
    static final List<String> LEGEND = List.of(
            "Solved: exercises solved at least once, of the pack's exercises.",
            "Right at first try: the first answer was correct and no hint was taken.",
            "Hints per exercise: hints taken, divided by the exercises answered or given a hint.",
            "Last active: the learner's latest attempt in the pack.",
            "Solve rate: of the learners who answered an exercise, how many solved it.",
            "Median attempts: over the learners who answered it. Hardest first: lowest solve rate, then most "
                    + "median attempts; exercises nobody answered yet are listed by number below the table.",
            "Missed by: of the learners who answered an exercise, how many did not name the key point in their "
                    + "first answer. Took hints: of those who answered it or took a hint, how many took one.");

    private ReportNotes() {
    }

    /** Whatever a reader must know to trust the numbers: versions kept apart, exports dropped, lists that differ. */
    static List<String> of(TeamReport report) {
        List<String> notes = new ArrayList<>();
        if (report.packs().size() > 1) {
            notes.add("These exports come from " + report.packs().size() + " pack versions, each reported on its "
                    + "own: " + report.packs().stream()
                            .map(p -> p.label() + " (" + Count.of(p.learners().size(), "learner")
                                    + ")")
                            .collect(Collectors.joining(", ")) + ".");
        }
        for (Dropped d : report.dropped()) {
            notes.add(d.learner() + ", " + d.packLabel() + ": dropped " + d.file() + " (exported "
                    + ReportText.dateTime(d.exportedAt(), report.zone()) + ") for " + d.keptFile() + ", "
                    + (d.keptExportedAt().equals(d.exportedAt()) ? "exported at the same time and given first."
                            : "a newer export (" + ReportText.dateTime(d.keptExportedAt(), report.zone()) + ")."));
        }
        for (PackReport p : report.packs()) {
            if (p.exerciseListsDiffer()) {
                notes.add(p.label() + ": the exports list different exercises (was the pack changed without a new "
                        + "version?); each exercise counts only the learners whose export lists it.");
            }
        }
        for (PackReport p : report.packs()) {
            if (p.exercises().stream().anyMatch(e -> e.answered() > e.missedOutOf())) {
                notes.add(p.label() + ": some exports come from an older drainhunt and do not say which key points "
                        + "were missed; \"missed by\" counts only the learners whose export does.");
            }
        }
        return notes;
    }
}
