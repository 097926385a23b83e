package dev.drainhunt.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * A team's progress aggregated from learners' exports, one section per pack version; every renderer
 * (text, Markdown, HTML, JSON) is a pure function of it.
 *
 * @param zone the zone dates are shown in
 * @param exportsRead every export given, the dropped ones included
 * @param packs one per pack name and version, never mixed, ordered by name then version
 * @param dropped older exports of a learner that a newer one of the same pack version replaced
 */
public record TeamReport(Instant generatedAt, ZoneId zone, int exportsRead, List<PackReport> packs,
                         List<Dropped> dropped) {

    public TeamReport {
        packs = List.copyOf(packs);
        dropped = List.copyOf(dropped);
    }

    public static TeamReport of(List<ExportFile> exports, Clock clock) {
        return Aggregation.of(exports, clock);
    }

    /** One pack version's learners and exercises. */
    public record PackReport(String pack, String packVersion, List<LearnerSummary> learners,
                             List<ExerciseSummary> exercises, boolean exerciseListsDiffer) {

        public PackReport {
            learners = List.copyOf(learners);
            exercises = List.copyOf(exercises);
        }

        /** {@code go-drain 1.0.0}, or {@code go-drain (no version)}. */
        public String label() {
            return label(pack, packVersion);
        }

        /** The exercises someone answered, hardest first: the rows of an exercise table. */
        public List<ExerciseSummary> answered() {
            return exercises.stream().filter(e -> e.answered() > 0).toList();
        }

        /** The exercises with a key point missed at first or a hint taken, hardest first. */
        public List<ExerciseSummary> toTeach() {
            return exercises.stream().filter(ExerciseSummary::needsTeaching).toList();
        }

        /** The numbers of the exercises nobody answered yet, in study order. */
        public List<Integer> unanswered() {
            return exercises.stream().filter(e -> e.answered() == 0).map(ExerciseSummary::number).sorted().toList();
        }

        static String label(String pack, String packVersion) {
            return pack + " " + (packVersion == null ? "(no version)" : packVersion);
        }
    }

    /**
     * One learner's standing in a pack version.
     *
     * @param learner null when the export names nobody
     * @param answered exercises answered at least once
     * @param worked exercises answered or given a hint: what hints per exercise divides by
     * @param lastActive the learner's latest attempt in the pack; null when none
     */
    public record LearnerSummary(String learner, String file, int solved, int total, int rightFirstTry,
                                 int answered, int worked, int hintsUsed, Instant lastActive, Instant exportedAt,
                                 int fixed) {

        /** Without the exercises fixed in the lab ({@code drainhunt fix}): none. */
        public LearnerSummary(String learner, String file, int solved, int total, int rightFirstTry, int answered,
                              int worked, int hintsUsed, Instant lastActive, Instant exportedAt) {
            this(learner, file, solved, total, rightFirstTry, answered, worked, hintsUsed, lastActive, exportedAt, 0);
        }

        /** Hints per exercise worked on; null when none was. */
        public Double hintsPerExercise() {
            return worked == 0 ? null : (double) hintsUsed / worked;
        }

        /** The learner's name, or the file for an export that names nobody. */
        public String displayName() {
            return learner != null ? learner : "unnamed (" + file + ")";
        }
    }

    /**
     * How one exercise went across the learners of a pack version.
     *
     * @param learners learners whose export lists the exercise
     * @param answered of those, the ones who answered it at least once
     * @param solved of those, the ones who solved it
     * @param medianAttempts over the learners who answered it; null when nobody did
     * @param worked of those, the ones who answered it or took a hint on it
     * @param hinted of those, the ones who took a hint on it
     * @param missedOutOf the learners who answered it and whose export says which key points they missed (exports
     *     of export schema 1 do not)
     * @param missed the key points some of those learners' first answer left out, most missed first
     */
    public record ExerciseSummary(int number, String id, String title, int learners, int answered, int solved,
                                  Double medianAttempts, int worked, int hinted, int missedOutOf,
                                  List<MissedKeyPoint> missed) {

        public ExerciseSummary {
            missed = List.copyOf(missed);
        }

        /** Without hints or missed key points: for exports that carry neither. */
        public ExerciseSummary(int number, String id, String title, int learners, int answered, int solved,
                               Double medianAttempts) {
            this(number, id, title, learners, answered, solved, medianAttempts, answered, 0, 0, List.of());
        }

        /** Solved over answered: how often an attempt at it ends in a solve; null when nobody answered it. */
        public Double solveRate() {
            return answered == 0 ? null : (double) solved / answered;
        }

        /** Whether a lead has something to teach here: a key point missed at first, or a hint taken. */
        public boolean needsTeaching() {
            return !missed.isEmpty() || hinted > 0;
        }
    }

    /**
     * A key point that learners' first answer to an exercise did not name.
     *
     * @param learners how many learners missed it, of the exercise's {@code missedOutOf}
     */
    public record MissedKeyPoint(String id, String summary, int learners) {
    }

    /** An export left out because a newer one of the same learner and pack version was given. */
    public record Dropped(String learner, String pack, String packVersion, String file, Instant exportedAt,
                          String keptFile, Instant keptExportedAt) {

        public String packLabel() {
            return PackReport.label(pack, packVersion);
        }
    }
}
