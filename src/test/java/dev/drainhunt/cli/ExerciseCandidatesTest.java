package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExerciseCandidatesTest {

    @Test
    void offersEveryNumberAndIdOfTheBundledPack() {
        Pack pack = new Catalog(App.validator()).loadBundled().pack().orElseThrow();
        List<String> candidates = new ArrayList<>();
        new ExerciseCandidates().forEach(candidates::add);
        assertThat(candidates).hasSize(2 * pack.size()).startsWith("1", "2")
                .containsAll(pack.exercises().stream().map(Exercise::id).toList())
                .contains(String.valueOf(pack.size()));
    }

    @Test
    void numbersComeBeforeIds() {
        Pack pack = new Catalog(App.validator()).loadBundled().pack().orElseThrow();
        List<String> names = ExerciseCandidates.of(pack);
        assertThat(names.subList(0, pack.size())).allMatch(n -> n.matches("\\d+"));
        assertThat(names.subList(pack.size(), names.size())).noneMatch(n -> n.matches("\\d+"));
    }
}
