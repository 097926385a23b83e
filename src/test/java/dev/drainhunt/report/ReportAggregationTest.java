package dev.drainhunt.report;

import static dev.drainhunt.report.Exports.EXPORTED;
import static dev.drainhunt.report.Exports.T2;
import static dev.drainhunt.report.Exports.T3;
import static dev.drainhunt.report.Exports.T4;
import static dev.drainhunt.report.Exports.attempted;
import static dev.drainhunt.report.Exports.export;
import static dev.drainhunt.report.Exports.fresh;
import static dev.drainhunt.report.Exports.report;
import static dev.drainhunt.report.Exports.solved;
import static dev.drainhunt.report.Exports.title;
import static dev.drainhunt.report.Exports.withVersion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.drainhunt.report.TeamReport.Dropped;
import dev.drainhunt.report.TeamReport.ExerciseSummary;
import dev.drainhunt.report.TeamReport.LearnerSummary;
import dev.drainhunt.report.TeamReport.PackReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportAggregationTest {

    @Test
    void summarisesEachLearnerFromTheirExport() {
        PackReport pack = report(Exports.team()).packs().get(0);

        assertThat(pack.learners()).containsExactly(
                new LearnerSummary("Ada", "ada.json", 2, 5, 1, 4, 4, 3, T3, EXPORTED),
                new LearnerSummary("Bob", "bob.json", 1, 5, 0, 3, 4, 2, T2, EXPORTED),
                new LearnerSummary("Cy", "cy.json", 2, 5, 2, 3, 3, 0, T4, EXPORTED));
        assertThat(pack.learners()).extracting(LearnerSummary::hintsPerExercise).containsExactly(0.75, 0.5, 0.0);
    }

    @Test
    void ordersExercisesHardestFirstWithSolveRateAndMedianAttempts() {
        PackReport pack = report(Exports.team()).packs().get(0);

        assertThat(pack.exercises())
                .extracting(ExerciseSummary::id, ExerciseSummary::learners, ExerciseSummary::answered,
                        ExerciseSummary::solved, ExerciseSummary::medianAttempts)
                .containsExactly(
                        tuple("ticker-leak", 3, 2, 0, 2.0),
                        tuple("wrong-ctx", 3, 2, 0, 1.5),
                        tuple("no-deadline", 3, 3, 2, 3.0),
                        tuple("lost-signal", 3, 3, 3, 2.0),
                        tuple("close-order", 3, 0, 0, null));
        assertThat(pack.exercises()).extracting(ExerciseSummary::solveRate)
                .containsExactly(0.0, 0.0, 2.0 / 3, 1.0, null);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(Aggregation.median(List.of(1, 2, 4, 9))).isEqualTo(3.0);
        assertThat(Aggregation.median(List.of(1, 2, 9))).isEqualTo(2.0);
        assertThat(Aggregation.median(List.of())).isNull();
    }

    @Test
    void aNewerExportOfTheSameLearnerWinsAndTheDroppedFileIsNamed() {
        Instant later = EXPORTED.plusSeconds(3600);
        var newer = export("Ada", later, solved(1, "lost-signal", 1, T2, 0, true),
                solved(2, "no-deadline", 1, T4, 0, true), fresh(3, "wrong-ctx", 0), fresh(4, "close-order", 0),
                fresh(5, "ticker-leak", 0));
        List<ExportFile> files = new ArrayList<>(Exports.team());
        files.add(new ExportFile("ada-today.json", newer));

        TeamReport report = report(files);

        PackReport pack = report.packs().get(0);
        assertThat(pack.learners()).extracting(LearnerSummary::displayName, LearnerSummary::file)
                .containsExactly(tuple("Ada", "ada-today.json"), tuple("Bob", "bob.json"), tuple("Cy", "cy.json"));
        assertThat(report.exportsRead()).isEqualTo(4);
        assertThat(report.dropped()).containsExactly(
                new Dropped("Ada", "go-drain", "1.0.0", "ada.json", EXPORTED, "ada-today.json", later));
        assertThat(ReportNotes.of(report)).containsExactly("Ada, go-drain 1.0.0: dropped ada.json (exported "
                + "2026-11-30 19:00) for ada-today.json, a newer export (2026-11-30 20:00).");
    }

    @Test
    void anOlderExportGivenLaterIsTheOneDropped() {
        var older = export("Ada", EXPORTED.minusSeconds(86_400), fresh(1, "lost-signal", 0));
        List<ExportFile> files = new ArrayList<>(Exports.team());
        files.add(new ExportFile("ada-old.json", older));

        TeamReport report = report(files);

        assertThat(report.packs().get(0).learners()).extracting(LearnerSummary::file)
                .containsExactly("ada.json", "bob.json", "cy.json");
        assertThat(report.dropped()).extracting(Dropped::file, Dropped::keptFile)
                .containsExactly(tuple("ada-old.json", "ada.json"));
    }

    @Test
    void exportsThatNameNobodyAreNeverMergedWithEachOther() {
        var first = export(null, EXPORTED, solved(1, "lost-signal", 1, T2, 0, true));
        var second = export(null, EXPORTED, attempted(1, "lost-signal", 1, 0));

        TeamReport report = report(List.of(new ExportFile("a.json", first), new ExportFile("b.json", second)));

        assertThat(report.dropped()).isEmpty();
        assertThat(report.packs().get(0).learners()).extracting(LearnerSummary::displayName)
                .containsExactly("unnamed (a.json)", "unnamed (b.json)");
    }

    @Test
    void eachPackVersionIsReportedOnItsOwnWithANote() {
        var ada11 = withVersion("Ada", "1.10.0", EXPORTED, solved(1, "lost-signal", 1, T2, 0, true));
        var dan9 = withVersion("Dan", "1.9.0", EXPORTED, fresh(1, "lost-signal", 0));
        var eve = withVersion("Eve", null, EXPORTED, fresh(1, "lost-signal", 0));
        List<ExportFile> files = new ArrayList<>(Exports.team());
        files.add(new ExportFile("ada-11.json", ada11));
        files.add(new ExportFile("dan.json", dan9));
        files.add(new ExportFile("eve.json", eve));

        TeamReport report = report(files);

        assertThat(report.packs()).extracting(PackReport::label).containsExactly("go-drain (no version)",
                "go-drain 1.0.0", "go-drain 1.9.0", "go-drain 1.10.0");
        assertThat(report.packs().get(3).learners()).extracting(LearnerSummary::displayName).containsExactly("Ada");
        assertThat(report.packs().get(1).learners()).hasSize(3);
        assertThat(report.dropped()).as("the same learner in two versions is two learners").isEmpty();
        assertThat(ReportNotes.of(report)).containsExactly("These exports come from 4 pack versions, each "
                + "reported on its own: go-drain (no version) (1 learner), go-drain 1.0.0 (3 learners), "
                + "go-drain 1.9.0 (1 learner), go-drain 1.10.0 (1 learner).");
    }

    @Test
    void exportsOfOneVersionListingDifferentExercisesAreCountedPerExerciseWithANote() {
        var short1 = export("Dan", EXPORTED, solved(1, "lost-signal", 2, T2, 0, false));
        var extra = export("Eve", EXPORTED, attempted(1, "lost-signal", 1, 0),
                new dev.drainhunt.progress.ExportedExercise(9, "new-one", title("new-one"),
                        dev.drainhunt.progress.Status.ATTEMPTED, 5, null, 0, false, List.of()));

        TeamReport report = report(List.of(new ExportFile("dan.json", short1), new ExportFile("eve.json", extra)));

        PackReport pack = report.packs().get(0);
        assertThat(pack.exerciseListsDiffer()).isTrue();
        assertThat(pack.exercises()).extracting(ExerciseSummary::id, ExerciseSummary::learners,
                        ExerciseSummary::medianAttempts)
                .containsExactly(tuple("new-one", 1, 5.0), tuple("lost-signal", 2, 1.5));
        assertThat(ReportNotes.of(report)).singleElement().asString()
                .startsWith("go-drain 1.0.0: the exports list different exercises");
    }
}
