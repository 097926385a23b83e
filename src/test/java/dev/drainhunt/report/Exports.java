package dev.drainhunt.report;

import dev.drainhunt.progress.ExportFormat;
import dev.drainhunt.progress.ExportedExercise;
import dev.drainhunt.progress.ProgressExport;
import dev.drainhunt.progress.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Learners' exports for the report tests, made with the progress package's own JSON renderer so they always
 * match what {@code drainhunt export --format json} writes.
 *
 * <p>The team: three learners of go-drain 1.0.0, five exercises. Hand-computed, per exercise (attempts of
 * those who answered; solved of answered):
 * <pre>
 *   #  id                 Ada          Bob            Cy            answered solved rate  median
 *   1  lost-signal        solved 1 ✓   solved 2       mastered 2 ✓  3        3      100%  2
 *   2  no-deadline        solved 3     attempted 4    solved 1 ✓    3        2      67%   3
 *   3  wrong-ctx          attempted 2  new (1 hint)   attempted 1   2        0      0%    1.5
 *   4  close-order        new          new            new           0        0      –     –
 *   5  ticker-leak        attempted 3  attempted 1    new           2        0      0%    2
 * </pre>
 * Hardest first: ticker-leak (0%, median 2), wrong-ctx (0%, 1.5), no-deadline, lost-signal, close-order.
 * Per learner: Ada 2/5 solved, 1 at first try, 3 hints over 4 exercises worked on (0.75), last active T3;
 * Bob 1/5, 0, 2 hints over 4 (0.5), T2; Cy 2/5, 2, 0 hints over 3 (0), T4.
 */
public final class Exports {

    static final String PACK = "go-drain";
    static final String VERSION = "1.0.0";
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZONE);
    static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
    static final Instant T1 = Instant.parse("2026-11-21T10:00:00Z");
    static final Instant T2 = Instant.parse("2026-11-22T10:00:00Z");
    static final Instant T3 = Instant.parse("2026-11-23T10:00:00Z");
    static final Instant T4 = Instant.parse("2026-11-24T10:00:00Z");
    static final Instant EXPORTED = Instant.parse("2026-11-30T18:00:00Z");

    private Exports() {
    }

    public static ProgressExport ada() {
        return export("Ada", EXPORTED,
                solved(1, "lost-signal", 1, T1, 0, true),
                solved(2, "no-deadline", 3, T3, 2, false),
                attempted(3, "wrong-ctx", 2, 1),
                fresh(4, "close-order", 0),
                attempted(5, "ticker-leak", 3, 0));
    }

    public static ProgressExport bob() {
        return export("Bob", EXPORTED,
                solved(1, "lost-signal", 2, T2, 1, false),
                attempted(2, "no-deadline", 4, 0),
                fresh(3, "wrong-ctx", 1),
                fresh(4, "close-order", 0),
                attempted(5, "ticker-leak", 1, 0));
    }

    public static ProgressExport cy() {
        return export("Cy", EXPORTED,
                new ExportedExercise(1, "lost-signal", title("lost-signal"), Status.MASTERED, 2, T0, 0, true,
                        List.of()),
                solved(2, "no-deadline", 1, T4, 0, true),
                attempted(3, "wrong-ctx", 1, 0),
                fresh(4, "close-order", 0),
                fresh(5, "ticker-leak", 0));
    }

    static List<ExportFile> team() {
        return List.of(new ExportFile("ada.json", ada()), new ExportFile("bob.json", bob()),
                new ExportFile("cy.json", cy()));
    }

    public static ProgressExport export(String learner, Instant exportedAt, ExportedExercise... exercises) {
        return withVersion(learner, VERSION, exportedAt, exercises);
    }

    static ProgressExport withVersion(String learner, String version, Instant exportedAt,
                                      ExportedExercise... exercises) {
        // Like an export of a learner whose latest activity was their latest solve.
        Instant lastActive = java.util.Arrays.stream(exercises).map(ExportedExercise::firstSolved)
                .filter(java.util.Objects::nonNull).max(Instant::compareTo).orElse(null);
        return new ProgressExport(ProgressExport.FORMAT, ProgressExport.SCHEMA_VERSION, learner, PACK, version,
                exportedAt, lastActive, List.of(exercises));
    }

    static ExportedExercise solved(int number, String id, int attempts, Instant at, int hints, boolean firstTry) {
        return new ExportedExercise(number, id, title(id), Status.SOLVED, attempts, at, hints, firstTry, List.of());
    }

    static ExportedExercise attempted(int number, String id, int attempts, int hints) {
        return new ExportedExercise(number, id, title(id), Status.ATTEMPTED, attempts, null, hints, false, List.of());
    }

    static ExportedExercise fresh(int number, String id, int hints) {
        return new ExportedExercise(number, id, title(id), Status.NEW, 0, null, hints, false, List.of());
    }

    static String title(String id) {
        return "Title of " + id;
    }

    /** The export exactly as {@code drainhunt export --format json} writes it. */
    public static String json(ProgressExport export) {
        return ExportFormat.JSON.render(export);
    }

    public static Path write(Path dir, String name, ProgressExport export) {
        try {
            return Files.writeString(dir.resolve(name), json(export));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TeamReport report(List<ExportFile> files) {
        return TeamReport.of(files, CLOCK);
    }
}
