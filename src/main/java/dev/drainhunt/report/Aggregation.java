package dev.drainhunt.report;

import dev.drainhunt.progress.ExportedExercise;
import dev.drainhunt.progress.ExportedKeyPoint;
import dev.drainhunt.progress.ProgressExport;
import dev.drainhunt.progress.Status;
import dev.drainhunt.report.TeamReport.Dropped;
import dev.drainhunt.report.TeamReport.ExerciseSummary;
import dev.drainhunt.report.TeamReport.LearnerSummary;
import dev.drainhunt.report.TeamReport.MissedKeyPoint;
import dev.drainhunt.report.TeamReport.PackReport;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Builds a {@link TeamReport}: groups exports by pack version, keeps each learner's newest, counts. */
final class Aggregation {

    /** Hardest first: lowest solve rate, then most median attempts; exercises nobody answered go last. */
    static final Comparator<ExerciseSummary> HARDEST_FIRST = Comparator
            .comparing((ExerciseSummary e) -> e.answered() == 0)
            .thenComparing(e -> e.answered() == 0 ? 0.0 : e.solveRate())
            .thenComparing(e -> e.medianAttempts() == null ? 0.0 : e.medianAttempts(), Comparator.reverseOrder())
            .thenComparingInt(ExerciseSummary::number)
            .thenComparing(ExerciseSummary::id);

    private record Version(String pack, String version) {
    }

    private Aggregation() {
    }

    static TeamReport of(List<ExportFile> exports, Clock clock) {
        Map<Version, List<ExportFile>> byVersion = new TreeMap<>(Comparator.comparing(Version::pack)
                .thenComparing(Version::version, Comparator.nullsFirst(Aggregation::compareVersions)));
        List<Dropped> dropped = new ArrayList<>();
        for (ExportFile file : exports) {
            ProgressExport e = file.export();
            List<ExportFile> group = byVersion.computeIfAbsent(new Version(e.pack(), e.packVersion()),
                    v -> new ArrayList<>());
            keepNewest(group, file, dropped);
        }
        List<PackReport> packs = byVersion.entrySet().stream()
                .map(entry -> pack(entry.getKey(), entry.getValue()))
                .toList();
        return new TeamReport(clock.instant(), clock.getZone(), exports.size(), packs, dropped);
    }

    /**
     * Adds {@code file} to its pack version's group unless the group already holds an export of the same
     * learner at least as new; the loser is recorded. Unnamed exports cannot be matched, so all are kept.
     */
    private static void keepNewest(List<ExportFile> group, ExportFile file, List<Dropped> dropped) {
        String learner = file.export().learner();
        for (int i = 0; learner != null && i < group.size(); i++) {
            ExportFile held = group.get(i);
            if (learner.equals(held.export().learner())) {
                // A tie keeps the one given first, so the outcome never depends on file system order.
                boolean newer = file.export().exportedAt().isAfter(held.export().exportedAt());
                ExportFile kept = newer ? file : held;
                ExportFile lost = newer ? held : file;
                dropped.add(new Dropped(learner, file.export().pack(), file.export().packVersion(), lost.name(),
                        lost.export().exportedAt(), kept.name(), kept.export().exportedAt()));
                group.set(i, kept);
                return;
            }
        }
        group.add(file);
    }

