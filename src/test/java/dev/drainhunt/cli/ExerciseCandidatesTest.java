package dev.drainhunt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.drainhunt.exercise.Catalog;
import dev.drainhunt.exercise.Exercise;
import dev.drainhunt.exercise.Pack;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

class ExerciseCandidatesTest {

    @Test
    void offersEveryNumberAndIdOfTheBundledPack() {
        Pack pack = new Catalog(PackLoader.validator()).loadBundled().pack().orElseThrow();
        List<String> candidates = new ArrayList<>();
        new ExerciseCandidates().forEach(candidates::add);
        assertThat(candidates).hasSize(2 * pack.size()).startsWith("1", "2")
                .containsAll(pack.exercises().stream().map(Exercise::id).toList())
                .contains(String.valueOf(pack.size()));
    }

    @Test
    void numbersComeBeforeIds() {
        Pack pack = new Catalog(PackLoader.validator()).loadBundled().pack().orElseThrow();
        List<String> names = ExerciseCandidates.of(pack);
        assertThat(names.subList(0, pack.size())).allMatch(n -> n.matches("\\d+"));
        assertThat(names.subList(pack.size(), names.size())).noneMatch(n -> n.matches("\\d+"));
    }

    /** A command that takes an EXERCISE gets it completed: a new one needs completionCandidates too. */
    @Test
    void everyExerciseParameterCompletesExercises() {
        List<String> checked = new ArrayList<>();
        checkExerciseParameters(Main.commandLine(), checked);
        assertThat(checked).contains("drainhunt show", "drainhunt practice");
    }

    private static void checkExerciseParameters(CommandLine command, List<String> checked) {
        for (ArgSpec arg : command.getCommandSpec().args()) {
            if ("EXERCISE".equals(arg.paramLabel())) {
                String name = command.getCommandSpec().qualifiedName();
                assertThat(arg.completionCandidates()).as("completionCandidates of EXERCISE in %s", name)
                        .isInstanceOf(ExerciseCandidates.class);
                checked.add(name);
            }
        }
        command.getSubcommands().values().forEach(sub -> checkExerciseParameters(sub, checked));
    }
}