    private static PackReport pack(Version version, List<ExportFile> files) {
        Set<String> baseNames = new HashSet<>();
        boolean baseNamesClash = !files.stream().map(f -> baseName(f.name())).allMatch(baseNames::add);
        List<LearnerSummary> learners = files.stream()
                .map(f -> learner(f, baseNamesClash ? f.name() : baseName(f.name())))
                .sorted(Comparator.comparing(LearnerSummary::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(LearnerSummary::displayName)
                        .thenComparing(LearnerSummary::file))
                .toList();
        // Exports of one version normally list the same exercises; if a pack changed without a new version
        // they do not, and each exercise is counted over the learners whose export lists it.
        Map<String, List<ExportedExercise>> byId = new LinkedHashMap<>();
        for (ExportFile file : files) {
            for (ExportedExercise e : file.export().exercises()) {
                byId.computeIfAbsent(e.id(), id -> new ArrayList<>()).add(e);
            }
        }
        Set<Set<String>> lists = files.stream()
                .map(f -> f.export().exercises().stream().map(ExportedExercise::id).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        List<ExerciseSummary> exercises = byId.values().stream()
                .map(Aggregation::exercise)
                .sorted(HARDEST_FIRST)
                .toList();
        return new PackReport(version.pack(), version.version(), learners, exercises, lists.size() > 1);
    }

    /**
     * The file's own name, without the folder it was given in: the report's file column is narrow, and a path cut
     * to fit it would keep the folders and lose the name.
     */
    static String baseName(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 || slash == file.length() - 1 ? file : file.substring(slash + 1);
    }

    /** @param shownAs the file's name as the report shows it */
    private static LearnerSummary learner(ExportFile file, String shownAs) {
        List<ExportedExercise> rows = file.export().exercises();
        int solved = (int) rows.stream().filter(e -> e.status().solved()).count();
        int firstTry = (int) rows.stream().filter(ExportedExercise::rightFirstTry).count();
        int fixed = (int) rows.stream().filter(e -> e.status() == Status.FIXED).count();
        int answered = (int) rows.stream().filter(e -> e.attempts() > 0).count();
        int worked = (int) rows.stream().filter(e -> e.attempts() > 0 || e.hintsUsed() > 0).count();
        int hints = rows.stream().mapToInt(ExportedExercise::hintsUsed).sum();
        // Exports name the latest attempt; older ones only carry first solves, the best stand-in there is.
        Instant lastActive = file.export().lastActive() != null ? file.export().lastActive() : rows.stream()
                .map(ExportedExercise::firstSolved).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new LearnerSummary(file.export().learner(), shownAs, solved, rows.size(), firstTry, answered,
                worked, hints, lastActive, file.export().exportedAt(), fixed);
    }

    /** @param rows the same exercise in each export that lists it */
    private static ExerciseSummary exercise(List<ExportedExercise> rows) {
        ExportedExercise first = rows.get(0);
        List<Integer> attempts = rows.stream().map(ExportedExercise::attempts).filter(a -> a > 0).sorted().toList();
        int solved = (int) rows.stream().filter(e -> e.status().solved()).count();
        int worked = (int) rows.stream().filter(e -> e.attempts() > 0 || e.hintsUsed() > 0).count();
        int hinted = (int) rows.stream().filter(e -> e.hintsUsed() > 0).count();
        List<ExportedExercise> recorded = rows.stream()
                .filter(e -> e.attempts() > 0 && e.missedKeyPoints() != null).toList();
        return new ExerciseSummary(first.number(), first.id(), first.title(), rows.size(), attempts.size(), solved,
                median(attempts), worked, hinted, recorded.size(), missed(recorded));
    }

    /** Each key point missed by someone, most missed first; ties in the order the exports list them. */
    private static List<MissedKeyPoint> missed(List<ExportedExercise> recorded) {
        Map<String, ExportedKeyPoint> points = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (ExportedExercise row : recorded) {
            for (ExportedKeyPoint point : row.missedKeyPoints()) {
                points.putIfAbsent(point.id(), point);
                counts.merge(point.id(), 1, Integer::sum);
            }
        }
        List<MissedKeyPoint> out = new ArrayList<>();
        points.values().forEach(p -> out.add(new MissedKeyPoint(p.id(), p.summary(), counts.get(p.id()))));
        // A stable sort: equal counts keep the order of first mention, which is the pack's key point order.
        out.sort(Comparator.comparingInt(MissedKeyPoint::learners).reversed());
        return out;
    }

    /** The middle value of sorted numbers, the mean of the two middle ones for an even count; null for none. */
    static Double median(List<Integer> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Compares versions part by part, numbers as numbers, so 1.10.0 comes after 1.9.0. */
    static int compareVersions(String a, String b) {
        String[] left = a.split("[.\\-+]");
        String[] right = b.split("[.\\-+]");
        for (int i = 0; i < Math.min(left.length, right.length); i++) {
            int c = left[i].matches("\\d{1,9}") && right[i].matches("\\d{1,9}")
                    ? Integer.compare(Integer.parseInt(left[i]), Integer.parseInt(right[i]))
                    : left[i].compareTo(right[i]);
            if (c != 0) {
                return c;
            }
        }
        return left.length != right.length ? Integer.compare(left.length, right.length) : a.compareTo(b);
    }
}
